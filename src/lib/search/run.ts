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
  /** True when some listed pages match only some of the words. */
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
  if (plan.slots.length > 1) {
    hits = fuseParts(hits, await searchParts(engine, planPartSearches(plan, context.jargon), filters));
    partial = hits.some((hit) => !hit.matchedAll);
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

/** A page's standing in one part of the query: its best variant's score, scaled to that variant's best page. */
interface PartScore<Data> {
  share: number;
  hit: EngineHit<Data>;
}

/**
 * One search per part of the query (a word, or a jargon phrase with its alternatives). Each search's
 * scores are scaled to its best page, so a synonym the site rarely uses (where the few pages that
 * have it score very high) counts no more than the word typed.
 */
async function searchParts<Data>(engine: SearchEngine<Data>, parts: SearchVariant[][], filters: FilterSelection): Promise<Map<string, PartScore<Data>>[]> {
  return Promise.all(
    parts.map(async (variants) => {
      const lists = await Promise.all(variants.map((variant) => engine.search(variant.query, filters)));
      const best = new Map<string, PartScore<Data>>();
      lists.forEach((list, index) => {
        const weight = variants[index]?.weight ?? 1;
        const top = Math.max(0, ...list.map((hit) => hit.score));
        if (top <= 0) return;
        for (const hit of list) {
          const share = (hit.score / top) * weight;
          const known = best.get(hit.id);
          if (!known || share > known.share) best.set(hit.id, { share, hit });
        }
      });
      return best;
    }),
  );
}

/**
 * Ranks every page that matches any part of the query, like a small BM25 over the parts: each part
 * adds the page's scaled score times the part's rarity (a word on every page adds little, a word on
 * three pages a lot), and the sum is multiplied by the share of parts the page matches, so pages
 * with more of the reader's words come first. A page found by a whole-query search keeps that hit,
 * whose excerpt shows all the words together.
 */
function fuseParts<Data>(whole: RankedHit<Data>[], parts: Map<string, PartScore<Data>>[]): RankedHit<Data>[] {
  const wholeById = new Map(whole.map((hit) => [hit.id, hit]));
  const pages = new Set([...wholeById.keys(), ...parts.flatMap((part) => [...part.keys()])]);
  const combined = new Map<string, { score: number; matched: number; hit: EngineHit<Data>; best: number }>();
  for (const part of parts) {
    const rarity = Math.log(1 + pages.size / Math.max(1, part.size));
    for (const [id, { share, hit }] of part) {
      const known = combined.get(id) ?? { score: 0, matched: 0, hit, best: 0 };
      known.score += share * rarity;
      known.matched += 1;
      if (share * rarity > known.best) {
        known.best = share * rarity;
        known.hit = hit;
      }
      combined.set(id, known);
    }
  }
  return [...combined.entries()]
    .map(([id, { score, matched, hit }]): RankedHit<Data> => {
      const wholeHit = wholeById.get(id);
      return { id, score: score * (matched / parts.length), hit: wholeHit?.hit ?? hit, matchedAll: wholeHit !== undefined || matched === parts.length };
    })
    .sort((a, b) => b.score - a.score);
}
