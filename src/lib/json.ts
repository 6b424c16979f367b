/**
 * The site's one safe JSON parse, for text that may be anything: stored values, imported files,
 * fetched index files, island props. Never throws.
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

/** JSON to put inside a <script type="application/json">: "<" escaped, so nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
