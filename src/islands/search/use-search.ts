/**
 * The search panel's state: runs a search on every change (a warm search takes a few milliseconds,
 * so no debounce), drops answers to queries that have since changed, paints the first results as
 * soon as they are known and fills in the rest, and loads more on request.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { PagefindData, ResultView } from '../../lib/search/pagefind';
import { cleanQuery } from '../../lib/search/query';
import { hasFilters, type FilterSelection, type SearchOutcome } from '../../lib/search/run';
import { loadResults, quickResults, search, SearchUnavailable, type SearchProblem } from './search-client';

export type SearchMode = 'page' | 'dialog';

/** Results listed at once (the page; the dialog lists fewer); the rest come with "Show more". */
export const PAGE_SIZE: Record<SearchMode, number> = { page: 10, dialog: 6 };
/**
 * Each result's text is a small file fetched on first use; the first few are painted as soon as
 * they arrive, the rest of the page follows, so a keystroke shows results without waiting for ten.
 */
const FIRST_PAINT = 3;
/** A search this fast paints without ever showing "Searching…", so the list does not flicker. */
const QUIET_MS = 150;

export type Status = 'idle' | 'loading' | 'done' | 'empty' | 'error';

export interface View {
  status: Status;
  query: string;
  outcome?: SearchOutcome<PagefindData> | undefined;
  results: ResultView[];
  problem?: SearchProblem | undefined;
  truncated: boolean;
  /** The browser was offline when the results came: parts of the index not yet loaded were skipped. */
  offline?: boolean;
  firstLoad: boolean;
}

const problemOf = (error: unknown): SearchProblem => (error instanceof SearchUnavailable ? error.problem : 'failed');

export function useSearch(mode: SearchMode) {
  const [view, setView] = useState<View>({ status: 'idle', query: '', results: [], truncated: false, firstLoad: true });
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef(0);
  const loadedOnce = useRef(false);

  const run = useCallback(async (rawQuery: string, chosen: FilterSelection) => {
    const request = ++latest.current;
    const cleaned = cleanQuery(rawQuery);
    if (!cleaned.text && !hasFilters(chosen)) {
      setView({ status: 'idle', query: '', results: [], truncated: false, firstLoad: !loadedOnce.current });
      return;
    }
    const slow = setTimeout(() => {
      if (request === latest.current) setView((current) => ({ ...current, status: 'loading', query: cleaned.text, firstLoad: !loadedOnce.current }));
    }, loadedOnce.current ? QUIET_MS : 0);
    try {
      const outcome = await search({ query: cleaned.text, filters: chosen });
      // A newer keystroke has its own search running: fetch nothing more for this one.
      if (request !== latest.current) return;
      const size = PAGE_SIZE[mode];
      const show = (results: ResultView[]) => {
        // Results are in: "Searching…" must not appear while the rest of them loads.
        clearTimeout(slow);
        loadedOnce.current = true;
        const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
        setView({ status: results.length > 0 ? 'done' : 'empty', query: cleaned.text, outcome, results, truncated: cleaned.truncated, firstLoad: false, offline });
      };
      // Titles first (from the page summaries), excerpts as their small files arrive.
      const quick = quickResults(outcome, 0, size);
      if (quick) {
        show(quick);
        const full = await loadResults(outcome, 0, size);
        if (request === latest.current) setView((current) => ({ ...current, results: full }));
        return;
      }
      const first = await loadResults(outcome, 0, FIRST_PAINT);
      if (request !== latest.current) return;
      show(first);
      if (outcome.hits.length > FIRST_PAINT) {
        const rest = await loadResults(outcome, FIRST_PAINT, size - FIRST_PAINT);
        if (request === latest.current) setView((current) => ({ ...current, results: [...current.results, ...rest] }));
      }
    } catch (error) {
      if (request !== latest.current) return;
      setView({ status: 'error', query: cleaned.text, results: [], problem: problemOf(error), truncated: cleaned.truncated, firstLoad: !loadedOnce.current });
    } finally {
      clearTimeout(slow);
    }
  }, []);

  const showMore = async () => {
    if (!view.outcome) return;
    setLoadingMore(true);
    const request = latest.current;
    try {
      const more = await loadResults(view.outcome, view.results.length, PAGE_SIZE[mode]);
      if (request === latest.current) setView((current) => ({ ...current, results: [...current.results, ...more] }));
    } catch (error) {
      if (request === latest.current) setView((current) => ({ ...current, status: 'error', problem: problemOf(error) }));
    } finally {
      setLoadingMore(false);
    }
  };

  /** Marks the view as answering a query that was cut to the maximum length. */
  const markTruncated = () => setView((current) => ({ ...current, truncated: true }));

  return { view, run, showMore, loadingMore, markTruncated };
}
