import { describe, expect, it } from 'vitest';
import { cleanQuery, isStopWord, MAX_QUERY_LENGTH, singular, tokenize } from '../../../src/lib/search/query';

describe('cleanQuery', () => {
  it('trims and collapses whitespace, and drops control characters', () => {
    expect(cleanQuery('  first\tcontact\n\u0000 resolution ')).toEqual({ text: 'first contact resolution', truncated: false });
  });

  it('cuts a 10,000-character query at a word boundary, quickly', () => {
    const started = performance.now();
    const result = cleanQuery('escalation '.repeat(910));
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(result.text.endsWith('escalation')).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('cuts one endless word hard', () => {
    const result = cleanQuery('x'.repeat(10_000));
    expect(result).toEqual({ text: 'x'.repeat(MAX_QUERY_LENGTH), truncated: true });
  });

  it('marks a query shortened even when only whitespace was cut', () => {
    expect(cleanQuery(`fcr${' '.repeat(10_000)}`)).toEqual({ text: 'fcr', truncated: true });
  });

  it('keeps markup as plain text for the caller to show as text', () => {
    expect(cleanQuery('<img src=x onerror=alert(1)>').text).toBe('<img src=x onerror=alert(1)>');
  });

  it('treats anything but a string as empty', () => {
    expect(cleanQuery(undefined)).toEqual({ text: '', truncated: false });
    expect(cleanQuery(42)).toEqual({ text: '', truncated: false });
  });
});

describe('tokenize and stop words', () => {
  it('lower-cases, splits hyphens and drops apostrophes', () => {
    expect(tokenize("The customer's Post-Mortem")).toEqual(['the', 'customers', 'post', 'mortem']);
  });

  it('knows the words of a plain-language question that carry no meaning', () => {
    expect(tokenize('how do I handle an angry customer').filter((word) => !isStopWord(word))).toEqual(['handle', 'angry', 'customer']);
  });

  it('ignores a plural s but not a double s', () => {
    expect(singular('slas')).toBe('sla');
    expect(singular('process')).toBe('process');
    expect(singular('kpis')).toBe('kpi');
    expect(singular('bus')).toBe('bus');
  });
});
