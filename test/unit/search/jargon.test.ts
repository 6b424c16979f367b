import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import jargonModule from '../../../src/data/jargon.yaml';
import { findJargon, parseJargon, phraseKey } from '../../../src/lib/search/jargon';
import { tokenize } from '../../../src/lib/search/query';

const sample = parseJargon({
  groups: [
    { terms: ['first contact resolution', 'FCR'], typed: ['solved first time'] },
    { terms: ['outage', 'incident', 'crisis'], typed: ['downtime'] },
    { terms: ['post-mortem', 'RCA'] },
  ],
});

describe('parseJargon', () => {
  it('rejects data without a groups list, naming what is wrong', () => {
    expect(() => parseJargon(null)).toThrow(/groups/);
    expect(() => parseJargon({ groups: [{ typed: ['x'] }] })).toThrow(/groups\[0\]\.terms/);
    expect(() => parseJargon({ groups: [{ terms: [] }] })).toThrow(/at least one term/);
    expect(() => parseJargon({ groups: [{ terms: ['ok', { nested: true }] }] })).toThrow(/groups\[0\]\.terms\[1\]/);
    expect(() => parseJargon({ groups: [{ terms: ['--'] }] })).toThrow(/no letters or digits/);
  });

  it('reads numbers YAML produced as words', () => {
    expect(parseJargon({ groups: [{ terms: ['tier', 1] }] }).groups[0]?.terms).toEqual(['tier', '1']);
  });

  it('keys phrases by lower-case words, hyphens as spaces, plural s dropped', () => {
    expect(phraseKey('Post-Mortems')).toBe('post mortem');
    expect(phraseKey('SLAs')).toBe('sla');
    expect(sample.words.has('fcr')).toBe(true);
  });
});

describe('findJargon', () => {
  it('matches an abbreviation and offers the full term', () => {
    const [match] = findJargon(tokenize('FCR'), sample);
    expect(match?.alternatives).toEqual(['first contact resolution']);
    expect(match?.siteTerm).toBe('first contact resolution');
  });

  it('prefers the longest phrase and ignores case, hyphens and plurals', () => {
    const matches = findJargon(tokenize('First-Contact Resolutions rate'), sample);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ start: 0, length: 3, alternatives: ['fcr'] });
  });

  it('leads typed words into their group one way only', () => {
    expect(findJargon(tokenize('downtime'), sample)[0]?.alternatives).toEqual(['outage', 'incident', 'crisis']);
    expect(findJargon(tokenize('outage'), sample)[0]?.alternatives).toEqual(['incident', 'crisis']);
  });

  it('finds several phrases in one query', () => {
    const matches = findJargon(tokenize('RCA after an outage'), sample);
    expect(matches.map((match) => match.phrase)).toEqual(['rca', 'outage']);
  });
});

describe('src/data/jargon.yaml', () => {
  const data = parseYaml(readFileSync('src/data/jargon.yaml', 'utf8'));
  const jargon = parseJargon(data);

  it('parses, and reaches the browser bundle as the same data', () => {
    expect(jargon.groups.length).toBeGreaterThan(20);
    expect(jargonModule).toEqual(data);
  });

  it('covers the terms the issue names', () => {
    const expectations: [string, string][] = [
      ['FCR', 'first contact resolution'],
      ['QBR', 'quarterly business review'],
      ['CSAT', 'customer satisfaction'],
      ['NPS', 'net promoter score'],
      ['NRR', 'net recurring revenue'],
      ['TTR', 'time to resolution'],
      ['service level agreement', 'sla'],
      ['KB', 'knowledge base'],
      ['RCA', 'post-mortem'],
      ['outage', 'incident'],
      ['incident', 'crisis'],
      ['kick-off', 'kickoff'],
      ['welcome call', 'kickoff'],
      ['churn', 'cancellation'],
      ['ticket', 'case'],
    ];
    for (const [typed, expected] of expectations) {
      const [match] = findJargon(tokenize(typed), jargon);
      expect(match?.alternatives, typed).toContain(expected.toLowerCase());
    }
  });

  it('lists each equivalent term in one group only', () => {
    const seen = new Map<string, number>();
    jargon.groups.forEach((group, index) => {
      for (const term of group.terms) {
        const key = phraseKey(term);
        expect(seen.has(key), `"${term}" is in groups ${seen.get(key)} and ${index}`).toBe(false);
        seen.set(key, index);
      }
    });
  });

  it("starts each group with a term the site's content actually uses", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.(mdx?|ya?ml)$/.test(name) ? [path] : [];
      });
    const content = ` ${phraseKey(files('content').map((file) => readFileSync(file, 'utf8')).join(' '))} `;
    const missing = jargon.groups.map((group) => group.terms[0] ?? '').filter((term) => !content.includes(` ${phraseKey(term)} `));
    expect(missing, 'first terms that appear nowhere in content/').toEqual([]);
  });
});
