import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findJargon, parseJargon, phraseKey } from '../../../src/lib/search/jargon';
import { glossaryId, parseGlossary, parsePageLink } from '../../../src/lib/search/glossary';
import { tokenize } from '../../../src/lib/search/query';

const jargon = parseJargon({
  groups: [
    { terms: ['swarming'], typed: ['team-based support'] },
    { terms: ['tiered support'], typed: ['L1'] },
    { terms: ['kickoff', 'kick-off meeting'] },
  ],
});
const entry = (term: string, extra: Record<string, unknown> = {}) => ({
  term,
  definition: `What ${term} means, in one sentence.`,
  page: '/practices/swarming-vs-tiered-support/',
  ...extra,
});
const valid = () => [entry('swarming', { opposite: ['tiered support'] }), entry('tiered support'), entry('kickoff')];

describe('parseGlossary', () => {
  it('joins each term to its synonyms and shows relations on both entries', () => {
    const entries = parseGlossary({ terms: valid() }, jargon);
    expect(entries.map((e) => e.term)).toEqual(['kickoff', 'swarming', 'tiered support']);
    const tiered = entries.find((e) => e.term === 'tiered support');
    expect(tiered?.alsoCalled).toEqual(['L1']);
    expect(tiered?.opposite).toEqual([{ term: 'swarming', id: 'swarming' }]);
    expect(entries.find((e) => e.term === 'kickoff')?.alsoCalled).toEqual(['kick-off meeting']);
    expect(entries.find((e) => e.term === 'swarming')?.pageRef).toEqual({ section: 'practices', slug: 'swarming-vs-tiered-support' });
  });

  it.each([
    ['no list', null, /top-level "terms" list/],
    ['a missing definition', [entry('swarming', { definition: '' }), entry('tiered support'), entry('kickoff')], /terms\[0\]\.definition/],
    ['two sentences', [entry('swarming', { definition: 'One thing. Another thing.' }), entry('tiered support'), entry('kickoff')], /one sentence/],
    ['no full stop', [entry('swarming', { definition: 'A way of working' }), entry('tiered support'), entry('kickoff')], /full stop/],
    ['a term that starts no group', [...valid(), entry('escalation')], /"escalation" is not the first term/],
    ['a group without an entry', [entry('swarming'), entry('tiered support')], /no entry for "kickoff"/],
    ['a relation to its own synonym', [entry('swarming', { seeAlso: ['team-based support'] }), entry('tiered support'), entry('kickoff')], /synonym of "swarming"/],
    ['a relation to an unknown term', [entry('swarming', { seeAlso: ['escalation'] }), entry('tiered support'), entry('kickoff')], /seeAlso\[0\] "escalation" is not a glossary term/],
    ['see also and opposite at once', [entry('swarming', { opposite: ['tiered support'] }), entry('tiered support', { seeAlso: ['swarming'] }), entry('kickoff')], /both see also and opposite/],
    ['a page outside the site sections', [entry('swarming', { page: 'https://example.com/' }), entry('tiered support'), entry('kickoff')], /terms\[0\]\.page/],
  ])('rejects %s, saying where', (_name, terms, message) => {
    expect(() => parseGlossary(terms === null ? null : { terms }, jargon)).toThrow(message);
  });

  it('reads page links of the four sections only', () => {
    expect(parsePageLink('/metrics/churn/')).toEqual({ section: 'metrics', slug: 'churn' });
    expect(parsePageLink('/search/churn/')).toBeUndefined();
    expect(parsePageLink('/metrics/churn')).toBeUndefined();
    expect(glossaryId('Post-mortem & RCA')).toBe('post-mortem-rca');
  });
});

describe('src/data/glossary.yaml with src/data/jargon.yaml', () => {
  const realJargon = parseJargon(parseYaml(readFileSync('src/data/jargon.yaml', 'utf8')));
  const raw = parseYaml(readFileSync('src/data/glossary.yaml', 'utf8')) as { terms: { term: string; definition?: string; page?: string; seeAlso?: string[]; opposite?: string[] }[] };
  const entries = parseGlossary(raw, realJargon);

  it('defines every term in one sentence and links it to a page that exists', () => {
    expect(entries.length).toBe(realJargon.groups.length);
    for (const e of entries) {
      expect(e.definition.length, e.term).toBeGreaterThan(30);
      const folder = e.pageRef.section === 'playbook' ? 'playbook' : e.pageRef.section;
      expect(existsSync(join('content', folder, `${e.pageRef.slug}.mdx`)), `${e.term} → ${e.page}`).toBe(true);
    }
  });

  it('never lists a synonym pair as opposite or see also', () => {
    // Read from the files directly, not through the parser: the group of each word, then each relation.
    const groupsOf = (word: string) =>
      realJargon.groups.flatMap((group, index) => ([...group.terms, ...group.typed].some((w) => phraseKey(w) === phraseKey(word)) ? [index] : []));
    let relations = 0;
    for (const item of raw.terms) {
      for (const other of [...(item.seeAlso ?? []), ...(item.opposite ?? [])]) {
        relations += 1;
        const shared = groupsOf(item.term).filter((index) => groupsOf(other).includes(index));
        expect(shared, `"${item.term}" and "${other}" are synonyms in jargon.yaml and related in glossary.yaml`).toEqual([]);
      }
    }
    expect(relations).toBeGreaterThan(10);
  });

  it('keeps opposites and related ideas out of query expansion', () => {
    const alternativesOf = (query: string) => findJargon(tokenize(query), realJargon)[0]?.alternatives ?? [];
    const pairs: [string, string][] = [
      ['swarming', 'tiered support'],
      ['kickoff', 'onboarding'],
      ['champion', 'executive sponsor'],
      ['unhappy customer', 'escalation'],
      ['at-risk', 'save plan'],
      ['pricing objection', 'discount'],
      ['self-help', 'deflection'],
    ];
    for (const [a, b] of pairs) {
      expect(alternativesOf(a), `${a} → ${b}`).not.toContain(b);
      expect(alternativesOf(b), `${b} → ${a}`).not.toContain(a);
    }
    expect(entries.find((e) => e.term === 'swarming')?.opposite.map((o) => o.term)).toEqual(['tiered support']);
  });
});
