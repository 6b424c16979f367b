/**
 * The browser side of search: loads Pagefind from the built index (only when someone searches),
 * the jargon list and the spelling chunks, and runs queries through src/lib/search/run.ts. Every
 * network step has a time limit, so an offline reader gets a message instead of a spinner.
 */
import jargonData from '../../data/jargon.yaml';
import { parseJargon, type Jargon } from '../../lib/search/jargon';
import {
  PAGEFIND_OPTIONS,
  pagefindEngine,
  quickResultViews,
  readPageSummaries,
  toResultView,
  type PagefindApi,
  type PagefindData,
  type ResultView,
} from '../../lib/search/pagefind';
import { url } from '../../lib/paths';
import { cleanQuery } from '../../lib/search/query';
import { runSearch, type FilterSelection, type SearchEngine, type SearchOutcome } from '../../lib/search/run';
import { VOCABULARY_CHUNKS, vocabularyFor } from '../../lib/search/vocabulary';

/** Why search could not run, in words the UI can show as they are. */
export type SearchProblem = 'missing-index' | 'offline' | 'failed';

export class SearchUnavailable extends Error {
  constructor(readonly problem: SearchProblem, cause?: unknown) {
    super(problem, { cause });
  }
}

/** Loading the index the first time may take a while on a slow link; longer than this is a failure. */
const LOAD_TIMEOUT_MS = 15_000;
/** A warm search takes milliseconds; this only catches requests that will never answer. */
const SEARCH_TIMEOUT_MS = 10_000;

const indexBase = url('/pagefind/');

let jargon: Jargon | undefined;
let engine: Promise<SearchEngine<PagefindData>> | undefined;
/** Title, type and URL of every page, for painting results before their excerpts arrive. */
let pageSummaries = new Map<string, [string, string, string]>();
const vocabularyChunks = new Map<string, Promise<readonly string[]>>();

export function getJargon(): Jargon {
  jargon ??= parseJargon(jargonData);
  return jargon;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new SearchUnavailable(navigator.onLine === false ? 'offline' : 'failed')), ms);
    work.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error); },
    );
  });
}

/** Tells a missing index (the site was built without one, or dev before any build) from a lost connection. */
async function diagnose(error: unknown): Promise<SearchUnavailable> {
  if (error instanceof SearchUnavailable) return error;
  if (navigator.onLine === false) return new SearchUnavailable('offline', error);
  try {
    const response = await fetch(`${indexBase}pagefind-entry.json`, { cache: 'no-store' });
    return new SearchUnavailable(response.status === 404 ? 'missing-index' : 'failed', error);
  } catch {
    return new SearchUnavailable('offline', error);
  }
}

let attempt = 0;
let loadedApi: PagefindApi | undefined;
let warming = false;

/** Sites up to this many pages have an index of a few chunks: all of it is worth loading up front. */
const WARM_WHOLE_INDEX_UP_TO = 1000;

/**
 * After the first search, while the reader reads, loads the rest of a small index (every index
 * chunk and spelling chunk), so later keystrokes never wait for the network: each one only looks
 * up what is already in memory. A large site keeps loading chunks on demand instead.
 */
function warmUp(): void {
  if (warming || !loadedApi?.preload) return;
  warming = true;
  const api = loadedApi;
  const idle = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 200));
  idle(async () => {
    try {
      const entry = (await (await fetch(`${indexBase}pagefind-entry.json`)).json()) as { languages?: Record<string, { page_count?: number }> };
      const pages = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
      if (pages === 0 || pages > WARM_WHOLE_INDEX_UP_TO) return;
      for (const chunk of VOCABULARY_CHUNKS) {
        // A one-letter term spans every word with that initial, so its chunks cover them all.
        if (chunk.length === 1) await api.preload?.(chunk);
        await readVocabularyChunk(chunk);
      }
    } catch {
      // Offline or interrupted: chunks keep loading on demand, as before.
      warming = false;
    }
  });
}
/** True once a search has completed: later ones only touch index parts not yet loaded. */
let searched = false;

/** Loads Pagefind once; after a failure the next call tries again (a new URL, as browsers remember failed imports). */
export function loadEngine(): Promise<SearchEngine<PagefindData>> {
  engine ??= (async () => {
    try {
      attempt += 1;
      const url = `${indexBase}pagefind.js${attempt > 1 ? `?retry=${attempt}` : ''}`;
      // Optional: without the summaries, results simply paint once their excerpts have loaded.
      void fetch(`${indexBase}pages.json`)
        .then((response) => (response.ok ? response.json() : undefined))
        .then((data: unknown) => {
          if (data) pageSummaries = readPageSummaries(data);
        })
        .catch(() => undefined);
      const api = (await withTimeout(import(/* @vite-ignore */ url), LOAD_TIMEOUT_MS)) as PagefindApi;
      await withTimeout(api.options({ ...PAGEFIND_OPTIONS }), LOAD_TIMEOUT_MS);
      loadedApi = api;
      return pagefindEngine(api);
    } catch (error) {
      engine = undefined;
      throw await diagnose(error);
    }
  })();
  return engine;
}

function readVocabularyChunk(key: string): Promise<readonly string[]> {
  let chunk = vocabularyChunks.get(key);
  if (!chunk) {
    chunk = fetch(`${indexBase}vocabulary/${key}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .then((words) => (Array.isArray(words) ? words.filter((word) => typeof word === 'string') : []))
      .catch(() => {
        vocabularyChunks.delete(key);
        return [];
      });
    vocabularyChunks.set(key, chunk);
  }
  return chunk;
}

export interface SearchRequest {
  query: string;
  filters: FilterSelection;
}

/** Runs a search; throws SearchUnavailable when the index cannot be reached. */
export async function search({ query, filters }: SearchRequest): Promise<SearchOutcome<PagefindData>> {
  const cleaned = cleanQuery(query);
  const loaded = await loadEngine();
  try {
    // The first search also loads the WebAssembly and the index metadata, hence the longer limit.
    return await withTimeout(
      runSearch(loaded, cleaned.text, filters, { jargon: getJargon(), loadVocabulary: (words) => vocabularyFor(words, readVocabularyChunk) }),
      searched ? SEARCH_TIMEOUT_MS : LOAD_TIMEOUT_MS,
    ).then((outcome) => {
      searched = true;
      warmUp();
      return outcome;
    });
  } catch (error) {
    throw await diagnose(error);
  }
}

/** Results [start, start + count) with titles but no excerpts yet, or undefined if a summary is missing. */
export function quickResults(outcome: SearchOutcome<PagefindData>, start: number, count: number): ResultView[] | undefined {
  const ids = outcome.hits.slice(start, start + count).map((hit) => hit.id);
  return quickResultViews(ids, pageSummaries, url('/'), outcome.plan?.highlightTerms ?? []);
}

/** Loads what the list shows for results [start, start + count). */
export async function loadResults(outcome: SearchOutcome<PagefindData>, start: number, count: number): Promise<ResultView[]> {
  const terms = outcome.plan?.highlightTerms ?? [];
  try {
    return await withTimeout(
      Promise.all(outcome.hits.slice(start, start + count).map(async (ranked) => toResultView(ranked.id, await ranked.hit.data(), terms))),
      SEARCH_TIMEOUT_MS,
    );
  } catch (error) {
    throw await diagnose(error);
  }
}
