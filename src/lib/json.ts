/**
 * The site's one safe JSON parse, for text that may be anything: stored values, imported files,
 * fetched index files, island props. Never throws. Also what a decoder of stored text returns
 * (`Decoded`), so every persistent store says the same way when part of its text could not be used.
 */

/** The parsed value, or undefined for missing text and invalid JSON (valid JSON is never undefined). */
export function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The parsed JSON object, or undefined for missing text, invalid JSON, arrays and primitives. */
export function parseJsonRecord(text: unknown): Record<string, unknown> | undefined {
  const parsed = parseJson(text);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
}

/** 'unreadable': nothing in stored text could be used. 'partly': some entries were left out. */
export type StoredProblem = 'unreadable' | 'partly' | null;

/**
 * What a decoder makes of stored text: the value the page can use, and whether some or all of the
 * text could not be used. The persistence module keeps the original text whenever `problem` is set
 * (src/stores/persistence.ts).
 */
export interface Decoded<T> {
  value: T;
  problem: StoredProblem;
}

/** The value, flagged 'partly' when `skipped` entries were left out. */
export function usable<T>(value: T, skipped: number): Decoded<T> {
  return { value, problem: skipped > 0 ? 'partly' : null };
}

/** Nothing in the text could be used: the store starts from `fallback`. */
export function unreadable<T>(fallback: T): Decoded<T> {
  return { value: fallback, problem: 'unreadable' };
}

/** JSON to put inside a <script type="application/json">: "<" escaped, so nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
