import { describe, expect, it } from 'vitest';
import { excerptSegments, findTermRanges, highlightTermsFrom, markTerms, stem, trimLeadingSeparators, withHighlight } from '../../../src/lib/search/highlight';

describe('findTermRanges', () => {
  it('matches word forms of a term', () => {
    const text = 'Escalations and escalated cases';
    expect(findTermRanges(text, ['escalation']).map(([a, b]) => text.slice(a, b))).toEqual(['Escalations', 'escalated']);
    expect(findTermRanges('escalate', ['escalation'])).toEqual([[0, 8]]);
    expect(stem('cases')).toBe('case');
  });

  it('matches short terms whole (SLA marks SLAs, not slack)', () => {
    const text = 'SLAs matter; slack does not.';
    expect(findTermRanges(text, ['sla']).map(([a, b]) => text.slice(a, b))).toEqual(['SLAs']);
  });

  it('ignores stop words', () => {
    expect(findTermRanges('how to run it', ['how', 'to'])).toEqual([]);
  });
});

describe('excerptSegments', () => {
  it('marks only the words typed, not what Pagefind matched in their place', () => {
    const segments = excerptSegments('A <mark>kickoff</mark> is <mark>onboarding</mark> &lt;day one&gt;', ['onboarding']);
    expect(segments).toEqual([
      { text: 'A kickoff is ', marked: false },
      { text: 'onboarding', marked: true },
      { text: ' <day one>', marked: false },
    ]);
  });

  it('never starts on a separator', () => {
    expect(excerptSegments('· Onboarding. <mark>Kickoff</mark> call', ['kickoff'])[0]).toEqual({ text: 'Onboarding. ', marked: false });
    expect(excerptSegments(', — and then', [])).toEqual([{ text: 'and then', marked: false }]);
    expect(excerptSegments('“Quoted” words', [])).toEqual([{ text: '“Quoted” words', marked: false }]);
    expect(trimLeadingSeparators('(see below)')).toBe('(see below)');
  });

  it('never lets markup through as markup', () => {
    const segments = excerptSegments('&lt;img src=x onerror=alert(1)&gt; <b>bold</b>');
    expect(segments).toEqual([{ text: '<img src=x onerror=alert(1)> bold', marked: false }]);
  });

  it('splits plain text around matches', () => {
    expect(markTerms('churn rate', ['churn'])).toEqual([{ text: 'churn', marked: true }, { text: ' rate', marked: false }]);
  });
});

describe('highlight links', () => {
  it('adds the words before the fragment, encoded', () => {
    expect(withHighlight('/playbook/kickoff-call/#steps', ['kickoff', 'first contact'])).toBe('/playbook/kickoff-call/?highlight=kickoff%20first%20contact#steps');
    expect(withHighlight('/a/?x=1', ['churn'])).toBe('/a/?x=1&highlight=churn');
    expect(withHighlight('/a/', ['the'])).toBe('/a/');
  });

  it('reads the words back, cleaned and capped, from any address', () => {
    expect(highlightTermsFrom('?highlight=kickoff%20first%20contact')).toEqual(['kickoff', 'first', 'contact']);
    expect(highlightTermsFrom('?highlight=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toEqual(['script', 'alert']);
    expect(highlightTermsFrom('?highlight=' + 'word '.repeat(500))).toEqual(['word']);
    expect(highlightTermsFrom('')).toEqual([]);
  });
});
