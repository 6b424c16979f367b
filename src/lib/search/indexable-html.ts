/**
 * A page's HTML with a word boundary at the outer edge of every block inside its indexed
 * <main data-pagefind-body>, so Pagefind reads the page as a reader does. Pure; src/middleware.ts
 * applies it to every page as it is rendered, so the built files can be indexed as they are
 * (Pagefind's addDirectory, which reads them in parallel) instead of each being sent to Pagefind
 * with boundaries added.
 *
 * Why: Astro writes no whitespace between tags, and Pagefind 1.6 separates the text of only some
 * blocks (h1–h6, p, td, div, ul, li, dl, article, section; see SENTENCE_SELECTORS in its
 * fossick/parser.rs). Everything else ran together in the index and in excerpts: a definition term
 * and its details ("WhoCSM"), table headers ("FigureWhat"), a caption and its figure.
 *
 * Why only there, and only a single space: this is the HTML readers get. A space is added only where
 * a block ends and something follows it, or where a block starts right after text or a closed
 * element: an element's inside is never touched (`<p></p>` stays `:empty`), and white space next to
 * a block is not rendered. (A button right beside text would show the space; when this moved into
 * the built pages, every indexed page's screenshots, light and dark, at 1280 and 390 px, were
 * pixel-identical before and after.) Script, style, pre and textarea contents are copied
 * unchanged, so inline script hashes in the CSP still match.
 */

/**
 * Elements whose text stands apart when rendered (HTML's block and table elements, and buttons),
 * less those Pagefind already separates (SENTENCE_SELECTORS above): fewer spaces, same index.
 */
const BLOCK_ELEMENTS = [
  'address', 'aside', 'blockquote', 'br', 'button', 'caption', 'dd', 'details', 'dialog', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'legend', 'main', 'nav', 'ol', 'pre',
  'summary', 'table', 'tbody', 'tfoot', 'th', 'thead', 'tr',
];
const BLOCK = BLOCK_ELEMENTS.join('|');
/** Pagefind's SENTENCE_SELECTORS: a space beside one of these would add nothing to the index. */
const SEPARATED_BY_PAGEFIND = '(?:article|div|dl|h[1-6]|li|p|section|td|ul)(?=[\\s/>])';

/** A closing block tag (or a void one: br, hr) directly followed by text or by a tag Pagefind does not separate. */
const BLOCK_END_THEN_CONTENT = new RegExp(`(<\\/(?:${BLOCK})\\s*>|<(?:br|hr)(?=[\\s/>])[^>]*>)(?=<(?!${SEPARATED_BY_PAGEFIND})[a-z]|[^<\\s])`, 'gi');
/** An opening block tag directly after text, after a closing tag Pagefind does not separate, or after a void tag. */
const CONTENT_THEN_BLOCK_START = new RegExp(
  `([^>\\s]|<\\/(?!${SEPARATED_BY_PAGEFIND})[a-z][^>]*>|<(?:br|hr|img|input|wbr)(?=[\\s/>])[^>]*>)(<(?:${BLOCK})(?=[\\s/>]))`,
  'gi',
);

/** Elements whose contents must stay byte for byte: code, scripts, styles and form text. */
const VERBATIM = /(<(script|style|pre|textarea)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;
/** Stands in for a verbatim element's contents while boundaries are added (NUL never occurs in HTML). */
const KEPT = /\u0000(\d+)\u0000/g;

/** The indexed region: a <main data-pagefind-body> up to its end tag (the only part Pagefind reads). */
const INDEXED_MAIN = /<main\b[^>]*\sdata-pagefind-body[\s>=][\s\S]*<\/main\s*>/i;

/** The HTML with a space at the outer edges of the blocks in its indexed <main>; everything else unchanged. */
export function withBlockBoundaries(html: string): string {
  return html.replace(INDEXED_MAIN, (main) => {
    const kept: string[] = [];
    const masked = main.replace(VERBATIM, (_element, open: string, _name: string, contents: string, close: string) => `${open}\u0000${kept.push(contents) - 1}\u0000${close}`);
    const spaced = masked.replace(BLOCK_END_THEN_CONTENT, '$1 ').replace(CONTENT_THEN_BLOCK_START, '$1 $2');
    return spaced.replace(KEPT, (_placeholder, index: string) => kept[Number(index)] ?? '');
  });
}
