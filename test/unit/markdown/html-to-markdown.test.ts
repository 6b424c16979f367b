/**
 * The page-to-Markdown converter, fed small trees built by hand (the DOM's shape, no DOM). Expected
 * Markdown is written out here; where escaping is what matters, the output is read back with
 * `marked`, a Markdown parser the site does not use, and must give the original text.
 */
import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { htmlToMarkdown, withSourceLink, type SourceNode } from '../../../src/lib/markdown/html-to-markdown';

type Child = SourceNode | string;

/** An element with attributes and children; strings become text nodes. */
function h(name: string, attributes: Record<string, string> | null, ...children: Child[]): SourceNode {
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    nodeValue: null,
    childNodes: children.map((child) => (typeof child === 'string' ? text(child) : child)),
    getAttribute: (key) => attributes?.[key] ?? null,
  };
}
function text(value: string): SourceNode {
  return { nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [] };
}

const options = { baseUrl: 'https://example.org/playbook/kickoff-call/' };
const md = (...children: Child[]) => htmlToMarkdown(h('article', null, ...children), options);

/** The text a Markdown parser reads back from `markdown`'s first block, tags dropped. */
function readBack(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
}

describe('htmlToMarkdown', () => {
  it('writes headings by level and paragraphs with white space collapsed', () => {
    expect(md(h('h1', null, 'Kickoff call'), h('p', null, '  Turn a   signed\n contract  '), h('h2', null, 'Goal'), h('h3', null, 'What to say'))).toBe(
      '# Kickoff call\n\nTurn a signed contract\n\n## Goal\n\n### What to say\n',
    );
  });

  it('writes bullet and numbered lists, nested ones indented under their item', () => {
    const nested = h('ul', null, h('li', null, 'Inner'));
    expect(md(h('ol', null, h('li', null, 'First'), h('li', null, 'Second', nested)), h('ul', null, h('li', null, 'Dot')))).toBe(
      '1. First\n2. Second\n   - Inner\n\n- Dot\n',
    );
  });

  it('keeps two lists of one kind in a row apart', () => {
    const markdown = md(h('ul', null, h('li', null, 'One')), h('ul', null, h('li', null, 'Two')));
    expect(marked.lexer(markdown).filter((token) => token.type === 'list')).toHaveLength(2);
  });

  it('writes a table with its header row and escapes a pipe in a cell', () => {
    const table = h(
      'table',
      null,
      h('thead', null, h('tr', null, h('th', null, 'Figure'), h('th', null, 'Source'))),
      h('tbody', null, h('tr', null, h('th', null, '70%'), h('td', null, 'A | B'))),
    );
    expect(md(table)).toBe('| Figure | Source |\n| --- | --- |\n| 70% | A \\| B |\n');
  });

  it('fences preformatted text as it is, longer than any backticks inside', () => {
    expect(md(h('pre', null, 'Hi [Contact],\n\n  indented ```\n'))).toBe('````\nHi [Contact],\n\n  indented ```\n````\n');
  });

  it('writes emphasis, code and links, made absolute against the page', () => {
    const p = h('p', null, h('strong', null, 'Subject: '), 'see ', h('a', { href: '../renewal-preparation/' }, 'renewal'), ', ', h('em', null, 'now'), ' ', h('code', null, 'a`b'));
    expect(md(p)).toBe('**Subject:** see [renewal](https://example.org/playbook/renewal-preparation/), *now* ``a`b``\n');
  });

  it('keeps a link whose address has spaces or parentheses whole', () => {
    const html = marked.parse(md(h('p', null, h('a', { href: '/files/plan (v2).pdf' }, 'plan'))), { async: false });
    expect(html).toContain('href="https://example.org/files/plan%20(v2).pdf"');
  });

  it('writes a definition list as one line per term', () => {
    const dl = h('dl', null, h('div', null, h('dt', null, 'Who'), h('dd', null, 'CSM')), h('div', null, h('dt', null, 'Time'), h('dd', null, '60 minutes')));
    expect(md(dl)).toBe('**Who:** CSM\n\n**Time:** 60 minutes\n');
  });

  it('leaves out controls, hidden parts, live status messages and what is marked to skip', () => {
    const markdown = md(
      h('p', null, 'Kept'),
      h('button', null, 'Copy body'),
      h('p', { hidden: '' }, 'Hidden'),
      h('span', { 'aria-hidden': 'true' }, 'Decoration'),
      h('p', { role: 'status' }, 'Copied'),
      h('section', { 'data-markdown-skip': '' }, h('h3', null, 'Your details')),
      h('script', null, 'alert(1)'),
    );
    expect(markdown).toBe('Kept\n');
  });

  it('turns inline content between blocks into paragraphs, and a line break into a hard break', () => {
    expect(md('Loose text', h('p', null, 'Block'), 'More', h('br', null), 'lines')).toBe('Loose text\n\nBlock\n\nMore\\\nlines\n');
  });

  it('gives an empty string for nothing to say', () => {
    expect(md(h('div', null, ' '), h('button', null, 'Copy'))).toBe('');
  });

  it.each([
    'Price * 2 = [Total] and a_b_c',
    'a *starred* and _underlined_ word',
    '# not a heading',
    '1. not a list',
    '- not a bullet',
    '> not a quote',
    'Use <b>tags</b> & &amp; as text',
    '[Customer](not a link) and [Date]: no definition',
    '~strike~ and `code`',
  ])('escapes %j so it reads back as the same text', (sentence) => {
    const markdown = md(h('p', null, sentence));
    expect(readBack(markdown)).toBe(sentence);
  });

  it('keeps a [Placeholder] readable without backslashes', () => {
    expect(md(h('p', null, 'Hi [Contact], welcome'))).toBe('Hi [Contact], welcome\n');
  });
});

describe('withSourceLink', () => {
  it('ends the Markdown with a line that links to the page', () => {
    const markdown = withSourceLink('# Kickoff call\n', 'https://example.org/playbook/kickoff-call/');
    expect(markdown.endsWith('From the Support Maturity Playbook: <https://example.org/playbook/kickoff-call/>\n')).toBe(true);
    expect(marked.parse(markdown, { async: false })).toContain('<a href="https://example.org/playbook/kickoff-call/">');
  });
});
