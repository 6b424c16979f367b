/**
 * Tables written in content (Markdown or MDX) as they should reach a phone: each in a box that
 * scrolls sideways, named for screen readers and reachable by keyboard, which global.css gives its
 * "scroll sideways" hint. Done on the rendered HTML rather than through MDX's `components` map,
 * because entries without MDX syntax are rendered by the Markdown pipeline, which has no such map.
 * Only bare `<table>` tags are wrapped, as Markdown and MDX write them: a table the site writes
 * itself carries a class (`stack`) or already sits in its box. Pure: HTML in, HTML out.
 */

export const SCROLL_TABLE_LABEL = 'Table: scroll sideways to see every column';

const BARE_TABLE = /<table>([\s\S]*?)<\/table>/g;

/** `html` with every bare table in a labelled, focusable `.table-scroll` box. */
export function inScrollBoxes(html: string): string {
  return html.replace(BARE_TABLE, (table) => `<section class="table-scroll" tabindex="0" aria-label="${SCROLL_TABLE_LABEL}">${table}</section>`);
}
