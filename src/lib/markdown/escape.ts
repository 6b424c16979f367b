/**
 * Escaping for text put into Markdown, so that it reads back as the same text: characters that
 * would start emphasis, code, links or raw HTML are backslashed, and so is a line start that would
 * turn a sentence into a heading, quote or list item. Kept apart from the converter so each rule
 * has its own test.
 */

/**
 * Characters with an inline meaning anywhere in a line (CommonMark, and GFM's strikethrough). Square
 * brackets are left alone, so a [Placeholder] stays readable in the Markdown as well: a "]" is
 * escaped only where it would close a link ("](", "][" or "]:"), and a "[" before "^" (a footnote).
 */
const INLINE_SPECIAL = /[\\`*_<~]|\](?=[([:])|\[(?=\^)/g;
/** An entity-like run ("&amp;", "&#39;") that a Markdown reader would decode. */
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;

/** Escapes text for a paragraph, list item, heading or link text. */
export function escapeText(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/**
 * Escapes what a line may not start with: "#" (heading), ">" (quote), "-", "+" or "=" (list,
 * rule or setext underline) and "1." or "1)" (ordered list).
 */
export function escapeLineStart(line: string): string {
  return line.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A run of backticks longer than any inside `text` (at least `min`), to fence it as code. */
export function fenceFor(text: string, min: number): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  return '`'.repeat(Math.max(min, longest + 1));
}

/** A link destination: in angle brackets when it holds spaces or parentheses. */
export function linkDestination(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : href;
}
