/**
 * The search form, filters and results, shared by the /search/ page and the dialog. Searches on
 * every keystroke (a warm search takes a few milliseconds, so no debounce), drops answers to
 * queries that have since changed, and tells the reader in words what happened.
 *
 * For the speed bench: the results list carries data-state ("idle" | "loading" | "done" |
 * "empty" | "error") and data-query (the query its results answer, or the one being searched while
 * "loading"), and once the first results of an answer are painted the document receives a
 * "search:painted" event with { query, results, ms } (ms from the keystroke's input event).
 */
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PagefindData, ResultView } from '../../lib/search/pagefind';
import { cleanQuery, MAX_QUERY_LENGTH } from '../../lib/search/query';
import { hasFilters, type FilterSelection, type SearchOutcome } from '../../lib/search/run';
import type { FacetGroup } from '../../lib/search/url';
import type { Segment } from '../../lib/search/highlight';
import { popularTerms, type PopularLink } from '../../lib/search/suggestions';
import suggestions from '../../data/search-suggestions.yaml';
import { loadResults, quickResults, search, SearchUnavailable, type SearchProblem } from './search-client';

export interface SearchPanelProps {
  mode: 'page' | 'dialog';
  /** Filters to offer (the page shows them; the dialog passes none). */
  facets: FacetGroup[];
  /** Where "no results" sends people instead: the links, or how to fetch them when first needed. */
  popular: PopularLink[] | (() => Promise<PopularLink[]>);
  /** The /search/ page's URL (under the base path). */
  searchPageHref: string;
  /**
   * Query and filters to start from, read after mount (from the address, or what the dialog kept),
   * so the server HTML and the first client render agree.
   */
  initial?: (() => { query: string; filters: FilterSelection; truncated: boolean }) | undefined;
  /** Called after each change of query or filters (the page writes them into its address). */
  onChange?: ((query: string, filters: FilterSelection) => void) | undefined;
}

/** Results listed at once (the page; the dialog lists fewer); the rest come with "Show more". */
const PAGE_SIZE = { page: 10, dialog: 6 };
/**
 * Each result's text is a small file fetched on first use; the first few are painted as soon as
 * they arrive, the rest of the page follows, so a keystroke shows results without waiting for ten.
 */
const FIRST_PAINT = 3;
/** A search this fast paints without ever showing "Searching…", so the list does not flicker. */
const QUIET_MS = 150;

type Status = 'idle' | 'loading' | 'done' | 'empty' | 'error';

interface View {
  status: Status;
  query: string;
  outcome?: SearchOutcome<PagefindData> | undefined;
  results: ResultView[];
  problem?: SearchProblem | undefined;
  truncated: boolean;
  /** performance.now() of the keystroke (or change) this view answers. */
  startedAt: number;
  /** The browser was offline when the results came: parts of the index not yet loaded were skipped. */
  offline?: boolean;
  firstLoad: boolean;
}

const PROBLEM_TEXT: Record<SearchProblem, string> = {
  'missing-index': 'This copy of the site has no search index. If you are running it locally, build the site once (npm run build) and reload.',
  offline: 'Search could not reach the server: you seem to be offline. Reconnect, then try again.',
  failed: 'Search did not respond. Try again in a moment.',
};

