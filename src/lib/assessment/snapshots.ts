/**
 * Comparing snapshots: per-stage change between two sets of answers, and the overall stage over time
 * for the trend chart.
 */
import type { Snapshot } from './answers';
import { scoreAssessment, type AssessmentScore, type StageStatements } from './scoring';

export interface StageChange {
  number: number;
  before: number | null;
  after: number | null;
  /** Change in percent points (after − before), null unless both sides have rated statements. */
  change: number | null;
  establishedBefore: boolean;
  establishedAfter: boolean;
}

export interface Comparison {
  overallBefore: number;
  overallAfter: number;
  stages: StageChange[];
}

export function compareScores(before: AssessmentScore, after: AssessmentScore): Comparison {
  return {
    overallBefore: before.overallStage,
    overallAfter: after.overallStage,
    stages: after.stages.map((stage) => {
      const old = before.stages.find((s) => s.number === stage.number);
      const from = old?.percent ?? null;
      const to = stage.percent;
      return {
        number: stage.number,
        before: from,
        after: to,
        change: from === null || to === null ? null : Math.round((to - from) * 100),
        establishedBefore: old?.established ?? false,
        establishedAfter: stage.established,
      };
    }),
  };
}

export interface TrendPoint {
  id: string;
  name: string;
  date: string;
  overallStage: number;
  /** Share of the 30 statements answered, 0–1, so a half-filled snapshot can be told apart. */
  answeredShare: number;
}

export function trendPoints(stages: readonly StageStatements[], snapshots: readonly Snapshot[]): TrendPoint[] {
  return [...snapshots]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((snapshot) => {
      const score = scoreAssessment(stages, snapshot.ratings);
      return {
        id: snapshot.id,
        name: snapshot.name,
        date: snapshot.date,
        overallStage: score.overallStage,
        answeredShare: score.statements === 0 ? 0 : score.answered / score.statements,
      };
    });
}
