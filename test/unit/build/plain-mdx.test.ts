/**
 * The cheaper render path for MDX entries (src/lib/build/plain-mdx.ts, src/lib/build/mdx-loader.ts):
 * which bodies may skip the MDX compiler, how Markdown's HTML is rewritten, and, by building a small
 * fixture site (test/fixtures/plain-mdx/) with the same files compiled as MDX and loaded through
 * the site's loader, that readers get the same page byte for byte either way.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asCompiledMdxHtml, mdxOnlySyntax } from '../../../src/lib/build/plain-mdx';
import { repoRoot } from '../../bench/lib/built-site.ts';
import { build, type BuildRun } from '../../bench/lib/project-copy.ts';

describe('mdxOnlySyntax', () => {
  it('finds nothing in Markdown that means the same as MDX', () => {
    const body = [
      '## A heading, "quoted" -- with dashes',
      '',
      'Text with `code`, **strong**, a [link](https://example.com/?a=1&b=2) and AT&T.',
      '',
      '1. A step:',
      '',
      '   ```text',
      '   Subject: "hello"',
      '   ```',
      '',
      '| a | b |',
      '| --- | --- |',
      '| 1 | 2 |',
    ].join('\n');
    expect(mdxOnlySyntax(body)).toBeUndefined();
  });

  it.each([
    ['a component', 'Before.\n\n<Callout>Read this.</Callout>'],
    ['raw HTML', 'A <strong>bold</strong> word.'],
    ['an HTML comment', 'Text.\n\n<!-- hidden -->'],
    ['an autolink in angle brackets', 'See <https://example.com>.'],
    ['a less-than sign in a code span', 'Use `a < b` here.'],
    ['an expression', 'Title: {frontmatter.title}'],
    ['a closing brace alone', 'A } brace.'],
    ['an import', "import Chart from '../Chart.astro';\n\nText."],
    ['an export', 'export const year = 2024;\n\nText.'],
    ['a line indented by four spaces', 'Text.\n\n    looks like code to Markdown'],
    ['a tab-indented line', 'Text.\n\n\tlooks like code to Markdown'],
    ['an image', '![A chart](./chart.png)'],
    ['a footnote', 'A claim.[^1]\n\n[^1]: The source.'],
    ['a left-aligned table column', '| a | b |\n| :--- | --- |\n| 1 | 2 |'],
    ['a right-aligned column without outer pipes', 'a | b\n--- | ---:\n1 | 2'],
  ])('sends %s to MDX', (_, body) => {
    expect(mdxOnlySyntax(body)).toBeDefined();
  });

  it('does not take a thematic break or a setext underline for an aligned table', () => {
    expect(mdxOnlySyntax('Title\n---\n\nText.\n\n---\n\nMore: a list.')).toBeUndefined();
  });
});

describe('asCompiledMdxHtml', () => {
  it('escapes quotes in text as compiled MDX does, and leaves attributes as they are', () => {
    expect(asCompiledMdxHtml('<p>It\'s a "test" &amp; <a href="/x?a=1&amp;b=2" title="Say &quot;hi&quot; &gt; 1">link</a></p>\n')).toBe(
      '<p>It&#39;s a &quot;test&quot; &amp; <a href="/x?a=1&amp;b=2" title="Say &quot;hi&quot; &gt; 1">link</a></p>',
    );
  });

  it('closes void elements and keeps a title holding ">" inside its tag', () => {
    expect(asCompiledMdxHtml('<p>a<br>\nb</p>\n<hr>\n<ul>\n<li><input type="checkbox" checked disabled> done</li>\n</ul>\n<p><a title="a > b">x</a></p>\n')).toBe(
      '<p>a<br/>\nb</p>\n<hr/>\n<ul>\n<li><input type="checkbox" checked disabled/> done</li>\n</ul>\n<p><a title="a > b">x</a></p>',
    );
  });

  it('escapes quotes inside code blocks too', () => {
    expect(asCompiledMdxHtml('<pre><code class="language-text">say "hi" &amp; \'bye\'\n</code></pre>\n')).toBe(
      '<pre><code class="language-text">say &quot;hi&quot; &amp; &#39;bye&#39;\n</code></pre>',
    );
  });
});

describe('the fixture site: every MDX file compiled and loaded', { timeout: 180_000 }, () => {
  const fixture = join(repoRoot, 'test/fixtures/plain-mdx');
  const work = mkdtempSync(join(tmpdir(), 'smp-plain-mdx-'));
  const outDir = join(work, 'out');
  const docs = readdirSync(join(fixture, 'docs')).map((name) => name.replace(/\.mdx$/, ''));
  let run: BuildRun;
  const page = (collection: string, id: string) => readFileSync(join(outDir, collection, id, 'index.html'), 'utf8');
  const renderPath = (html: string) => /<p id="render-path">(\w+)<\/p>/.exec(html)?.[1];
  const withoutPath = (html: string) => html.replace(/<p id="render-path">\w+<\/p>/, '');

  beforeAll(async () => {
    run = await build(fixture, { OUT_DIR: outDir, CACHE_DIR: join(work, 'cache') }, 'astro.config.mjs');
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds', () => {
    expect(run.status, run.output.slice(-3000)).toBe(0);
    expect(docs.length).toBeGreaterThanOrEqual(4);
  });

  it.each(docs)('%s: the loaded page is the compiled page, byte for byte (headings included)', (id) => {
    expect(withoutPath(page('loaded', id))).toBe(withoutPath(page('compiled', id)));
  });

  it('renders plain files through Markdown and the others through MDX', () => {
    const paths = Object.fromEntries(docs.map((id) => [id, renderPath(page('loaded', id))]));
    expect(paths).toEqual({ prose: 'markdown', short: 'markdown', 'with-component': 'mdx', footnote: 'mdx' });
    for (const id of docs) expect(renderPath(page('compiled', id))).toBe('mdx');
  });

  it('still runs components and expressions in a file that uses them', () => {
    const html = page('loaded', 'with-component');
    expect(html).toContain('<aside class="note">A note with <strong>strong</strong> text.</aside>');
    expect(html).toMatch(/<h1 id="with-a-component">With a component<\/h1>/);
  });
});
