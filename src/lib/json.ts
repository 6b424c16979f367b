/**
 * What every decoder of stored or imported data starts with: text that may be anything. Returns the
 * parsed JSON object, or undefined for missing text, invalid JSON, arrays and primitives. Never throws.
 */
export function parseJsonRecord(text: string | null | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
}
