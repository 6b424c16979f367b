import { describe, expect, it } from 'vitest';
import { buildCatalogue, decodeGuide, shortName, toStageStatements, type SourceStage } from '../../../src/lib/assessment/catalogue';
import { nextSteps, ninetyDayPlan } from '../../../src/lib/assessment/plan';
import { compareScores, trendPoints } from '../../../src/lib/assessment/snapshots';
import { median, summariseTeam } from '../../../src/lib/assessment/team';
import { scoreAssessment, type Ratings, type StageStatements } from '../../../src/lib/assessment/scoring';

const STAGES: StageStatements[] = [
  { number: 1, ids: ['s1-a', 's1-b'] },
  { number: 2, ids: ['s2-a', 's2-b', 's2-c'] },
  { number: 3, ids: ['s3-a', 's3-b'] },
];

describe('next steps and the 90-day plan', () => {
  const ratings: Ratings = { 's1-a': 3, 's1-b': 3, 's2-a': 2, 's2-b': 1, 's2-c': 3, 's3-a': 1, 's3-b': 2 };
  it('lists 1s and 2s of the overall stage and the one after: by stage, then "not in place" before "partly"', () => {
    expect(nextSteps(STAGES, ratings, 2)).toEqual([
      { id: 's2-b', stage: 2, rating: 1 },
      { id: 's2-a', stage: 2, rating: 2 },
      { id: 's3-a', stage: 3, rating: 1 },
      { id: 's3-b', stage: 3, rating: 2 },
    ]);
  });
  it('keeps the page order among statements of the same stage and rating', () => {
    const stages: StageStatements[] = [{ number: 1, ids: ['s1-a', 's1-b', 's1-c', 's1-d'] }];
    expect(nextSteps(stages, { 's1-a': 2, 's1-b': 1, 's1-c': 2, 's1-d': 1 }, 1).map((s) => s.id)).toEqual(['s1-b', 's1-d', 's1-a', 's1-c']);
  });
  it('leaves out other stages, 3s, N/A and unanswered', () => {
    expect(nextSteps(STAGES, { 's1-a': 1, 's2-a': 'na', 's2-c': 3 }, 2)).toEqual([]);
  });
  it('the plan puts the overall stage first and "not in place" before "partly"', () => {
    const plan = ninetyDayPlan(nextSteps(STAGES, ratings, 2));
    expect(plan.map((p) => [p.firstDay, p.lastDay])).toEqual([[1, 30], [31, 60], [61, 90]]);
    expect(plan.flatMap((p) => p.steps.map((s) => s.id))).toEqual(['s2-b', 's2-a', 's3-a', 's3-b']);
    expect(plan.map((p) => p.steps.length)).toEqual([2, 2, 0]);
  });
  it('an empty list gives three empty phases', () => {
    expect(ninetyDayPlan([]).every((p) => p.steps.length === 0)).toBe(true);
  });
});

describe('team summary', () => {
  const members = [
    { label: 'Ana', ratings: { 's1-a': 3, 's1-b': 3, 's2-a': 1 } as Ratings },
    { label: 'Ben', ratings: { 's1-a': 1, 's1-b': 'na', 's2-a': 2 } as Ratings },
    { label: 'Cy', ratings: { 's1-a': 3, 's1-b': 3, 's2-a': 3, 's2-b': 3, 's2-c': 3 } as Ratings },
  ];
  const summary = summariseTeam(STAGES, members);
  it('counts the spread per statement', () => {
    expect(summary.spreads.find((s) => s.id === 's1-a')).toMatchObject({ counts: { 1: 1, 2: 0, 3: 2, na: 0, unanswered: 0 }, lowest: 1, highest: 3, differsByTwo: true });
    expect(summary.spreads.find((s) => s.id === 's1-b')).toMatchObject({ counts: { 1: 0, 2: 0, 3: 2, na: 1, unanswered: 0 }, differsByTwo: false });
    expect(summary.spreads.find((s) => s.id === 's2-b')).toMatchObject({ counts: { unanswered: 2, 3: 1 }, lowest: 3, highest: 3 });
  });
  it('flags statements two points apart', () => {
    expect(summary.spreads.filter((s) => s.differsByTwo).map((s) => s.id)).toEqual(['s1-a', 's2-a']);
  });
  it("gives each person's overall stage and the median", () => {
    expect(summary.members.map((m) => m.overallStage)).toEqual([2, 1, 3]);
    expect(summary.medianStage).toBe(2);
  });
  it('median of an even count lies between the middle two', () => {
    expect(median([1, 4])).toBe(2.5);
    expect(median([3, 1, 2, 2])).toBe(2);
    expect(median([])).toBeNull();
  });
  it('nobody: empty summary', () => {
    expect(summariseTeam(STAGES, [])).toMatchObject({ members: [], medianStage: null });
  });
});

