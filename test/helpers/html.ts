/**
 * Reads built HTML the way a browser's tokenizer does, as far as the tests need: every start tag with
 * its attributes, and the raw text of <script> and <style> elements. Written for the tests alone and
 * on purpose not shared with the build (src/integrations/security-headers.ts): when the build and the
 * tests each parse the pages, a parsing mistake in one cannot vouch for itself.
 */

/** One element's start tag: lower-cased name, attributes (first occurrence wins, entities decoded). */
export interface Element {
  name: string;
  attributes: Record<string, string>;
  /** Raw text up to the end tag, for <script> and <style> only (no entity decoding, as in a browser). */
  text: string;
}

/** Elements whose content is raw text: the tokenizer looks only for their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Script types a browser runs (HTML's JavaScript MIME types, plus "module" and no type at all). */
const RUNNABLE_SCRIPT_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-javascript',
  'text/ecmascript',
]);

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references in an attribute value (named ones the build emits, and numeric). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

/** Every element of a page in document order. Comments, doctypes and end tags are skipped. */
export function elementsOf(html: string): Element[] {
  const elements: Element[] = [];
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html[at + 1] ?? '';
    if (!/[a-zA-Z]/.test(next)) {
      // A doctype, an end tag, or a "<" in text: nothing to record.
      const end = next === '!' || next === '/' || next === '?' ? html.indexOf('>', at) : at;
      at = end === -1 ? html.length : end + 1;
      continue;
    }
    let cursor = at + 1;
    while (cursor < html.length && !isSpace(html[cursor]) && html[cursor] !== '/' && html[cursor] !== '>') cursor += 1;
    const name = html.slice(at + 1, cursor).toLowerCase();
    const attributes: Record<string, string> = {};
    while (cursor < html.length && html[cursor] !== '>') {
      if (isSpace(html[cursor]) || html[cursor] === '/') {
        cursor += 1;
        continue;
      }
      const nameStart = cursor;
      while (cursor < html.length && !isSpace(html[cursor]) && !['/', '>', '='].includes(html[cursor] ?? '')) cursor += 1;
      const attribute = html.slice(nameStart, cursor).toLowerCase();
      while (isSpace(html[cursor])) cursor += 1;
      let value = '';
      if (html[cursor] === '=') {
        cursor += 1;
        while (isSpace(html[cursor])) cursor += 1;
        const quote = html[cursor];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, cursor + 1);
          value = html.slice(cursor + 1, end === -1 ? html.length : end);
          cursor = end === -1 ? html.length : end + 1;
        } else {
          const valueStart = cursor;
          while (cursor < html.length && !isSpace(html[cursor]) && html[cursor] !== '>') cursor += 1;
          value = html.slice(valueStart, cursor);
        }
      }
      if (!(attribute in attributes)) attributes[attribute] = decodeEntities(value);
    }
    at = cursor + 1;
    let text = '';
    if (RAW_TEXT.has(name)) {
      const close = html.slice(at).search(new RegExp(`</${name}[\\s/>]`, 'i'));
      const end = close === -1 ? html.length : at + close;
      text = html.slice(at, end);
      at = end;
    }
    elements.push({ name, attributes, text });
  }
  return elements;
}

/** True for a <script> a browser would execute from the page itself (no src, a script type). */
export function isInlineScript(element: Element): boolean {
  return element.name === 'script' && !('src' in element.attributes) && RUNNABLE_SCRIPT_TYPES.has((element.attributes.type ?? '').trim().toLowerCase());
}

/** The text of every inline script a browser runs (JSON-LD and other data blocks excluded). */
export function inlineScriptsOf(html: string): string[] {
  return elementsOf(html).filter(isInlineScript).map((element) => element.text);
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicyOf(elements: Element[]): string | undefined {
  return elements.find((element) => element.name === 'meta' && element.attributes['http-equiv']?.toLowerCase() === 'content-security-policy')?.attributes
    .content;
}
