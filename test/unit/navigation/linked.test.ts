import { describe, expect, it } from 'vitest';
import { linkedBothWays } from '../../../src/lib/navigation/linked';

const entry = (id: string, data: Record<string, unknown> = {}, collection = 'playbook') => ({ id, collection, data });

describe('linkedBothWays', () => {
  const kickoff = entry('kickoff', { plays: ['renewal'] });
  const renewal = entry('renewal', { plays: [] });
  const qbr = entry('qbr', { plays: ['kickoff', 'kickoff'] });
  const churn = entry('churn', { plays: 'kickoff' });
  const plays = [churn, kickoff, qbr, renewal];

  it('lists what the page names and what names the page, in the list order, once each, without the page', () => {
    expect(linkedBothWays(plays, kickoff, ['renewal', 'qbr', 'kickoff'], 'plays').map((e) => e.id)).toEqual(['qbr', 'renewal']);
  });

  it('ignores a field that is not a list, and slugs that name nothing', () => {
    expect(linkedBothWays(plays, renewal, ['missing'], 'plays').map((e) => e.id)).toEqual(['kickoff']);
  });

  it('keeps an entry of another collection with the same slug as the page', () => {
    const metrics = [entry('kickoff', { plays: ['kickoff'] }, 'metrics')];
    expect(linkedBothWays(metrics, kickoff, [], 'plays').map((e) => `${e.collection}/${e.id}`)).toEqual(['metrics/kickoff']);
  });

  it('answers for each list and field on its own (an index built for one never answers for another)', () => {
    expect(linkedBothWays(plays, renewal, [], 'plays').map((e) => e.id)).toEqual(['kickoff']);
    const other = [entry('kickoff', { plays: [] }), entry('upsell', { plays: ['renewal'], metrics: ['renewal'] })];
    expect(linkedBothWays(other, renewal, [], 'plays').map((e) => e.id)).toEqual(['upsell']);
    expect(linkedBothWays(other, renewal, [], 'metrics').map((e) => e.id)).toEqual(['upsell']);
    expect(linkedBothWays(other, renewal, [], 'stages')).toEqual([]);
  });
});
