/**
 * The site's one placeholder filler, for email templates ("Dear {contact}") and the self-evaluation's
 * sentences ("Imported “{name}”."). A single pass over the template, so a value that itself contains
 * "{contact}" is never expanded again. Placeholders without a value stay as they are. The result is
 * plain text: callers render it as text, never as HTML.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}
