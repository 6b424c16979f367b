/**
 * From a result to work: the next steps are the statements rated 1 or 2 in the overall stage and the
 * stage after it, each with its action. The 90-day plan orders them (the overall stage before the
 * next one; "not in place" before "partly") and spreads them over three 30-day blocks.
 */
import type { Ratings, StageStatements } from './scoring';

export interface NextStep {
  id: string;
  stage: number;
  rating: 1 | 2;
}

export function nextSteps(stages: readonly StageStatements[], ratings: Ratings, overallStage: number): NextStep[] {
  return stages
    .filter((stage) => stage.number === overallStage || stage.number === overallStage + 1)
    .sort((a, b) => a.number - b.number)
    .flatMap((stage) =>
      stage.ids.flatMap((id) => {
        const rating = Object.hasOwn(ratings, id) ? ratings[id] : undefined;
        return rating === 1 || rating === 2 ? [{ id, stage: stage.number, rating }] : [];
      }),
    );
}

export interface PlanPhase {
  /** 1, 2 or 3. */
  phase: number;
  firstDay: number;
  lastDay: number;
  steps: NextStep[];
}

export function ninetyDayPlan(steps: readonly NextStep[]): PlanPhase[] {
  const ordered = [...steps].sort((a, b) => a.stage - b.stage || a.rating - b.rating);
  const perPhase = Math.max(1, Math.ceil(ordered.length / 3));
  return [1, 2, 3].map((phase) => ({
    phase,
    firstDay: (phase - 1) * 30 + 1,
    lastDay: phase * 30,
    steps: ordered.slice((phase - 1) * perPhase, phase * perPhase),
  }));
}
