import { describe, expect, it } from 'vitest';
import { closestWord, correctSpelling, editDistance } from '../../../src/lib/search/spelling';

const vocabulary = ['customer', 'churn', 'escalation', 'onboarding', 'knowledge', 'church', 'sentiment', 'management', 'rate'];

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('chrun', 'churn')).toBe(1);
    expect(editDistance('onbaording', 'onboarding')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('gives up past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('correctSpelling', () => {
  it('corrects unknown words to the nearest site word', () => {
    expect(correctSpelling('chrun rate', vocabulary)).toEqual({ text: 'churn rate', corrections: [{ from: 'chrun', to: 'churn' }] });
    expect(correctSpelling('knowlege managment', vocabulary).text).toBe('knowledge management');
    expect(correctSpelling('sentimnet', vocabulary).text).toBe('sentiment');
  });

  it('prefers the more frequent word on a tie (the vocabulary is ordered by frequency)', () => {
    expect(closestWord('churh', ['churn', 'church'])).toBe('churn');
  });

  it('leaves known words, prefixes, stop words, short words and protected jargon alone', () => {
    expect(correctSpelling('escala', vocabulary).corrections).toEqual([]);
    expect(correctSpelling('what rate', vocabulary).corrections).toEqual([]);
    expect(correctSpelling('fcr', vocabulary).corrections).toEqual([]);
    expect(correctSpelling('csat', vocabulary, new Set(['csat'])).corrections).toEqual([]);
  });

  it('does not force a far-off word onto the vocabulary', () => {
    expect(correctSpelling('zebra', vocabulary).corrections).toEqual([]);
  });
});
