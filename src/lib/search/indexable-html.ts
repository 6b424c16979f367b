/**
 * A built page's HTML as the search index should read it: with a word boundary at the edge of every
 * block. Pure; the Pagefind integration applies it to each page before indexing, and the page that
 * ships is left untouched.
 *
 * Why: Astro writes no whitespace between tags, and Pagefind 1.6 separates the text of only some
 * blocks (h1–h6, p, td, div, ul, li, dl, article, section; see SENTENCE_SELECTORS in its
 * fossick/parser.rs). Everything else ran together in the index and in excerpts: a definition term
 * and its details ("WhoCSM"), table headers ("FigureWhat"), a caption and its figure. Whitespace
 * between tags does reach the index, so a space on each side of a block tag is enough.
 */

/** Elements whose text stands apart when rendered: HTML's block and table elements, and buttons. */
const BLOCK_ELEMENTS = [
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
];

const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK_ELEMENTS.join('|')})(?=[\\s/>])[^>]*>`, 'gi');

/** The HTML with a space before and after every opening and closing block tag. */
export function withBlockBoundaries(html: string): string {
  return html.replace(BLOCK_TAG, (tag) => ` ${tag} `);
}
