/**
 * Runs a query against a search engine (Pagefind in the browser, or Pagefind in Node for the
 * search-quality test) and merges the results: the query as typed, its jargon rewrites, a spelling
 * correction when nothing matched, and word-by-word matches when too little matched. The engine is
 * passed in, so the UI and the quality test share this exact ranking.
 */
import type { Jargon } from './jargon';
import { planPartSearches, planSearch, type SearchPlan, type SearchVariant } from './plan';
import { correctSpelling, type Correction } from './spelling';

/** Filter name → accepted values; a page matches a filter when it has any of its values. */
export type FilterSelection = Record<string, string[]>;

export interface EngineHit<Data> {
  id: string;
  score: number;
  data: () => Promise<Data>;
}

export interface SearchEngine<Data> {
  /** `query` null lists every page matching the filters. */
  search: (query: string | null, filters: FilterSelection) => Promise<EngineHit<Data>[]>;
}

export interface RankedHit<Data> {
  id: string;
  score: number;
  /** The engine's hit from the search that ranked the page best (its excerpt fits that search). */
  hit: EngineHit<Data>;
  /** False for pages found by matching only some words of the query. */
  matchedAll: boolean;
}

export interface SearchOutcome<Data> {
  /** The query as cleaned. */
  query: string;
  /** The plan of what was finally searched (after any spelling correction). */
  plan: SearchPlan | undefined;
  corrections: Correction[];
  hits: RankedHit<Data>[];
  /** True when the list ends with pages that match only some of the words. */
  partial: boolean;
  /** True when there was no query and the filters alone chose the pages. */
  filtersOnly: boolean;
}

export interface SearchContext {
  jargon: Jargon;
  /**
   * The site's words that could be spelling neighbours of `words` (the vocabulary chunks of their
   * first letters). Without it, no spelling correction.
   */
  loadVocabulary?: (words: string[]) => Promise<readonly string[]>;
}

/** Below this many matches, pages matching the query's parts one by one are added after them. */
export const ENOUGH_RESULTS = 3;

export function hasFilters(filters: FilterSelection): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}

export async function runSearch<Data>(engine: SearchEngine<Data>, query: string, filters: FilterSelection, context: SearchContext): Promise<SearchOutcome<Data>> {
  const empty: SearchOutcome<Data> = { query, plan: undefined, corrections: [], hits: [], partial: false, filtersOnly: false };
  if (!query) {
    if (!hasFilters(filters)) return empty;
    const listed = await engine.search(null, filters);
    return { ...empty, filtersOnly: true, hits: listed.map((hit) => ({ id: hit.id, score: hit.score, hit, matchedAll: true })) };
  }

  let plan = planSearch(query, context.jargon);
  // The index answers a misspelt word with pages that share its first letters, which look like
  // results but are noise; so unknown words are corrected before their results are used. The word
  // list loads alongside the first search, not after it.
  const [searched, vocabulary] = await Promise.all([
    searchVariants(engine, plan.variants, filters),
    context.loadVocabulary ? context.loadVocabulary(plan.keywords) : Promise.resolve(undefined),
  ]);
  let hits = searched;
  let corrections: Correction[] = [];
  if (vocabulary) {
    const spelled = correctSpelling(query, vocabulary, context.jargon.words);
    if (spelled.corrections.length > 0) {
      plan = planSearch(spelled.text, context.jargon);
      corrections = spelled.corrections;
      hits = await searchVariants(engine, plan.variants, filters);
    }
  }

  let partial = false;
  if (hits.length < ENOUGH_RESULTS && plan.slots.length > 1) {
    const seen = new Set(hits.map((hit) => hit.id));
    const extra = (await searchParts(engine, planPartSearches(plan), filters)).filter((hit) => !seen.has(hit.id));
    if (extra.length > 0) {
      partial = true;
      hits = [...hits, ...extra];
    }
  }
  return { query, plan, corrections, hits, partial, filtersOnly: false };
}

/** Runs every variant; a page's score is its best weighted score across them. */
async function searchVariants<Data>(engine: SearchEngine<Data>, variants: SearchVariant[], filters: FilterSelection): Promise<RankedHit<Data>[]> {
  const lists = await Promise.all(variants.map((variant) => engine.search(variant.query, filters)));
  const best = new Map<string, RankedHit<Data>>();
  lists.forEach((list, index) => {
    const weight = variants[index]?.weight ?? 1;
    for (const hit of list) {
      const score = hit.score * weight;
      const known = best.get(hit.id);
      if (!known || score > known.score) best.set(hit.id, { id: hit.id, score, hit, matchedAll: true });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** One search per part of the query; pages matching more parts first, then by summed score. */
async function searchParts<Data>(engine: SearchEngine<Data>, parts: SearchVariant[][], filters: FilterSelection): Promise<RankedHit<Data>[]> {
  const perPart = await Promise.all(parts.map((variants) => searchVariants(engine, variants, filters)));
  const combined = new Map<string, { hit: RankedHit<Data>; parts: number; score: number }>();
  for (const list of perPart) {
    for (const hit of list) {
      const known = combined.get(hit.id);
      if (known) {
        known.parts += 1;
        known.score += hit.score;
        if (hit.score > known.hit.score) known.hit = hit;
      } else {
        combined.set(hit.id, { hit, parts: 1, score: hit.score });
      }
    }
  }
  return [...combined.values()]
    .sort((a, b) => b.parts - a.parts || b.score - a.score)
    .map(({ hit, score }) => ({ ...hit, score, matchedAll: false }));
}
