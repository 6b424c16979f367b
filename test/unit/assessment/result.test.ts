import { describe, expect, it } from 'vitest';
import { resultState } from '../../../src/lib/assessment/result';
import { scoreAssessment, type Rating, type StageStatements } from '../../../src/lib/assessment/scoring';

/** The real shape: 30 statements, 5,5,5,5,6,4 per stage. */
const COUNTS = [5, 5, 5, 5, 6, 4];
const STAGES: StageStatements[] = COUNTS.map((count, index) => ({
  number: index + 1,
  ids: Array.from({ length: count }, (_, i) => `s${index + 1}-q${i + 1}`),
}));

/** Ratings from one string per stage: "3", "2", "1", "n" (N/A) or "." (unanswered) per statement. */
function ratingsOf(...stages: string[]): Record<string, Rating> {
  const ratings: Record<string, Rating> = {};
  stages.forEach((marks, stage) => {
    [...marks].forEach((mark, i) => {
      if (mark !== '.') ratings[`s${stage + 1}-q${i + 1}`] = mark === 'n' ? 'na' : (Number(mark) as Rating);
    });
  });
  return ratings;
}
const stateOf = (...stages: string[]) => resultState(scoreAssessment(STAGES, ratingsOf(...stages)));

describe('resultState: no verdict before there is evidence', () => {
  it('nothing answered: waits for the five stage 1 statements', () => {
    expect(stateOf()).toEqual({ kind: 'waiting', stage: 1, unanswered: 5, started: false, established: [] });
  });

  it('stage 1 partly answered, even with a 1 among the answers: still waiting, with the count left', () => {
    expect(stateOf('13...')).toEqual({ kind: 'waiting', stage: 1, unanswered: 3, started: true, established: [] });
  });

  it('stage 1 established, stage 2 untouched: waits for stage 2 and names what is established', () => {
    expect(stateOf('33333')).toEqual({ kind: 'waiting', stage: 2, unanswered: 5, started: false, established: [1] });
  });

  it('later stages answered do not make a verdict while an earlier one is open', () => {
    expect(stateOf('3333.', '33333', '33333')).toMatchObject({ kind: 'waiting', stage: 1, unanswered: 1 });
  });
});

describe('resultState: the verdict', () => {
  it('stage 1 fully answered and open: stage 1, provisional with the count', () => {
    expect(stateOf('33312')).toEqual({ kind: 'verdict', stage: 1, allEstablished: false, provisional: true, answered: 5, statements: 30 });
  });

  it('N/A counts as an answer', () => {
    expect(stateOf('3331n')).toMatchObject({ kind: 'verdict', stage: 1, answered: 5 });
  });

  it('stages 1 and 2 established, stage 3 answered and open: stage 3', () => {
    expect(stateOf('33333', '33333', '22222')).toMatchObject({ kind: 'verdict', stage: 3, provisional: true, answered: 15 });
  });

  it('all 30 answered: not provisional', () => {
    expect(stateOf('33333', '33333', '13333', '33333', '333333', '3333')).toEqual({
      kind: 'verdict',
      stage: 3,
      allEstablished: false,
      provisional: false,
      answered: 30,
      statements: 30,
    });
  });

  it('every stage established: stage 6, reached', () => {
    expect(stateOf('33333', '33333', '33333', '33333', '333333', '3333')).toMatchObject({ kind: 'verdict', stage: 6, allEstablished: true, provisional: false });
  });
});
