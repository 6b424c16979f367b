/**
 * Turning what someone typed into something safe and useful to search for: length cap, control
 * characters out, words split the way the jargon list and the index expect. Pure.
 */

/** Longer queries are cut at a word boundary; nobody types more, and each word costs a lookup. */
export const MAX_QUERY_LENGTH = 100;

export interface CleanQuery {
  /** The query to search for and to show back. */
  text: string;
  /** True when the input was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

/** Collapses whitespace, drops control characters and caps the length without splitting a word. */
export function cleanQuery(raw: unknown): CleanQuery {
  if (typeof raw !== 'string') return { text: '', truncated: false };
  // Only the head of a huge paste matters; slicing first keeps the regexes below cheap.
  const head = raw.slice(0, MAX_QUERY_LENGTH * 4);
  const text = head.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUERY_LENGTH && raw.length <= head.length) return { text, truncated: false };
  if (text.length <= MAX_QUERY_LENGTH) return { text, truncated: true };
  const cut = text.slice(0, MAX_QUERY_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const shortened = lastSpace > MAX_QUERY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_QUERY_LENGTH);
  return { text: shortened.trim(), truncated: true };
}

/**
 * Lower-case words, split on anything that is not a letter or digit. Apostrophes vanish
 * ("customer's" → "customers"); hyphens split ("post-mortem" → "post", "mortem"), as in the index.
 */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A plural "s" is ignored when matching words against each other ("SLAs" is "SLA"). */
export function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Words that carry no meaning in a question typed in plain language ("how do I handle an angry
 * customer"), and the words that only frame a question ("how many…", "I need to know…", "is there a
 * way to…"). Every word of a search must match, so these would only narrow it by accident.
 */
const STOP_WORDS = new Set(
  (
    'a about actually after all also am an and any are as at be been before being but by can could did do does ' +
    'doing done each every for from get gets getting had has have having he her here him his how i if in into is it its ' +
    'just know let lets many may me might more most much must my need no not of off on once one only or other our out over own ' +
    'please really same she should so some such tell than that the their them then there these they this those through ' +
    'to too under until up us very want was way we were what whats when where which while who whom why will with ' +
    'would you your yours'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
