import { describe, expect, it } from 'vitest';
import { inScrollBoxes } from '../../../src/lib/navigation/scroll-tables';

describe('inScrollBoxes', () => {
  it('puts each table written in content in its own labelled, focusable scroll box', () => {
    const html = '<p>Two tables.</p><table><thead><tr><th>A</th></tr></thead></table><p>and</p><table><tr><td style="text-align:right">1</td></tr></table>';
    const boxed = inScrollBoxes(html);
    expect(boxed.match(/<section class="table-scroll" tabindex="0" aria-label="Table: scroll sideways to see every column"><table>/g)).toHaveLength(2);
    expect(boxed.match(/<\/table><\/section>/g)).toHaveLength(2);
    expect(boxed).toContain('<p>Two tables.</p><section');
    expect(boxed).toContain('</section><p>and</p>');
  });

  it('leaves alone tables the site writes itself, and text without tables', () => {
    const own = '<table class="stack"><tr><td>1</td></tr></table>';
    expect(inScrollBoxes(own)).toBe(own);
    expect(inScrollBoxes('<p>A table of contents</p>')).toBe('<p>A table of contents</p>');
  });
});
