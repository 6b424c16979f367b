import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quickResultViews, readPageSummaries, toPagefindFilters, toResultView } from '../../../src/lib/search/pagefind';
import { popularSlugs, popularTerms, resolvePopular } from '../../../src/lib/search/suggestions';
import { chunkVocabulary, vocabularyChunk, vocabularyFor, vocabularyOf } from '../../../src/lib/search/vocabulary';

describe('vocabulary', () => {
  it('lists the words of four letters or more, most frequent first, ties alphabetical', () => {
    expect(vocabularyOf(['Churn & renewal. Churn again', 'CSAT: churn, élan, 2024 NPS renewal'])).toEqual(['churn', 'renewal', 'again', 'csat', 'élan']);
  });

  it('splits by first letter and reads back only the chunks a query needs', async () => {
    const chunks = chunkVocabulary(['churn', 'case', 'renewal', 'élan', '2024x']);
    expect(chunks.size).toBe(27);
    expect(chunks.get('c')).toEqual(['churn', 'case']);
    expect(chunks.get('other')).toEqual(['élan', '2024x']);
    expect(chunks.get('z')).toEqual([]);
    expect(vocabularyChunk('Churn')).toBe('c');
    const asked: string[] = [];
    const words = await vocabularyFor(['chrun', 'cases', 'fcr'], async (key) => {
      asked.push(key);
      return chunks.get(key) ?? [];
    });
    expect(asked).toEqual(['c']);
    expect(words).toEqual(['churn', 'case']);
  });
});

describe('Pagefind adapter', () => {
  it('turns filter choices into "any of" filters, leaving empty ones out', () => {
    expect(toPagefindFilters({ type: ['Play', 'Metric'], stage: [] })).toEqual({ type: { any: ['Play', 'Metric'] } });
  });

  it('builds a result with highlight links and deep-linked sections only', () => {
    const view = toResultView('1', {
      url: '/playbook/kickoff-call/',
      excerpt: 'Run the <mark>kickoff</mark> call',
      meta: { title: 'Kickoff call', type: 'Play' },
      sub_results: [
        { title: 'Kickoff call', url: '/playbook/kickoff-call/', excerpt: 'top' },
        { title: 'Steps', url: '/playbook/kickoff-call/#steps', excerpt: 'Open the <mark>kickoff</mark>' },
      ],
    }, ['kickoff']);
    expect(view).toMatchObject({ title: 'Kickoff call', type: 'Play', url: '/playbook/kickoff-call/?highlight=kickoff' });
    expect(view.sections).toEqual([{ url: '/playbook/kickoff-call/?highlight=kickoff#steps', title: 'Steps', excerpt: [{ text: 'Open the ', marked: false }, { text: 'kickoff', marked: true }] }]);
  });
});

describe('page summaries (pagefind/pages.json)', () => {
  it('keep only well-formed entries', () => {
    const summaries = readPageSummaries({ a: ['/metrics/churn/', 'Churn', 'Metric'], b: ['/x/', 3, 'Page'], c: 'nope' });
    expect([...summaries.keys()]).toEqual(['a']);
    expect(readPageSummaries(null).size).toBe(0);
  });

  it('give titled results under the base path before any excerpt loads', () => {
    const summaries = readPageSummaries({ a: ['/metrics/churn/', 'Churn', 'Metric'] });
    expect(quickResultViews(['a'], summaries, '/playbook/', ['churn'])).toEqual([
      { id: 'a', url: '/playbook/metrics/churn/?highlight=churn', title: 'Churn', type: 'Metric', excerpt: [], sections: [] },
    ]);
    expect(quickResultViews(['a', 'unknown'], summaries, '/', [])).toBeUndefined();
    expect(quickResultViews([], summaries, '/', [])).toEqual([]);
  });
});

describe('popular plays', () => {
  const plays = [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }, { id: 'd', title: 'D' }];
  const href = (slug: string) => `/playbook/${slug}/`;

  it('keeps the file order, skips unknown slugs and tops up from the playbook', () => {
    expect(resolvePopular(['c', 'gone'], plays, href).map((link) => link.title)).toEqual(['C', 'A', 'B']);
  });

  it('reads the slugs from src/data/search-suggestions.yaml', () => {
    const slugs = popularSlugs(parseYaml(readFileSync('src/data/search-suggestions.yaml', 'utf8')));
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    expect(popularSlugs({ popularPlays: ['x', 3, ''] })).toEqual(['x']);
    expect(popularSlugs(null)).toEqual([]);
    expect(popularTerms(parseYaml(readFileSync('src/data/search-suggestions.yaml', 'utf8')))).toContain('onboarding');
  });

  it('names only plays that exist in content/playbook/', () => {
    const slugs = popularSlugs(parseYaml(readFileSync('src/data/search-suggestions.yaml', 'utf8')));
    const missing = slugs.filter((slug) => {
      try {
        readFileSync(`content/playbook/${slug}.mdx`);
        return false;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});
