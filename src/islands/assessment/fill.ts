/** Fills {placeholders} in a sentence from src/islands/assessment/copy.ts. Unknown ones stay as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}
