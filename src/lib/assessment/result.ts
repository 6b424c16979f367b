/**
 * What the result area may say, given a score. The overall stage is a verdict only once there is
 * evidence for it: every stage before it is established (so fully answered) and the stage itself is
 * fully answered. Until then the page says what is still needed, not a stage. Once there is a
 * verdict, answering later stages cannot change it (they only change what is ahead and the next
 * steps), so a verdict with statements still open is shown as provisional, with the count.
 */
import type { AssessmentScore } from './scoring';

export type ResultState =
  | {
      kind: 'waiting';
      /** The stage whose statements must all be answered before there is a verdict. */
      stage: number;
      /** Its statements still unanswered. */
      unanswered: number;
      /** Whether any of its statements is answered yet. */
      started: boolean;
      /** Stages already established (all before `stage`). */
      established: number[];
    }
  | {
      kind: 'verdict';
      /** The overall stage: the stage the organisation is working through. */
      stage: number;
      /** Every stage is established: the last stage is reached, not being worked through. */
      allEstablished: boolean;
      /** Statements are still unanswered, so what is ahead and the next steps may change. */
      provisional: boolean;
      answered: number;
      statements: number;
    };

export function resultState(score: AssessmentScore): ResultState {
  const stage = score.stages.find((s) => s.number === score.overallStage);
  const established = score.stages.filter((s) => s.number < score.overallStage).map((s) => s.number);
  if (stage && stage.answered < stage.statements) {
    return {
      kind: 'waiting',
      stage: stage.number,
      unanswered: stage.statements - stage.answered,
      started: stage.answered > 0,
      established,
    };
  }
  return {
    kind: 'verdict',
    stage: score.overallStage,
    allEstablished: score.stages.every((s) => s.established),
    provisional: score.answered < score.statements,
    answered: score.answered,
    statements: score.statements,
  };
}
