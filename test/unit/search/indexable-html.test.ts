import { describe, expect, it } from 'vitest';
import { withBlockBoundaries } from '../../../src/lib/search/indexable-html';

/** The words a reader sees, read the crude way an indexer without block rules reads them. */
const words = (html: string) => html.replace(/<[^>]*>/g, '').split(/\s+/).filter(Boolean);

describe('withBlockBoundaries', () => {
  it('separates the text of neighbouring blocks', () => {
    const html = '<dl><div><dt>Who</dt><dd>CSM</dd></div></dl><table><tr><th>Figure</th><th>What</th></tr></table><blockquote>Quote</blockquote><figure>Chart<figcaption>Caption</figcaption></figure>';
    expect(words(html)).toEqual(['WhoCSMFigureWhatQuoteChartCaption']);
    expect(words(withBlockBoundaries(html))).toEqual(['Who', 'CSM', 'Figure', 'What', 'Quote', 'Chart', 'Caption']);
  });

  it('leaves words split by inline elements whole', () => {
    const html = '<p>One <strong>case</strong>s, <a href="/x/">link</a>ed, <span>s</span>pan <b>b</b>old</p>';
    expect(words(withBlockBoundaries(html))).toEqual(['One', 'cases,', 'linked,', 'span', 'bold']);
  });

  it('matches tag names whole and in any case, with attributes', () => {
    expect(withBlockBoundaries('<THEAD class="x"><TH>a</TH></THEAD>')).toBe(' <THEAD class="x">  <TH> a </TH>  </THEAD> ');
    expect(withBlockBoundaries('<param><bdi>x</bdi><br/>y')).toBe('<param><bdi>x</bdi> <br/> y');
  });

  it('changes nothing but whitespace', () => {
    const html = '<main data-pagefind-body><h1 data-pagefind-weight="10">Title</h1><p>Body</p></main>';
    expect(withBlockBoundaries(html).replace(/ /g, '')).toBe(html.replace(/ /g, ''));
  });
});
