import { describe, expect, it } from 'vitest';
import {
  isRating,
  scoreAssessment,
  scoreQuick,
  scoreStage,
  stageBlockers,
  type Rating,
  type Ratings,
  type StageStatements,
} from '../../../src/lib/assessment/scoring';

/** The real shape: 30 statements, 5,5,5,5,6,4 per stage. */
const COUNTS = [5, 5, 5, 5, 6, 4];
const STAGES: StageStatements[] = COUNTS.map((count, index) => ({
  number: index + 1,
  ids: Array.from({ length: count }, (_, i) => `s${index + 1}-q${i + 1}`),
}));
const idsOf = (stage: number) => STAGES[stage - 1]!.ids;

/** Every statement of the given stages rated `rating`. */
function rateStages(stages: number[], rating: Rating, base: Ratings = {}): Record<string, Rating> {
  const out: Record<string, Rating> = { ...base };
  for (const stage of stages) for (const id of idsOf(stage)) out[id] = rating;
  return out;
}
const all3 = () => rateStages([1, 2, 3, 4, 5, 6], 3);

describe('scoreStage: rated, total, percent', () => {
  const stage: StageStatements = { number: 1, ids: ['s1-a', 's1-b', 's1-c', 's1-d'] };
  const cases: { name: string; ratings: Ratings; rated: number; total: number; percent: number | null; answered: number }[] = [
    { name: 'nothing answered', ratings: {}, rated: 0, total: 0, percent: null, answered: 0 },
    { name: 'all 1s', ratings: { 's1-a': 1, 's1-b': 1, 's1-c': 1, 's1-d': 1 }, rated: 4, total: 4, percent: 0, answered: 4 },
    { name: 'all 2s', ratings: { 's1-a': 2, 's1-b': 2, 's1-c': 2, 's1-d': 2 }, rated: 4, total: 8, percent: 0.5, answered: 4 },
    { name: 'all 3s', ratings: { 's1-a': 3, 's1-b': 3, 's1-c': 3, 's1-d': 3 }, rated: 4, total: 12, percent: 1, answered: 4 },
    { name: 'mixed with N/A', ratings: { 's1-a': 3, 's1-b': 2, 's1-c': 'na' }, rated: 2, total: 5, percent: 0.75, answered: 3 },
    { name: 'only N/A', ratings: { 's1-a': 'na', 's1-b': 'na' }, rated: 0, total: 0, percent: null, answered: 2 },
    { name: 'ids of other stages are ignored', ratings: { 's2-a': 1, 's1-a': 3 }, rated: 1, total: 3, percent: 1, answered: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const score = scoreStage(stage, c.ratings);
      expect(score.rated).toBe(c.rated);
      expect(score.total).toBe(c.total);
      expect(score.percent).toBe(c.percent);
      expect(score.answered).toBe(c.answered);
      expect(score.statements).toBe(4);
    });
  }

  it('ignores values that are not ratings and inherited keys', () => {
    const sneaky = Object.create({ 's1-a': 3 }) as Record<string, unknown>;
    sneaky['s1-b'] = 4;
    sneaky['s1-c'] = '3';
    expect(scoreStage(stage, sneaky as Ratings).answered).toBe(0);
  });
});

