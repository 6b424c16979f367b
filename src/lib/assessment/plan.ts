/**
 * From a result to work: the next steps are the statements rated 1 or 2 in the overall stage and the
 * stage after it, each with its action, most important first: the overall stage before the next one,
 * and within a stage "not in place" (1) before "partly" (2). The 90-day plan spreads them, in that
 * order, over three 30-day blocks.
 */
import type { Ratings, StageStatements } from './scoring';

export interface NextStep {
  id: string;
  stage: number;
  rating: 1 | 2;
}

/** The next steps, most important first; statements keep the page's order within a stage and rating. */
export function nextSteps(stages: readonly StageStatements[], ratings: Ratings, overallStage: number): NextStep[] {
  return stages
    .filter((stage) => stage.number === overallStage || stage.number === overallStage + 1)
    .flatMap((stage) =>
      stage.ids.flatMap((id) => {
        const rating = Object.hasOwn(ratings, id) ? ratings[id] : undefined;
        return rating === 1 || rating === 2 ? [{ id, stage: stage.number, rating }] : [];
      }),
    )
    .sort((a, b) => a.stage - b.stage || a.rating - b.rating);
}

export interface PlanPhase {
  /** 1, 2 or 3. */
  phase: number;
  firstDay: number;
  lastDay: number;
  steps: NextStep[];
}

/** Three 30-day blocks over `steps`, taken in the order given (nextSteps gives the most important first). */
export function ninetyDayPlan(steps: readonly NextStep[]): PlanPhase[] {
  const perPhase = Math.max(1, Math.ceil(steps.length / 3));
  return [1, 2, 3].map((phase) => ({
    phase,
    firstDay: (phase - 1) * 30 + 1,
    lastDay: phase * 30,
    steps: steps.slice((phase - 1) * perPhase, phase * perPhase),
  }));
}
