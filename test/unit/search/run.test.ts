import { describe, expect, it } from 'vitest';
import { parseJargon } from '../../../src/lib/search/jargon';
import { runSearch, type EngineHit, type FilterSelection, type SearchEngine } from '../../../src/lib/search/run';

const jargon = parseJargon({ groups: [{ terms: ['first contact resolution', 'FCR'] }] });

/** A fake index: each query string maps to [page id, score] pairs; the log records what was asked. */
function fakeEngine(answers: Record<string, [string, number][]>) {
  const log: { query: string | null; filters: FilterSelection }[] = [];
  const engine: SearchEngine<string> = {
    async search(query, filters) {
      log.push({ query, filters });
      const rows = query === null ? [['listed', 1] as [string, number]] : (answers[query] ?? []);
      return rows.map(([id, score]): EngineHit<string> => ({ id, score, data: async () => id }));
    },
  };
  return { engine, log };
}

describe('runSearch', () => {
  it('merges the query and its jargon rewrites, keeping each page once at its best weighted score', async () => {
    const { engine } = fakeEngine({ fcr: [['mentions-fcr', 5]], 'first contact resolution': [['fcr-metric', 20], ['mentions-fcr', 2]] });
    const outcome = await runSearch(engine, 'FCR', {}, { jargon });
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['fcr-metric', 'mentions-fcr']);
    expect(outcome.hits[1]?.score).toBe(5);
  });

  it('corrects an unknown word before trusting its results', async () => {
    const { engine, log } = fakeEngine({ chrun: [['noise', 3]], churn: [['churn-metric', 10]] });
    const outcome = await runSearch(engine, 'chrun', {}, { jargon, loadVocabulary: async () => ['churn'] });
    expect(outcome.corrections).toEqual([{ from: 'chrun', to: 'churn' }]);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['churn-metric']);
    expect(log.map((entry) => entry.query)).toEqual(['chrun', 'churn']);
  });

  it('ranks pages by the parts of the query they match, rarer parts counting for more', async () => {
    // 'renewal' is on three pages, 'discount' on one: the page with only the rare word beats the one with only the common word.
    const { engine } = fakeEngine({
      'renewal discount': [['both', 9]],
      renewal: [['both', 5], ['renewal-only', 4], ['third', 1]],
      discount: [['both', 6], ['discount-only', 6]],
    });
    const outcome = await runSearch(engine, 'renewal discount', {}, { jargon });
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['both', 'discount-only', 'renewal-only', 'third']);
    expect(outcome.hits.map((hit) => hit.matchedAll)).toEqual([true, false, false, false]);
    expect(outcome.partial).toBe(true);
  });

  it('does not let a rarely used synonym outweigh the word typed', async () => {
    // Few pages say "FCR", so their raw scores are high; scaled to each search's best page, they count as one part like any other.
    const { engine } = fakeEngine({
      'fcr email': [],
      'first contact resolution email': [['metric', 3]],
      fcr: [['alias-page', 40]],
      'first contact resolution': [['metric', 10]],
      email: [['metric', 2], ['alias-page', 1]],
    });
    const outcome = await runSearch(engine, 'FCR email', {}, { jargon });
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['metric', 'alias-page']);
  });

  it('keeps the whole-query hit of a page, whose excerpt shows every word', async () => {
    const { engine } = fakeEngine({ 'renewal discount': [['both', 9]], renewal: [['both', 5]], discount: [['both', 6]] });
    const outcome = await runSearch(engine, 'renewal discount', {}, { jargon });
    expect(await outcome.hits[0]?.hit.data()).toBe('both');
    expect(outcome.hits[0]?.hit.score).toBe(9);
    expect(outcome.partial).toBe(false);
  });

  it('passes filters to every search, and lists by filters alone without a query', async () => {
    const { engine, log } = fakeEngine({});
    const filters = { type: ['Metric'] };
    const outcome = await runSearch(engine, '', filters, { jargon });
    expect(outcome.filtersOnly).toBe(true);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['listed']);
    expect(log).toEqual([{ query: null, filters }]);
  });

  it('does nothing for an empty query without filters', async () => {
    const { engine, log } = fakeEngine({});
    expect((await runSearch(engine, '', {}, { jargon })).hits).toEqual([]);
    expect(log).toEqual([]);
  });
});
