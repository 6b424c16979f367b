/**
 * The scoring rule of the self-evaluation, as pure functions over ratings. The statements of stage N
 * describe what it takes to leave stage N, so the overall stage is the first stage that is not yet
 * established. Stages beyond it that are established are strengths ("ahead"), not a higher grade.
 */

/** 1 = not in place, 2 = partly in place, 3 = fully in place, 'na' = does not apply to us. */
export type Rating = 1 | 2 | 3 | 'na';

/** Ratings by statement id. A statement that is missing is unanswered, which is not the same as N/A. */
export type Ratings = Readonly<Record<string, Rating>>;

/** The statement ids of one stage, in the order the page shows them. */
export interface StageStatements {
  number: number;
  ids: readonly string[];
}

export interface StageScore {
  number: number;
  /** How many statements the stage has. */
  statements: number;
  /** Statements rated 1–3 or N/A. */
  answered: number;
  /** Statements rated 1–3 (N/A and unanswered excluded). */
  rated: number;
  /** Sum of the 1–3 ratings. */
  total: number;
  /** (total − rated) / (2 × rated): 0 when every rated statement is a 1, 1 when every one is a 3; null when none is rated. */
  percent: number | null;
  /** total / rated, or null when none is rated. */
  average: number | null;
  established: boolean;
  /** Established, but beyond the overall stage: a strength to keep that does not lift the overall stage. */
  ahead: boolean;
}

export interface AssessmentScore {
  stages: StageScore[];
  /** First stage that is not established; the last stage when every stage is. */
  overallStage: number;
  answered: number;
  statements: number;
}

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 'na';
}

/** Scores one stage; `ahead` is decided by scoreAssessment, which knows the overall stage. */
export function scoreStage(stage: StageStatements, ratings: Ratings): StageScore {
  let answered = 0;
  let rated = 0;
  let total = 0;
  let anyNotInPlace = false;
  for (const id of stage.ids) {
    const rating = Object.hasOwn(ratings, id) ? ratings[id] : undefined;
    if (!isRating(rating)) continue;
    answered += 1;
    if (rating === 'na') continue;
    rated += 1;
    total += rating;
    if (rating === 1) anyNotInPlace = true;
  }
  const statements = stage.ids.length;
  // Integer comparisons keep the 2.5 threshold and the "half" rule exact.
  const established =
    statements > 0 &&
    answered === statements &&
    rated * 2 >= statements &&
    !anyNotInPlace &&
    total * 2 >= rated * 5;
  return {
    number: stage.number,
    statements,
    answered,
    rated,
    total,
    percent: rated === 0 ? null : (total - rated) / (2 * rated),
    average: rated === 0 ? null : total / rated,
    established,
    ahead: false,
  };
}

/** Scores every stage, finds the overall stage and flags established stages beyond it as ahead. */
export function scoreAssessment(stages: readonly StageStatements[], ratings: Ratings): AssessmentScore {
  const ordered = [...stages].sort((a, b) => a.number - b.number);
  const scores = ordered.map((stage) => scoreStage(stage, ratings));
  const firstOpen = scores.find((score) => !score.established);
  const overallStage = firstOpen?.number ?? scores.at(-1)?.number ?? 1;
  for (const score of scores) score.ahead = score.number > overallStage && score.established;
  return {
    stages: scores,
    overallStage,
    answered: scores.reduce((sum, score) => sum + score.answered, 0),
    statements: scores.reduce((sum, score) => sum + score.statements, 0),
  };
}

/** Why a stage is not established, statement by statement, so the page can say what holds it back. */
export interface StageBlockers {
  number: number;
  /** Rated 1: each one alone keeps the stage open. */
  notInPlace: string[];
  /** Rated 2: listed when the average is below 2.5, because then they are what pulls it down. */
  partly: string[];
  /** No rating yet (N/A counts as an answer). */
  unanswered: string[];
  /** More than half the statements are N/A, so there is too little evidence to call the stage established. */
  tooFewRated: boolean;
  /** The rated statements average below 2.5. */
  averageTooLow: boolean;
}

export function stageBlockers(stage: StageStatements, ratings: Ratings): StageBlockers {
  const score = scoreStage(stage, ratings);
  const ratingOf = (id: string) => (Object.hasOwn(ratings, id) && isRating(ratings[id]) ? ratings[id] : undefined);
  const averageTooLow = score.rated > 0 && score.total * 2 < score.rated * 5;
  return {
    number: stage.number,
    notInPlace: stage.ids.filter((id) => ratingOf(id) === 1),
    partly: averageTooLow ? stage.ids.filter((id) => ratingOf(id) === 2) : [],
    unanswered: stage.ids.filter((id) => ratingOf(id) === undefined),
    tooFewRated: score.answered === score.statements && score.rated * 2 < score.statements,
    averageTooLow,
  };
}

/** Area keys of the quick scorecard, in row order. */
export const QUICK_AREAS = ['tools', 'insights', 'expectations', 'focus', 'staffing'] as const;
export type QuickArea = (typeof QUICK_AREAS)[number];
/** The stage (1–6) picked for each area; an area not yet picked is missing. */
export type QuickPicks = Readonly<Partial<Record<QuickArea, number>>>;

export interface QuickScore {
  /** The lowest pick once all five areas are picked; null before that. */
  overallStage: number | null;
  /** The lowest pick so far, even when some areas are still open. */
  lowestSoFar: number | null;
  picked: number;
  /** Areas picked above the overall stage. */
  ahead: QuickArea[];
  /** Areas whose pick is the overall stage: the ones holding the organisation there. */
  holdingBack: QuickArea[];
}

export function isStageNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
}

export function scoreQuick(picks: QuickPicks): QuickScore {
  const chosen = QUICK_AREAS.filter((area) => isStageNumber(picks[area]));
  const values = chosen.map((area) => picks[area] as number);
  const lowestSoFar = values.length > 0 ? Math.min(...values) : null;
  const overallStage = chosen.length === QUICK_AREAS.length ? lowestSoFar : null;
  return {
    overallStage,
    lowestSoFar,
    picked: chosen.length,
    ahead: overallStage === null ? [] : chosen.filter((area) => (picks[area] as number) > overallStage),
    holdingBack: overallStage === null ? [] : chosen.filter((area) => picks[area] === overallStage),
  };
}
