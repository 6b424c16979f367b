/**
 * The seam between Pagefind's JavaScript API and the rest of search: its options, its result
 * shape, and an adapter to the engine interface search-run.ts expects. No DOM, so the quality test
 * drives the real Pagefind runtime through this same code in Node.
 */
import { joinBase } from '../paths';
import type { FilterSelection, SearchEngine } from './run';
import { excerptSegments, withHighlight, type Segment } from './highlight';

/** What `result.data()` returns (the fields search uses). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

/** The subset of the pagefind.js module search uses. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] } | null>;
  filters?: () => Promise<Record<string, Record<string, number>>>;
  /** Loads the index chunks a term needs, without searching. */
  preload?: (term: string) => Promise<void>;
}

/**
 * Options set before the first search. Excerpts of about 24 words fit a result line. The index is
 * small, so searching on the main thread takes a millisecond or two once loaded, and skips the
 * web worker's own 43 KB script and its messaging (measured: about half the time per keystroke).
 * Metadata fields that only label a page (type, stage, phase, category) do not add to its score.
 * Pagefind also matches longer words that start with a query word ("app" finds "approval");
 * termSimilarity 5 (default 1) ranks the word itself well above such extensions, which matters
 * once every word of a long question is searched on its own (run.ts).
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  noWorker: true,
  ranking: {
    termSimilarity: 5,
    metaWeights: { title: 5, abbreviation: 6, aliases: 2, type: 0, stage: 0, phase: 0, category: 0, image: 0, image_alt: 0 },
  },
};

export function pagefindEngine(api: PagefindApi): SearchEngine<PagefindData> {
  return {
    async search(query, filters) {
      const response = await api.search(query, { filters: toPagefindFilters(filters) });
      return response?.results ?? [];
    },
  };
}

export function toPagefindFilters(filters: FilterSelection): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) if (values.length > 0) result[name] = { any: values };
  return result;
}

/** One result as the list shows it. */
export interface ResultView {
  id: string;
  url: string;
  title: string;
  type: string;
  excerpt: Segment[];
  /** Sections of the page that matched, each a deep link. */
  sections: { url: string; title: string; excerpt: Segment[] }[];
}

/** Sections shown under a result; more would push the next result out of view. */
const MAX_SECTIONS = 3;

export function toResultView(id: string, data: PagefindData, terms: readonly string[]): ResultView {
  const pageUrl = data.url;
  const sections = (data.sub_results ?? [])
    .filter((sub) => sub.url !== pageUrl && sub.url.includes('#') && sub.title.trim() !== '')
    .slice(0, MAX_SECTIONS)
    .map((sub) => ({ url: withHighlight(sub.url, terms), title: sub.title.trim(), excerpt: excerptSegments(sub.excerpt, terms) }));
  return {
    id,
    url: withHighlight(pageUrl, terms),
    title: data.meta['title']?.trim() || pageUrl,
    type: data.meta['type']?.trim() || 'Page',
    excerpt: excerptSegments(data.excerpt, terms),
    sections,
  };
}

/** pagefind/pages.json, written by the integration: result id → [site-relative URL, title, type]. */
export type PageSummaries = Record<string, [string, string, string]>;

/** Keeps only well-formed entries of a fetched pages.json. */
export function readPageSummaries(data: unknown): Map<string, [string, string, string]> {
  const summaries = new Map<string, [string, string, string]>();
  if (!data || typeof data !== 'object') return summaries;
  for (const [id, entry] of Object.entries(data as Record<string, unknown>)) {
    if (Array.isArray(entry) && entry.length === 3 && entry.every((part) => typeof part === 'string')) {
      summaries.set(id, entry as [string, string, string]);
    }
  }
  return summaries;
}

/**
 * Results as the list first paints them, from the page summaries alone: title, type and link,
 * excerpts to follow. Undefined when a hit has no summary (then the caller waits for the data).
 */
export function quickResultViews(
  ids: readonly string[],
  summaries: ReadonlyMap<string, [string, string, string]>,
  base: string,
  terms: readonly string[],
): ResultView[] | undefined {
  const views: ResultView[] = [];
  for (const id of ids) {
    const summary = summaries.get(id);
    if (!summary) return undefined;
    const [path, title, type] = summary;
    const url = joinBase(base, path);
    views.push({ id, url: withHighlight(url, terms), title: title.trim() || url, type: type.trim() || 'Page', excerpt: [], sections: [] });
  }
  return views;
}