describe('scoreStage: established', () => {
  const five: StageStatements = { number: 2, ids: ['s2-a', 's2-b', 's2-c', 's2-d', 's2-e'] };
  const rate = (...values: (Rating | undefined)[]): Ratings =>
    Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[five.ids[i]!, v]])));
  const cases: { name: string; ratings: Ratings; established: boolean }[] = [
    { name: 'all 3s', ratings: rate(3, 3, 3, 3, 3), established: true },
    { name: 'a single 1 among 3s', ratings: rate(3, 3, 1, 3, 3), established: false },
    { name: 'average exactly 2.5 (3,3,2,2 + N/A)', ratings: rate(3, 3, 2, 2, 'na'), established: true },
    { name: 'average 2.6 (3,3,3,2,2)', ratings: rate(3, 3, 3, 2, 2), established: true },
    { name: 'average 2.4 (3,3,2,2,2)', ratings: rate(3, 3, 2, 2, 2), established: false },
    { name: 'all 2s', ratings: rate(2, 2, 2, 2, 2), established: false },
    { name: 'one unanswered, rest 3', ratings: rate(3, 3, 3, 3, undefined), established: false },
    { name: 'three N/A out of five (fewer than half rated)', ratings: rate(3, 3, 'na', 'na', 'na'), established: false },
    { name: 'two N/A out of five (more than half rated)', ratings: rate(3, 3, 3, 'na', 'na'), established: true },
    { name: 'all N/A', ratings: rate('na', 'na', 'na', 'na', 'na'), established: false },
    { name: 'nothing answered', ratings: {}, established: false },
  ];
  for (const c of cases) {
    it(c.name, () => expect(scoreStage(five, c.ratings).established).toBe(c.established));
  }

  it('half exactly counts as enough rated (2 of 4)', () => {
    const four: StageStatements = { number: 6, ids: ['s6-a', 's6-b', 's6-c', 's6-d'] };
    expect(scoreStage(four, { 's6-a': 3, 's6-b': 3, 's6-c': 'na', 's6-d': 'na' }).established).toBe(true);
    expect(scoreStage(four, { 's6-a': 3, 's6-b': 'na', 's6-c': 'na', 's6-d': 'na' }).established).toBe(false);
  });

  it('average 2.5 with six statements (3,3,3,2,2,2)', () => {
    const six: StageStatements = { number: 5, ids: ['s5-a', 's5-b', 's5-c', 's5-d', 's5-e', 's5-f'] };
    const ratings = { 's5-a': 3, 's5-b': 3, 's5-c': 3, 's5-d': 2, 's5-e': 2, 's5-f': 2 } as const;
    expect(scoreStage(six, ratings).average).toBe(2.5);
    expect(scoreStage(six, ratings).established).toBe(true);
  });

  it('a stage without statements is never established', () => {
    expect(scoreStage({ number: 1, ids: [] }, {}).established).toBe(false);
  });
});

