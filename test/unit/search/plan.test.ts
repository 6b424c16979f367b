import { describe, expect, it } from 'vitest';
import { parseJargon } from '../../../src/lib/search/jargon';
import { MAX_VARIANTS, planPartSearches, planSearch } from '../../../src/lib/search/plan';

const jargon = parseJargon({
  groups: [
    { terms: ['first contact resolution', 'FCR'] },
    { terms: ['outage', 'incident', 'crisis'], typed: ['downtime'] },
    { terms: ['kickoff', 'onboarding'], typed: ['welcome call'] },
    { terms: ['case', 'ticket'] },
  ],
});

describe('planSearch', () => {
  it('searches the query first, then each jargon rewrite at a lower weight', () => {
    const plan = planSearch('FCR', jargon);
    expect(plan.variants.map((variant) => variant.query)).toEqual(['fcr', 'first contact resolution']);
    expect(plan.variants[0]?.weight).toBe(1);
    expect(plan.variants[1]?.weight).toBeLessThan(1);
  });

  it('keeps the other words of the query around a rewritten phrase', () => {
    const plan = planSearch('outage email', jargon);
    expect(plan.variants.map((variant) => variant.query)).toEqual(['outage email', 'incident email', 'crisis email']);
    // Only what was typed is marked; the synonyms are searched, not highlighted.
    expect(plan.highlightTerms).toEqual(['outage', 'email']);
    expect(plan.relatedTerms).toEqual(['incident', 'crisis']);
  });

  it('gives a typed-only phrase full weight for its synonyms', () => {
    const plan = planSearch('downtime', jargon);
    expect(plan.variants.slice(1).every((variant) => variant.weight === 1)).toBe(true);
    expect(plan.relatedTerms).toContain('outage');
  });

  it('drops stop words from plain-language questions', () => {
    const plan = planSearch('how do I plan a welcome call', jargon);
    expect(plan.keywords).toEqual(['plan', 'welcome', 'call']);
    expect(plan.variants.map((variant) => variant.query)).toEqual(['plan welcome call', 'plan kickoff', 'plan onboarding']);
  });

  it('rewrites every phrase at once as well, and never runs more than the cap', () => {
    const plan = planSearch('outage ticket kickoff fcr downtime case', jargon);
    expect(plan.variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
    const two = planSearch('outage ticket', jargon);
    expect(two.variants.map((variant) => variant.query)).toContain('incident case');
  });

  it('splits the query into parts for word-by-word matching', () => {
    const parts = planPartSearches(planSearch('fcr email', jargon), jargon);
    expect(parts.map((part) => part.map((variant) => variant.query))).toEqual([['fcr', 'first contact resolution'], ['email']]);
    expect(parts[0]?.map((variant) => variant.weight)).toEqual([1, 0.75]);
  });

  it('searches a typed-only phrase mainly as the site words it stands for', () => {
    const [part] = planPartSearches(planSearch('downtime', jargon), jargon);
    expect(part?.map((variant) => [variant.query, variant.weight])).toEqual([['downtime', 0.75], ['outage', 1], ['incident', 1], ['crisis', 1]]);
  });

  it('marks a typed jargon phrase as typed, without its stop words', () => {
    expect(planSearch('how do I plan a welcome call', jargon).highlightTerms).toEqual(['plan', 'welcome', 'call']);
    expect(planSearch('downtime', jargon).highlightTerms).toEqual(['downtime']);
  });

  it('searches a stop-word-only query as typed', () => {
    expect(planSearch('how to', jargon).variants[0]?.query).toBe('how to');
  });
});
