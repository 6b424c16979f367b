/**
 * Marking matched words: in result excerpts, and on the page a result opens. Text in, ranges or
 * segments out; the caller renders them as text nodes and <mark> elements, never as HTML. Pure.
 */
import { isStopWord, tokenize } from './query';

export interface Segment {
  text: string;
  marked: boolean;
}

/** Query string parameter carrying the words to mark on the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';
/** More words than this in a link add length without helping the reader. */
const MAX_HIGHLIGHT_TERMS = 8;

const SUFFIXES = ['ations', 'ation', 'ions', 'ion', 'ing', 'ed', 'es', 'e', 's', 'ly'];

/** Crude stem, enough to mark "escalations" and "escalate" for "escalation". */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Start and end offsets of the words in `text` that match any term (same stem, or the term begins the word). */
export function findTermRanges(text: string, terms: readonly string[]): [number, number][] {
  const stems = [...new Set(terms.flatMap((term) => tokenize(term)).filter((word) => word.length > 1 && !isStopWord(word)).map(stem))];
  if (stems.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = found[0].toLowerCase();
    // A short term must match whole ("sla" marks "SLAs", not "slack"); a longer one may extend by a few letters.
    const matches = stems.some((s) => (s.length >= 4 ? word.startsWith(s) && word.length - s.length <= 6 : word === s || word === `${s}s`));
    if (matches) ranges.push([found.index, found.index + found[0].length]);
  }
  return ranges;
}

/**
 * A Pagefind excerpt as plain and marked segments. Pagefind marks every word it matched, which
 * includes the synonyms searched in place of the reader's words and longer words that merely start
 * like them; so its marks are dropped and only words matching `terms` (the words the reader typed)
 * are marked. The excerpt escapes only < and >; everything else in it is page text. A separator
 * left at the start by the excerpt window ("· ", ", ") is trimmed.
 */
export function excerptSegments(excerpt: string, terms: readonly string[] = []): Segment[] {
  const text = excerpt.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return markTerms(trimLeadingSeparators(text), terms);
}

/** Separators and punctuation an excerpt window can start on (opening quotes and brackets are kept). */
const LEADING_SEPARATORS = /^[\s·•|,.;:!?\u2010-\u2015-]+/u;

export function trimLeadingSeparators(text: string): string {
  return text.replace(LEADING_SEPARATORS, '');
}

/** Splits plain text into segments, marking the words that match `terms`. */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of findTermRanges(text, terms)) {
    if (start > position) segments.push({ text: text.slice(position, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), marked: false });
  return segments;
}

/** Adds the words to mark to a result link, before any #fragment. */
export function withHighlight(url: string, terms: readonly string[]): string {
  const words = [...new Set(terms.flatMap((term) => tokenize(term)).filter((word) => word.length > 1 && !isStopWord(word)))].slice(0, MAX_HIGHLIGHT_TERMS);
  if (words.length === 0) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(words.join(' '))}${hash}`;
}

/** The words a page was asked to mark (from its own URL's query string), cleaned and capped. */
export function highlightTermsFrom(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM);
  if (!value) return [];
  return [...new Set(tokenize(value.slice(0, 200)).filter((word) => word.length > 1 && !isStopWord(word)))].slice(0, MAX_HIGHLIGHT_TERMS);
}
