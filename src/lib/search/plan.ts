/**
 * From a cleaned query to the searches to run. The index matches every word of a search, so a
 * synonym cannot simply be added to the query: each jargon alternative becomes a search of its own,
 * and the results are merged (search-run.ts). Pure.
 */
import { findJargon, type Jargon, type JargonMatch } from './jargon';
import { isStopWord, tokenize } from './query';

/** One search to run, and how much its results count against the query as typed. */
export interface SearchVariant {
  query: string;
  weight: number;
}

/** A part of the query: a plain word, or a run of words the jargon list knows. */
export type QuerySlot = { word: string } | { match: JargonMatch; words: string[] };

export interface SearchPlan {
  /** The query as cleaned, before any rewriting. */
  text: string;
  /** Meaningful words of the query (stop words dropped). */
  keywords: string[];
  slots: QuerySlot[];
  /** Searches that must all-match, best first: the query itself, then jargon rewrites. */
  variants: SearchVariant[];
  /**
   * Words to mark in excerpts and on the page a result opens: the words typed (a jargon phrase as
   * typed), never the synonyms searched in their place, which would mark half of every excerpt.
   */
  highlightTerms: string[];
  /** The site's own terms for what the query named, for "try instead" suggestions. */
  relatedTerms: string[];
}

/** Jargon alternatives tried per matched phrase; a phrase rarely has more useful ones. */
const MAX_ALTERNATIVES = 4;
/** Upper bound on searches per keystroke, whatever the query. */
export const MAX_VARIANTS = 8;
/** Results found through a synonym rank a little below those matching the words typed. */
const SYNONYM_WEIGHT = 0.75;
/** When the typed phrase is one the site never uses, its synonyms are the real query. */
const TYPED_ONLY_WEIGHT = 1;
const ALL_SYNONYMS_WEIGHT = 0.85;

export function planSearch(text: string, jargon: Jargon): SearchPlan {
  const tokens = tokenize(text);
  const matches = findJargon(tokens, jargon);
  const slots: QuerySlot[] = [];
  let position = 0;
  for (const match of [...matches, undefined]) {
    const end = match ? match.start : tokens.length;
    for (; position < end; position++) {
      const word = tokens[position];
      if (word !== undefined && !isStopWord(word)) slots.push({ word });
    }
    if (match) {
      slots.push({ match, words: tokens.slice(match.start, match.start + match.length) });
      position = match.start + match.length;
    }
  }
  // A query of stop words only ("how to") still searches for what was typed.
  if (slots.length === 0) for (const word of tokens) slots.push({ word });

  const slotText = (slot: QuerySlot) => ('word' in slot ? slot.word : slot.words.join(' '));
  const base = slots.map(slotText);
  const variants: SearchVariant[] = [];
  const add = (words: string[], weight: number) => {
    const query = words.join(' ').trim();
    if (query && variants.length < MAX_VARIANTS && !variants.some((variant) => variant.query === query)) variants.push({ query, weight });
  };
  add(base, 1);
  const jargonSlots = slots.flatMap((slot, index) => ('match' in slot ? [{ slot, index }] : []));
  for (const { slot, index } of jargonSlots) {
    const typedOnly = isTypedOnly(slot.match, jargon);
    for (const alternative of slot.match.alternatives.slice(0, MAX_ALTERNATIVES)) {
      add(base.map((part, i) => (i === index ? alternative : part)), typedOnly ? TYPED_ONLY_WEIGHT : SYNONYM_WEIGHT);
    }
  }
  if (jargonSlots.length > 1) {
    add(slots.map((slot) => ('match' in slot ? (slot.match.alternatives[0] ?? slotText(slot)) : slot.word)), ALL_SYNONYMS_WEIGHT);
  }

  const keywords = slots.flatMap((slot) => ('word' in slot ? [slot.word] : slot.words.filter((word) => !isStopWord(word))));
  const highlightTerms = unique(keywords);
  const relatedTerms = unique(jargonSlots.flatMap(({ slot }) => [slot.match.siteTerm.toLowerCase(), ...slot.match.alternatives]))
    .filter((term) => !jargonSlots.some(({ slot }) => slot.match.phrase === term));
  return { text, keywords, slots, variants, highlightTerms, relatedTerms };
}

/**
 * One search per part of the query, for when no page has every word: a page then ranks by how
 * many parts it matches. Each part keeps its jargon alternatives.
 */
export function planPartSearches(plan: SearchPlan, jargon: Jargon): SearchVariant[][] {
  return plan.slots.map((slot) => {
    if ('word' in slot) return [{ query: slot.word, weight: 1 }];
    // A phrase the site never uses ("not using the product") is better searched as the site's words.
    const typedOnly = isTypedOnly(slot.match, jargon);
    return [
      { query: slot.words.join(' '), weight: typedOnly ? SYNONYM_WEIGHT : 1 },
      ...slot.match.alternatives.slice(0, MAX_ALTERNATIVES).map((query) => ({ query, weight: typedOnly ? TYPED_ONLY_WEIGHT : SYNONYM_WEIGHT })),
    ];
  });
}

function isTypedOnly(match: JargonMatch, jargon: Jargon): boolean {
  const links = jargon.phrases.get(match.phrase) ?? [];
  return links.length > 0 && links.every((link) => link.typedOnly);
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}