describe('scoreAssessment: overall stage and ahead', () => {
  it('all 3s: every stage established, overall stage 6 (Predictive), nothing ahead', () => {
    const score = scoreAssessment(STAGES, all3());
    expect(score.overallStage).toBe(6);
    expect(score.stages.every((s) => s.established)).toBe(true);
    expect(score.stages.some((s) => s.ahead)).toBe(false);
    expect(score.answered).toBe(30);
    expect(score.statements).toBe(30);
  });

  it('nothing answered: stage 1', () => {
    const score = scoreAssessment(STAGES, {});
    expect(score.overallStage).toBe(1);
    expect(score.answered).toBe(0);
  });

  it('a single 1 in stage 1 holds everything at stage 1, and later established stages are ahead', () => {
    const ratings = { ...all3(), 's1-q3': 1 as const };
    const score = scoreAssessment(STAGES, ratings);
    expect(score.overallStage).toBe(1);
    expect(score.stages.filter((s) => s.ahead).map((s) => s.number)).toEqual([2, 3, 4, 5, 6]);
  });

  it('a single 1 in stage 3: overall 3, stages 4–6 ahead', () => {
    const score = scoreAssessment(STAGES, { ...all3(), 's3-q1': 1 });
    expect(score.overallStage).toBe(3);
    expect(score.stages.map((s) => s.ahead)).toEqual([false, false, false, true, true, true]);
  });

  it('the overall stage itself is never ahead, nor are stages before it', () => {
    const score = scoreAssessment(STAGES, { ...all3(), 's4-q2': 2, 's4-q3': 2, 's4-q4': 2 });
    expect(score.overallStage).toBe(4);
    expect(score.stages.slice(0, 4).every((s) => !s.ahead)).toBe(true);
    expect(score.stages[4]!.ahead && score.stages[5]!.ahead).toBe(true);
  });

  it('stage 5 not established, stage 6 established: overall 5, stage 6 ahead', () => {
    const score = scoreAssessment(STAGES, { ...all3(), 's5-q6': 1 });
    expect(score.overallStage).toBe(5);
    expect(score.stages[5]!.ahead).toBe(true);
  });

  it('only stage 6 open: overall 6', () => {
    expect(scoreAssessment(STAGES, { ...all3(), 's6-q1': 1 }).overallStage).toBe(6);
  });

  it('unanswered is not N/A: a gap in stage 2 keeps it open', () => {
    const ratings = all3();
    delete ratings['s2-q5'];
    expect(scoreAssessment(STAGES, ratings).overallStage).toBe(2);
    expect(scoreAssessment(STAGES, { ...ratings, 's2-q5': 'na' }).overallStage).toBe(6);
  });

  it('an average of 2.4 in stage 2 keeps it open; 2.5 does not', () => {
    const low = { ...all3(), 's2-q1': 2, 's2-q2': 2, 's2-q3': 2 } as Ratings; // 3,3,2,2,2 → 2.4
    expect(scoreAssessment(STAGES, low).overallStage).toBe(2);
    const enough = { ...all3(), 's2-q1': 2, 's2-q2': 2, 's2-q3': 'na' } as Ratings; // 3,3,2,2 → 2.5
    expect(scoreAssessment(STAGES, enough).overallStage).toBe(6);
  });

  it('sorts stages by number whatever order they come in', () => {
    const reversed = [...STAGES].reverse();
    expect(scoreAssessment(reversed, { ...all3(), 's2-q1': 1 }).stages.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(scoreAssessment(reversed, { ...all3(), 's2-q1': 1 }).overallStage).toBe(2);
  });

  it('with no stages at all the overall stage is 1', () => {
    expect(scoreAssessment([], {}).overallStage).toBe(1);
  });
});

describe('stageBlockers', () => {
  const stage = STAGES[2]!;
  it('lists 1s, unanswered, and 2s only when the average is too low', () => {
    const ratings: Ratings = { 's3-q1': 1, 's3-q2': 2, 's3-q3': 3, 's3-q4': 3 };
    const blockers = stageBlockers(stage, ratings);
    expect(blockers.notInPlace).toEqual(['s3-q1']);
    expect(blockers.unanswered).toEqual(['s3-q5']);
    expect(blockers.averageTooLow).toBe(true); // 9 / 4 = 2.25
    expect(blockers.partly).toEqual(['s3-q2']);
  });
  it('does not blame 2s when the average is fine', () => {
    const blockers = stageBlockers(stage, { 's3-q1': 3, 's3-q2': 2, 's3-q3': 3, 's3-q4': 3, 's3-q5': 3 });
    expect(blockers.partly).toEqual([]);
    expect(blockers.averageTooLow).toBe(false);
  });
  it('says when too few are rated', () => {
    const blockers = stageBlockers(stage, { 's3-q1': 3, 's3-q2': 3, 's3-q3': 'na', 's3-q4': 'na', 's3-q5': 'na' });
    expect(blockers.tooFewRated).toBe(true);
    expect(blockers.notInPlace).toEqual([]);
  });
});

describe('isRating', () => {
  it('accepts exactly 1, 2, 3 and "na"', () => {
    for (const good of [1, 2, 3, 'na']) expect(isRating(good)).toBe(true);
    for (const bad of [0, 4, '1', 'NA', null, undefined, 2.5, NaN, {}]) expect(isRating(bad)).toBe(false);
  });
});

describe('scoreQuick (quick scorecard)', () => {
  it('the overall stage is the lowest pick; areas above it are ahead', () => {
    const score = scoreQuick({ tools: 3, insights: 2, expectations: 4, focus: 2, staffing: 5 });
    expect(score.overallStage).toBe(2);
    expect(score.ahead).toEqual(['tools', 'expectations', 'staffing']);
    expect(score.holdingBack).toEqual(['insights', 'focus']);
  });
  it('all picks equal: nothing ahead', () => {
    const score = scoreQuick({ tools: 4, insights: 4, expectations: 4, focus: 4, staffing: 4 });
    expect(score.overallStage).toBe(4);
    expect(score.ahead).toEqual([]);
  });
  it('no overall stage until all five areas are picked', () => {
    const score = scoreQuick({ tools: 1, insights: 6 });
    expect(score.overallStage).toBeNull();
    expect(score.lowestSoFar).toBe(1);
    expect(score.picked).toBe(2);
    expect(score.ahead).toEqual([]);
  });
  it('nothing picked', () => {
    expect(scoreQuick({})).toMatchObject({ overallStage: null, lowestSoFar: null, picked: 0 });
  });
  it('ignores picks outside 1–6', () => {
    const score = scoreQuick({ tools: 0, insights: 7, expectations: 2.5, focus: 3, staffing: 3 } as never);
    expect(score.picked).toBe(2);
    expect(score.overallStage).toBeNull();
  });
  it('a pick of 6 everywhere is stage 6', () => {
    expect(scoreQuick({ tools: 6, insights: 6, expectations: 6, focus: 6, staffing: 6 }).overallStage).toBe(6);
  });
});
