/**
 * Turns a rendered page's content into Markdown a reader can paste into a document, a ticket or a
 * wiki: headings, paragraphs, lists (nested), tables (GitHub's pipe tables), preformatted text as
 * fenced blocks, emphasis, code and links (made absolute). What is not content is left out: controls,
 * scripts, live status messages, anything hidden, and anything marked `data-markdown-skip`.
 *
 * It reads nodes through `SourceNode`, the few DOM properties it needs, so it has no DOM of its own:
 * the browser hands it the page's live elements (email templates included, as filled at that moment)
 * and the unit tests hand it plain objects.
 */
import { escapeLineStart, escapeText, fenceFor, linkDestination } from './escape';

/** The part of a DOM node the converter reads. Browser nodes have it; tests build it by hand. */
export interface SourceNode {
  /** 1 for an element, 3 for text; anything else is ignored. */
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<SourceNode>;
  getAttribute?(name: string): string | null;
}

export interface MarkdownOptions {
  /** The page's address: relative links are made absolute against it. */
  baseUrl: string;
}

const ELEMENT = 1;
const TEXT = 3;

/** Never content: form controls, scripts, styles, and markup for machines. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'button', 'input', 'select', 'textarea', 'svg', 'form', 'nav']);
/** Elements that start a block of their own; everything else is inline. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);

interface Block {
  text: string;
  /** Set for lists: two lists of one kind in a row would read back as one. */
  list?: 'ul' | 'ol';
}

const nameOf = (node: SourceNode) => node.nodeName.toLowerCase();
const attribute = (node: SourceNode, name: string) => node.getAttribute?.(name) ?? null;
const childrenOf = (node: SourceNode) => Array.from(node.childNodes);
const elementChildren = (node: SourceNode, ...names: string[]) =>
  childrenOf(node).filter((child) => child.nodeType === ELEMENT && !isSkipped(child) && (names.length === 0 || names.includes(nameOf(child))));

/** Left out: hidden from every reader, a live status message (the page's talk, not its content), or marked so. */
function isSkipped(node: SourceNode): boolean {
  if (node.nodeType !== ELEMENT) return node.nodeType !== TEXT;
  const role = attribute(node, 'role');
  return (
    SKIPPED_ELEMENTS.has(nameOf(node)) ||
    attribute(node, 'hidden') !== null ||
    attribute(node, 'aria-hidden') === 'true' ||
    attribute(node, 'data-markdown-skip') !== null ||
    role === 'status' ||
    role === 'alert'
  );
}

/** The text of an element as it is (white space kept), for preformatted blocks. */
function rawText(node: SourceNode): string {
  if (node.nodeType === TEXT) return node.nodeValue ?? '';
  return isSkipped(node) ? '' : childrenOf(node).map(rawText).join('');
}

/** Puts spaces at either edge of `text` outside a pair of delimiters, where Markdown needs them. */
function wrap(text: string, delimiter: string): string {
  const inner = text.trim();
  if (inner === '') return text;
  const before = text.startsWith(' ') ? ' ' : '';
  const after = text.endsWith(' ') ? ' ' : '';
  return `${before}${delimiter}${inner}${delimiter}${after}`;
}