describe('snapshot comparison and trend', () => {
  const before = scoreAssessment(STAGES, { 's1-a': 2, 's1-b': 2 });
  const after = scoreAssessment(STAGES, { 's1-a': 3, 's1-b': 3, 's2-a': 3, 's2-b': 3, 's2-c': 2 });
  it('reports the per-stage change in percent points', () => {
    const comparison = compareScores(before, after);
    expect(comparison.overallBefore).toBe(1);
    expect(comparison.overallAfter).toBe(3);
    expect(comparison.stages[0]).toEqual({ number: 1, before: 0.5, after: 1, change: 50, establishedBefore: false, establishedAfter: true });
    expect(comparison.stages[1]!.change).toBeNull();
  });
  it('orders trend points by date', () => {
    const points = trendPoints(STAGES, [
      { id: 'b', name: 'Later', date: '2025-06-01T00:00:00.000Z', ratings: { 's1-a': 3, 's1-b': 3 }, notes: {} },
      { id: 'a', name: 'Earlier', date: '2025-01-01T00:00:00.000Z', ratings: {}, notes: {} },
    ]);
    expect(points.map((p) => [p.name, p.overallStage])).toEqual([['Earlier', 1], ['Later', 2]]);
    expect(points[1]!.answeredShare).toBeCloseTo(2 / 7);
  });
});

describe('catalogue', () => {
  const stage = (number: number, id: string): SourceStage => ({
    id,
    data: {
      number,
      name: id,
      summary: `About ${id}.`,
      statements: [{ id: `s${number}-x`, text: 'T', action: 'A', practices: ['exists', 'missing'], plays: ['play'], metrics: ['gone'] }],
    },
  });
  it('sorts stages and links only to entries that exist', () => {
    const { catalogue, guide } = buildCatalogue(
      [stage(2, 'formal'), stage(1, 'reactive')],
      { practices: new Map([['exists', 'A practice']]), plays: new Map([['play', 'A play']]), metrics: new Map() },
      (path) => `/base${path}`,
    );
    expect(catalogue.map((s) => s.number)).toEqual([1, 2]);
    expect(catalogue[0]!.href).toBe('/base/stages/reactive/');
    expect(guide.statements['s1-x']!.links).toEqual([
      { kind: 'Practice', label: 'A practice', href: '/base/practices/exists/' },
      { kind: 'Play', label: 'A play', href: '/base/playbook/play/' },
    ]);
    expect(toStageStatements(catalogue)).toEqual([{ number: 1, ids: ['s1-x'] }, { number: 2, ids: ['s2-x'] }]);
  });
  it('keeps the guide (summaries, actions, links) out of the catalogue the page carries', () => {
    const { catalogue, guide } = buildCatalogue([stage(1, 'reactive')], { practices: new Map(), plays: new Map(), metrics: new Map() }, (path) => path);
    expect(catalogue).toEqual([{ number: 1, name: 'reactive', href: '/stages/reactive/', statements: [{ id: 's1-x', text: 'T' }] }]);
    expect(guide).toEqual({ summaries: { 1: 'About reactive.' }, statements: { 's1-x': { action: 'A', links: [] } } });
    expect(decodeGuide(JSON.parse(JSON.stringify(guide)))).toEqual(guide);
  });
  it('a fetched guide that is not one is refused', () => {
    const good = { summaries: { 1: 'S' }, statements: { 's1-x': { action: 'A', links: [{ kind: 'Play', label: 'L', href: '/p/' }] } } };
    expect(decodeGuide(good)).toEqual(good);
    for (const bad of [
      null,
      [],
      '<!doctype html>',
      { summaries: {} },
      { summaries: { 1: 2 }, statements: {} },
      { summaries: {}, statements: { 's1-x': { action: 'A' } } },
      { summaries: {}, statements: { 's1-x': { action: 'A', links: [{ kind: 'Video', label: 'L', href: '/v/' }] } } },
    ]) {
      expect(decodeGuide(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
  it('short names read well', () => {
    expect(shortName('s3-segment-tiers')).toBe('Segment tiers');
    expect(shortName('s1-response-slas')).toBe('Response SLAs');
    expect(shortName('s2-crm-reporting')).toBe('CRM reporting');
    expect(shortName('s6-realtime-voc')).toBe('Realtime VoC');
  });
});
