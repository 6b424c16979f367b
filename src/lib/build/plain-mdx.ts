/**
 * "Plain" MDX: an MDX body that uses nothing of MDX, so Markdown can render it instead of the MDX
 * compiler (see src/lib/build/mdx-loader.ts), with the same HTML byte for byte.
 *
 * MDX is Markdown with four changes (see micromark-extension-mdx-md and the MDX syntax docs):
 * `<` opens JSX (so raw HTML, `<!-- -->` comments and `<https://…>` autolinks are gone or errors),
 * `{` and `}` hold JavaScript expressions, lines starting with `import` or `export` are ES modules,
 * and indented code blocks are switched off (a line indented by four spaces stays a paragraph).
 * A body with none of these means the same either way.
 *
 * The two pipelines then write that meaning slightly differently: compiled MDX is rendered through
 * Astro's JSX, which escapes quotes in text and closes void elements (`<br/>`), and writes
 * footnote markers and table alignment in its own way. `asCompiledMdxHtml` converts the first two;
 * bodies with footnotes or aligned table columns are simply left to MDX.
 *
 * Deliberately blunt: a listed character anywhere (inside a code span too) sends the file to MDX.
 * A false alarm costs a little build time; a miss would change a page. Images go to MDX as well,
 * where they become optimised `<Image>` components. test/unit/build/plain-mdx.test.ts holds the cases.
 */

/** A GFM table's delimiter row (`| :--- | ---: |`); alignment is a colon in it. */
const TABLE_DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$/gm;

const MDX_ONLY_SYNTAX: readonly { reason: string; test: (body: string) => boolean }[] = [
  { reason: 'JSX, HTML or a comment (<)', test: (body) => /</.test(body) },
  { reason: 'an expression ({ or })', test: (body) => /[{}]/.test(body) },
  { reason: 'an import or export line', test: (body) => /^[ \t]*(?:import|export)\b/m.test(body) },
  { reason: 'an indented line (Markdown would read it as code)', test: (body) => /^(?: {4}|[ ]{0,3}\t)/m.test(body) },
  { reason: 'an image', test: (body) => /!\[/.test(body) },
  { reason: 'a footnote', test: (body) => /\[\^/.test(body) },
  { reason: 'a table column alignment', test: (body) => (body.match(TABLE_DELIMITER_ROW) ?? []).some((row) => row.includes(':')) },
];

/** The first feature of `body` that needs the MDX compiler, or undefined when Markdown can render it. */
export function mdxOnlySyntax(body: string): string | undefined {
  return MDX_ONLY_SYNTAX.find(({ test }) => test(body))?.reason;
}

export function needsMdxCompiler(body: string): boolean {
  return mdxOnlySyntax(body) !== undefined;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A start or end tag with double-quoted attribute values (which may hold `>`), as Markdown writes them. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*\s*\/?>/g;

/**
 * Markdown's HTML for a plain body, written the way Astro renders the compiled MDX of that body:
 * quotes in text as `&quot;` and `&#39;`, void elements closed with `/>`, no newline at the end.
 * Markdown escapes `&`, `<` and `>` in text itself; a plain body holds no raw HTML, so every `<`
 * in this HTML starts a tag.
 */
export function asCompiledMdxHtml(html: string): string {
  let output = '';
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    output += escapeQuotes(html.slice(last, match.index));
    const [tag, name = ''] = match;
    output += VOID_ELEMENTS.has(name.toLowerCase()) && !tag.endsWith('/>') ? `${tag.slice(0, -1)}/>` : tag;
    last = match.index + tag.length;
  }
  output += escapeQuotes(html.slice(last));
  return output.replace(/\n$/, '');
}

function escapeQuotes(text: string): string {
  return text.replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
