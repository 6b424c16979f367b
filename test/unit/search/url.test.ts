import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState, type FacetGroup } from '../../../src/lib/search/url';

const facets: FacetGroup[] = [
  { name: 'type', label: 'Kind', options: [{ value: 'Play', label: 'Plays' }, { value: 'Metric', label: 'Metrics' }] },
  { name: 'stage', label: 'Stage', options: [{ value: 'Reactive', label: 'Reactive' }] },
];

describe('search page address', () => {
  it('round-trips query and filters', () => {
    const search = writeSearchState('outage email', { type: ['Metric', 'Play'], stage: ['Reactive'] }, facets);
    expect(search).toBe('?q=outage+email&type=Play&type=Metric&stage=Reactive');
    expect(readSearchState(search, facets)).toEqual({ query: 'outage email', filters: { type: ['Play', 'Metric'], stage: ['Reactive'] }, truncated: false });
  });

  it('drops unknown filters and values from a tampered link', () => {
    expect(readSearchState('?q=fcr&type=Nope&colour=red&type=Play&type=Play', facets).filters).toEqual({ type: ['Play'] });
  });

  it('cleans and caps the query', () => {
    const state = readSearchState(`?q=${'a'.repeat(10_000)}`, facets);
    expect(state.truncated).toBe(true);
    expect(state.query.length).toBeLessThanOrEqual(100);
    expect(readSearchState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', facets).query).toBe('<img src=x onerror=alert(1)>');
  });

  it('writes nothing for an empty search', () => {
    expect(writeSearchState('  ', {}, facets)).toBe('');
  });
});