/** Inline Markdown of a node; a line break is a backslash at the end of a line. */
function inline(node: SourceNode, options: MarkdownOptions): string {
  if (node.nodeType === TEXT) return escapeText((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
  if (isSkipped(node)) return '';
  const inner = () => childrenOf(node).map((child) => inline(child, options)).join('');
  switch (nameOf(node)) {
    case 'br':
      return '\\\n';
    case 'strong':
    case 'b':
      return wrap(inner(), '**');
    case 'em':
    case 'i':
      return wrap(inner(), '*');
    case 'code': {
      const code = rawText(node).replace(/\s+/g, ' ');
      const fence = fenceFor(code, 1);
      const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
      return code === '' ? '' : `${fence}${pad}${code}${pad}${fence}`;
    }
    case 'a': {
      const text = inner().trim();
      const href = attribute(node, 'href');
      if (!href || text === '') return text;
      return `[${text}](${linkDestination(new URL(href, options.baseUrl).href)})`;
    }
    case 'img': {
      const src = attribute(node, 'src');
      return src ? `![${escapeText(attribute(node, 'alt') ?? '')}](${linkDestination(new URL(src, options.baseUrl).href)})` : '';
    }
    default:
      return inner();
  }
}

/** Collapsed, trimmed inline text with every line start made safe. */
function paragraph(text: string): string {
  return text
    .replace(/ +/g, ' ')
    // A line break at either end of a block breaks nothing.
    .replace(/^(\s|\\\n)+|(\s|\\\n)+$/g, '')
    .split('\n')
    .map((line) => escapeLineStart(line.trim()))
    .join('\n');
}

/** Indents every line after the first by `width` spaces, so it stays inside a list item. */
function indentRest(text: string, width: number): string {
  return text.replace(/\n(?=.)/g, `\n${' '.repeat(width)}`);
}

function list(node: SourceNode, options: MarkdownOptions): Block {
  const ordered = nameOf(node) === 'ol';
  let number = Number(attribute(node, 'start') ?? 1) || 1;
  const items = elementChildren(node, 'li').map((item) => {
    const marker = ordered ? `${number++}. ` : '- ';
    const parts = blocks(item, options);
    // One paragraph followed only by nested lists stays a tight item; anything else is spaced out.
    const tight = parts.slice(1).every((part) => part.list);
    const body = parts.map((part) => part.text).join(tight ? '\n' : '\n\n');
    return `${marker}${indentRest(body, marker.length)}`;
  });
  return { text: items.join('\n'), list: ordered ? 'ol' : 'ul' };
}

/** A definition list as one paragraph per term: "**Term:** details; more details". */
function definitions(node: SourceNode, options: MarkdownOptions): Block[] {
  const out: Block[] = [];
  const visit = (parent: SourceNode) => {
    for (const child of elementChildren(parent)) {
      const name = nameOf(child);
      if (name === 'div') visit(child);
      else if (name === 'dt') out.push({ text: `**${paragraph(inline(child, options)).replace(/:$/, '')}:**` });
      else if (name === 'dd') {
        const details = paragraph(inline(child, options));
        const last = out[out.length - 1];
        if (last && last.text.endsWith(':**')) last.text += ` ${details}`;
        else if (last) last.text += `; ${details}`;
        else out.push({ text: details });
      }
    }
  };
  visit(node);
  return out;
}

function table(node: SourceNode, options: MarkdownOptions): Block {
  const rows = elementChildren(node).flatMap((part) => (nameOf(part) === 'tr' ? [part] : elementChildren(part, 'tr')));
  const cells = rows.map((row) => elementChildren(row, 'th', 'td').map((cell) => escapeCellText(inline(cell, options))));
  const columns = Math.max(1, ...cells.map((row) => row.length));
  const line = (row: string[]) => `| ${Array.from({ length: columns }, (_, i) => row[i] ?? '').join(' | ')} |`;
  const [header = [], ...body] = cells;
  return { text: [line(header), line(Array(columns).fill('---')), ...body.map(line)].join('\n') };
}

/** A cell is one line: breaks become spaces, and "|" is escaped (the text is escaped already). */
function escapeCellText(markdown: string): string {
  return paragraph(markdown.replace(/\\\n/g, ' ')).replace(/\|/g, '\\|');
}

function block(node: SourceNode, options: MarkdownOptions): Block[] {
  const name = nameOf(node);
  const heading = /^h([1-6])$/.exec(name);
  if (heading) {
    const text = paragraph(inline(node, options).replace(/\\\n/g, ' ')).replace(/#$/, '\\#');
    return text ? [{ text: `${'#'.repeat(Number(heading[1]))} ${text}` }] : [];
  }
  switch (name) {
    case 'p':
    case 'figcaption':
    case 'summary':
    case 'address': {
      const text = paragraph(inline(node, options));
      return text ? [{ text }] : [];
    }
    case 'ul':
    case 'ol':
      return elementChildren(node, 'li').length > 0 ? [list(node, options)] : [];
    case 'dl':
      return definitions(node, options);
    case 'table':
      return [table(node, options)];
    case 'pre': {
      const code = rawText(node).replace(/\n$/, '');
      const fence = fenceFor(code, 3);
      return [{ text: `${fence}\n${code}\n${fence}` }];
    }
    case 'hr':
      return [{ text: '---' }];
    case 'blockquote':
      return blocks(node, options).map((part) => ({ text: part.text.replace(/^/gm, '> ').replace(/^> $/gm, '>') }));
    default:
      return blocks(node, options);
  }
}

/** The blocks inside a container; runs of inline content between blocks become paragraphs. */
function blocks(node: SourceNode, options: MarkdownOptions): Block[] {
  const out: Block[] = [];
  let pending = '';
  const flush = () => {
    const text = paragraph(pending);
    if (text) out.push({ text });
    pending = '';
  };
  for (const child of childrenOf(node)) {
    if (isSkipped(child)) continue;
    if (child.nodeType === ELEMENT && BLOCK_ELEMENTS.has(nameOf(child))) {
      flush();
      for (const part of block(child, options)) {
        const previous = out[out.length - 1];
        // An empty comment keeps two lists apart, as they are on the page.
        if (part.list && previous?.list === part.list) out.push({ text: '<!-- -->' });
        out.push(part);
      }
    } else pending += inline(child, options);
  }
  flush();
  return out;
}

/** The Markdown of everything inside `root`, ending in one newline ('' when there is nothing). */
export function htmlToMarkdown(root: SourceNode, options: MarkdownOptions): string {
  const text = blocks(root, options).map((part) => part.text).join('\n\n');
  return text ? `${text}\n` : '';
}

/** Markdown of a page with the line that links back to it, so a pasted copy says where it came from. */
export function withSourceLink(markdown: string, pageUrl: string): string {
  return `${markdown.trimEnd()}\n\nFrom the Support Maturity Playbook: <${pageUrl}>\n`;
}
