import { describe, expect, it } from 'vitest';
import { withBlockBoundaries } from '../../../src/lib/search/indexable-html';

/** The words a reader sees, read the crude way an indexer without block rules reads them. */
const words = (html: string) => html.replace(/<[^>]*>/g, '').split(/\s+/).filter(Boolean);
const inMain = (html: string) => `<main data-pagefind-body>${html}</main>`;

describe('withBlockBoundaries', () => {
  it('separates the text of neighbouring blocks Pagefind would run together', () => {
    const html = inMain('<table><tr><th>Figure</th><th>What</th></tr></table><blockquote>Quote</blockquote><figure>Chart<figcaption>Caption</figcaption></figure><dt>Who</dt><dd>CSM</dd>After<br>break');
    expect(words(html)).toEqual(['FigureWhatQuoteChartCaptionWhoCSMAfterbreak']);
    expect(words(withBlockBoundaries(html))).toEqual(['Figure', 'What', 'Quote', 'Chart', 'Caption', 'Who', 'CSM', 'After', 'break']);
  });

  it('leaves words split by inline elements whole, and the blocks Pagefind separates itself alone', () => {
    const html = inMain('<p>One <strong>case</strong>s, <a href="/x/">link</a>ed, <span>s</span>pan <b>b</b>old</p><ul><li>a</li><li>b</li></ul><h2>c</h2><p>d</p><dt>e</dt><div>f</div><details>g</details><p>h</p>');
    expect(withBlockBoundaries(html)).toBe(html);
  });

  it('adds one space at a block edge, never inside an element', () => {
    expect(withBlockBoundaries(inMain('<dl><dt></dt><dd>a</dd><dt>b</dt><dd></dd></dl><p>c</p>'))).toBe(
      inMain('<dl><dt></dt> <dd>a</dd> <dt>b</dt> <dd></dd></dl><p>c</p>'),
    );
  });

  it('matches tag names whole and in any case, with attributes', () => {
    expect(withBlockBoundaries(inMain('<TR class="x"><TH>a</TH><TH>b</TH></TR>'))).toBe(inMain('<TR class="x"><TH>a</TH> <TH>b</TH></TR>'));
    expect(withBlockBoundaries(inMain('<param><bdi>x</bdi><br/>y<th>z</th>'))).toBe(inMain('<param><bdi>x</bdi> <br/> y <th>z</th>'));
  });

  it('leaves everything outside <main>, and code, scripts and styles inside it, as they were', () => {
    const outside = '<header><dt>a</dt><dd>b</dd></header>';
    const code = '<pre>x</dt><dd>y</pre>';
    const others = '<script>const t = "</dt><dd>";</script><style>p{}</style><textarea></dt><dd></textarea>';
    expect(withBlockBoundaries(`${outside}${inMain(`${code}${others}<dt>c</dt><dd>d</dd>${code}`)}${outside}`)).toBe(
      `${outside}${inMain(`${code} ${others} <dt>c</dt> <dd>d</dd> ${code}`)}${outside}`,
    );
  });

  it('leaves a page that is not indexed as it was', () => {
    const html = '<main><dt>a</dt><dd>b</dd></main>';
    expect(withBlockBoundaries(html)).toBe(html);
  });

  it('changes nothing but whitespace', () => {
    const html = inMain('<h1 data-pagefind-weight="10">Title</h1><p>Body</p><dl><dt>Term</dt><dd>Text</dd></dl><button>Go</button>');
    expect(withBlockBoundaries(html).replace(/ /g, '')).toBe(html.replace(/ /g, ''));
  });
});
