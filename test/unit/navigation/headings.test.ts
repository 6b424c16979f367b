import { describe, expect, it } from 'vitest';
import { decodeEntities, sectionHeadings, slugify, textOf } from '../../../src/lib/navigation/headings';

describe('sectionHeadings', () => {
  it('lists h2 sections in document order with their ids and text', () => {
    const html = '<h1>Title</h1><h2 id="goal">Goal</h2><p>x</p><h3 id="sub">Sub</h3><h2 id="steps">Steps</h2>';
    expect(sectionHeadings(html).headings).toEqual([
      { id: 'goal', text: 'Goal' },
      { id: 'steps', text: 'Steps' },
    ]);
  });

  it('reads the text a reader sees: tags dropped, entities decoded, spaces collapsed', () => {
    const html = '<h2 id="a" class="x"><a href="/y/">Talk  track</a> &amp; <em>what&#39;s</em>\n next</h2>';
    expect(sectionHeadings(html).headings).toEqual([{ id: 'a', text: "Talk track & what's next" }]);
  });

  it('gives an id to an h2 without one, made from its text, and leaves the rest of the HTML alone', () => {
    const { html, headings } = sectionHeadings('<p>a</p><h2 class="big">Keep the playbook alive</h2><p>b</p>');
    expect(headings).toEqual([{ id: 'keep-the-playbook-alive', text: 'Keep the playbook alive' }]);
    expect(html).toBe('<p>a</p><h2 id="keep-the-playbook-alive" class="big">Keep the playbook alive</h2><p>b</p>');
  });

  it('never reuses an id the page already has', () => {
    const { headings } = sectionHeadings('<div id="sources"></div><h2>Sources</h2><h2>Sources</h2>');
    expect(headings.map((heading) => heading.id)).toEqual(['sources-2', 'sources-3']);
  });

  it('reads ids written with single quotes or none', () => {
    expect(sectionHeadings("<h2 id='one'>One</h2><h2 id=two>Two</h2>").headings.map((h) => h.id)).toEqual(['one', 'two']);
  });

  it('skips h2 elements with no text', () => {
    expect(sectionHeadings('<h2 id="empty"> <span></span> </h2><h2>Real</h2>').headings).toEqual([{ id: 'real', text: 'Real' }]);
  });

  it('ignores h2 written as text inside attributes or escaped markup', () => {
    expect(sectionHeadings('<div data-props="{&quot;x&quot;:&quot;&lt;h2&gt;No&lt;/h2&gt;&quot;}"></div>').headings).toEqual([]);
  });
});

describe('the text helpers', () => {
  it('decode named and numeric entities, and leave unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &quot;b&quot; &#8212; &#x2014; &nope;')).toBe('<a> "b" — — &nope;');
  });

  it('textOf drops tags', () => {
    expect(textOf('<strong>Bold</strong> move')).toBe('Bold move');
  });

  it('slugify keeps letters and digits, joined by single hyphens', () => {
    expect(slugify('What to do with it?')).toBe('what-to-do-with-it');
    expect(slugify('Café — 30/60/90 days')).toBe('cafe-30-60-90-days');
    expect(slugify('!!!')).toBe('section');
  });
});