export default function SearchPanel({ mode, facets, popular, searchPageHref, initial, onChange }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FilterSelection>({});
  const [view, setView] = useState<View>({ status: 'idle', query: '', results: [], truncated: false, startedAt: 0, firstLoad: true });
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef(0);
  const loadedOnce = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const ids = mode === 'page' ? 'search-page' : 'search-dialog';

  const run = useCallback(async (rawQuery: string, chosen: FilterSelection, startedAt = performance.now()) => {
    const request = ++latest.current;
    const cleaned = cleanQuery(rawQuery);
    if (!cleaned.text && !hasFilters(chosen)) {
      setView({ status: 'idle', query: '', results: [], truncated: false, startedAt, firstLoad: !loadedOnce.current });
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
        setView({ status: results.length > 0 ? 'done' : 'empty', query: cleaned.text, outcome, results, truncated: cleaned.truncated, startedAt, firstLoad: false, offline });
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
      const problem = error instanceof SearchUnavailable ? error.problem : 'failed';
      setView({ status: 'error', query: cleaned.text, results: [], problem, truncated: cleaned.truncated, startedAt, firstLoad: !loadedOnce.current });
    } finally {
      clearTimeout(slow);
    }
  }, []);

  useEffect(() => {
    const start = initial?.();
    if (!start) return;
    // Words typed into the server-rendered field before this code ran are kept, not wiped.
    const typedBeforeMount = inputRef.current?.value ?? '';
    if (!start.query && typedBeforeMount) {
      start.query = typedBeforeMount;
      onChange?.(cleanQuery(typedBeforeMount).text, start.filters);
    }
    setQuery(start.query);
    setFilters(start.filters);
    if (start.query || hasFilters(start.filters)) void run(start.query, start.filters).then(() => {
      if (start.truncated) setView((current) => ({ ...current, truncated: true }));
    });
  }, []);

  // Announce painted results to the bench (after the browser has painted the new list), once per
  // answer: the first results, not the rest of the page that follows them.
  const announced = useRef(-1);
  useEffect(() => {
    if ((view.status !== 'done' && view.status !== 'empty') || announced.current === view.startedAt) return;
    announced.current = view.startedAt;
    const frame = requestAnimationFrame(() => {
      document.dispatchEvent(new CustomEvent('search:painted', { detail: { query: view.query, results: view.outcome?.hits.length ?? 0, ms: performance.now() - view.startedAt } }));
    });
    return () => cancelAnimationFrame(frame);
  }, [view]);

  const update = (nextQuery: string, nextFilters: FilterSelection, startedAt?: number) => {
    setQuery(nextQuery);
    setFilters(nextFilters);
    onChange?.(cleanQuery(nextQuery).text, nextFilters);
    void run(nextQuery, nextFilters, startedAt);
  };

  const onInput = (event: TargetedEvent<HTMLInputElement>) => {
    update(event.currentTarget.value, filters, event.timeStamp > 0 ? event.timeStamp : performance.now());
  };

  const toggleFilter = (name: string, value: string, on: boolean) => {
    const current = filters[name] ?? [];
    const next = on ? [...current, value] : current.filter((item) => item !== value);
    const nextFilters = { ...filters, [name]: next };
    if (next.length === 0) delete nextFilters[name];
    update(query, nextFilters);
  };

  const showMore = async () => {
    if (!view.outcome) return;
    setLoadingMore(true);
    const request = latest.current;
    try {
      const more = await loadResults(view.outcome, view.results.length, PAGE_SIZE[mode]);
      if (request === latest.current) setView((current) => ({ ...current, results: [...current.results, ...more] }));
    } catch (error) {
      if (request === latest.current) setView((current) => ({ ...current, status: 'error', problem: error instanceof SearchUnavailable ? error.problem : 'failed' }));
    } finally {
      setLoadingMore(false);
    }
  };

  /** Arrow keys move between the field and the result titles; Enter on a title follows it. */
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-result-link]') ?? [])];
    const stops: HTMLElement[] = [...(inputRef.current ? [inputRef.current] : []), ...links];
    const at = stops.indexOf(target);
    if (at < 0 || links.length === 0) return;
    event.preventDefault();
    const next = stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)];
    next?.focus();
  };

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const first = view.results[0];
    if (mode === 'dialog' && first && view.query === cleanQuery(query).text) {
      window.location.assign(first.url);
      return;
    }
    void run(query, filters);
  };

  const chosenCount = Object.values(filters).reduce((sum, values) => sum + values.length, 0);
  const total = view.outcome?.hits.length ?? 0;

  return (
    <div class={`search-panel search-panel--${mode}`} onKeyDown={onKeyDown}>
      <form class="search-form" role="search" action={searchPageHref} method="get" onSubmit={onSubmit}>
        <label for={`${ids}-q`} class="search-label">Search the playbook, practices and metrics</label>
        <div class="search-field">
          <input
            ref={inputRef}
            id={`${ids}-q`}
            name="q"
            type="search"
            value={query}
            onInput={onInput}
            autocomplete="off"
            spellcheck={false}
            enterkeyhint="search"
            aria-describedby={`${ids}-hint`}
            aria-controls={`${ids}-results`}
            data-search-input={mode === 'page' ? '' : undefined}
          />
          <button type="submit">Search</button>
        </div>
        <p id={`${ids}-hint`} class="search-hint">
          Try “kickoff”, “outage email” or “FCR”. <span class="search-keys">Arrow keys move through the results; Enter opens one.</span>
        </p>
      </form>

      {facets.length > 0 && (
        <div class="search-filters" role="group" aria-labelledby={`${ids}-filters-heading`}>
          <h2 id={`${ids}-filters-heading`} class="search-filters-heading">
            Filters{chosenCount > 0 ? ` (${chosenCount} on)` : ''}
          </h2>
          {facets.map((facet) => (
            <fieldset key={facet.name}>
              <legend>{facet.label}</legend>
              {facet.options.map((option) => {
                const id = `${ids}-${facet.name}-${option.value.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
                return (
                  <div class="search-option" key={option.value}>
                    <input
                      type="checkbox"
                      id={id}
                      value={option.value}
                      checked={(filters[facet.name] ?? []).includes(option.value)}
                      onChange={(event) => toggleFilter(facet.name, option.value, event.currentTarget.checked)}
                    />
                    <label for={id}>{option.label}</label>
                  </div>
                );
              })}
            </fieldset>
          ))}
          {chosenCount > 0 && (
            <button type="button" class="secondary" onClick={() => update(query, {})}>
              Clear filters
            </button>
          )}
        </div>
      )}

      <div class="search-output">
        <p class="search-status" role="status">
          <StatusText view={view} total={total} filtered={chosenCount > 0} />
        </p>
        {view.truncated && <p class="search-note">Your search was shortened to its first {MAX_QUERY_LENGTH} characters.</p>}
        {view.offline && (view.status === 'done' || view.status === 'empty') && (
          <p class="search-note">You are offline, so only the parts of the index already loaded were searched: some matches may be missing.</p>
        )}
        {view.status === 'error' && (
          <p class="search-problem" role="alert">
            {PROBLEM_TEXT[view.problem ?? 'failed']}{' '}
            <button type="button" class="secondary" onClick={() => void run(query, filters)}>Try again</button>
          </p>
        )}
        <ol
          ref={listRef}
          id={`${ids}-results`}
          class="search-results"
          aria-label="Search results"
          aria-busy={view.status === 'loading' ? 'true' : 'false'}
          data-search-results=""
          data-state={view.status}
          data-query={view.query}
        >
          {view.results.map((result) => (
            <li key={result.id} class="search-result">
              <a href={result.url} class="search-result-link" data-result-link="">
                {result.title}
              </a>
              <span class="search-result-type">{result.type}</span>
              {result.excerpt.length > 0 && <p class="search-result-excerpt"><Marked segments={result.excerpt} /></p>}
              {result.sections.length > 0 && (
                <ul class="search-result-sections" aria-label={`Matching sections of ${result.title}`}>
                  {result.sections.map((section) => (
                    <li key={section.url}>
                      <a href={section.url}>{section.title}</a>
                      <span class="search-section-excerpt"> — <Marked segments={section.excerpt} /></span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        {view.status === 'done' && view.results.length < total && (
          mode === 'page' ? (
            <button type="button" class="secondary search-more" onClick={() => void showMore()} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : `Show more results (${total - view.results.length} left)`}
            </button>
          ) : (
            <p class="search-more">
              <a href={`${searchPageHref}?q=${encodeURIComponent(view.query)}`}>See all {total} results on the search page</a>
            </p>
          )
        )}
        {view.status === 'empty' && (
          <Suggestions
            outcome={view.outcome}
            popular={popular}
            filtered={chosenCount > 0}
            onTerm={(term) => { update(term, filters); inputRef.current?.focus(); }}
            onClearFilters={() => update(query, {})}
          />
        )}
      </div>
    </div>
  );
}

function StatusText({ view, total, filtered }: { view: View; total: number; filtered: boolean }) {
  if (view.status === 'idle') return <>Type to search. Results appear as you type.</>;
  if (view.status === 'loading') return <>{view.firstLoad ? 'Loading the search index…' : 'Searching…'}</>;
  if (view.status === 'error') return <>Search is not available right now.</>;
  const corrected = view.outcome && view.outcome.corrections.length > 0 ? view.outcome.plan?.text : undefined;
  const subject = view.query ? <>for “{corrected ?? view.query}”</> : <>matching the filters</>;
  const count = total === 1 ? '1 result' : `${total} results`;
  if (view.status === 'empty') return <>No results {subject}{filtered ? ' with these filters' : ''}.</>;
  return (
    <>
      {count} {subject}
      {corrected ? <> (you typed “{view.query}”)</> : null}
      {filtered && view.query ? ', filtered' : ''}.
    </>
  );
}

/** Text with matched words in <mark>; built from segments, never from HTML. */
function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}</>;
}

function Suggestions(props: {
  outcome: SearchOutcome<PagefindData> | undefined;
  popular: PopularLink[] | (() => Promise<PopularLink[]>);
  filtered: boolean;
  onTerm: (term: string) => void;
  onClearFilters: () => void;
}) {
  const [popular, setPopular] = useState<PopularLink[]>(Array.isArray(props.popular) ? props.popular : []);
  useEffect(() => {
    if (Array.isArray(props.popular)) return;
    let current = true;
    props.popular().then((links) => current && setPopular(links), () => undefined);
    return () => { current = false; };
  }, []);
  const related = props.outcome?.plan?.relatedTerms ?? [];
  const terms = related.length > 0 ? related.slice(0, 6) : popularTerms(suggestions);
  return (
    <div class="search-suggestions">
      {props.filtered && (
        <p>
          Filters may be hiding matches.{' '}
          <button type="button" class="secondary" onClick={props.onClearFilters}>Search without filters</button>
        </p>
      )}
      <h2 class="search-suggestions-heading">{related.length > 0 ? 'Related terms' : 'Try one of these'}</h2>
      <ul class="search-terms">
        {terms.map((term) => (
          <li key={term}>
            <button type="button" class="secondary" onClick={() => props.onTerm(term)}>{term}</button>
          </li>
        ))}
      </ul>
      {popular.length > 0 && (
        <>
          <h2 class="search-suggestions-heading">Popular plays</h2>
          <ul>
            {popular.map((link) => (
              <li key={link.href}><a href={link.href}>{link.title}</a></li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
