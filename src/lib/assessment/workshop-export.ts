/**
 * The file a workshop's result is downloaded as. It is a self-evaluation export (the agreed ratings
 * and notes), so Import on the self-evaluation reads it like any other, with one more entry, `team`:
 * who took part and, per statement, what each person said and how the ratings spread, kept as the
 * evidence behind each agreed rating. Import ignores that entry; it is there for people.
 */
import { buildJsonExport, type ExportStatement, type JsonExport } from './export';
import { summariseTeam, type RatingSpread } from './team';
import type { Rating, StageStatements } from './scoring';
import type { WorkshopSession } from './workshop';

export interface TeamEvidence {
  id: string;
  stage: number;
  agreed: Rating | null;
  /** Each participant's rating, in the order of `participants` (null: not answered). */
  ratings: (Rating | null)[];
  /** How many people gave each rating. */
  spread: RatingSpread['counts'];
  /** Someone rated 1 and someone else 3. */
  differsByTwo: boolean;
}

export interface TeamExport extends JsonExport {
  team: { participants: string[]; statements: TeamEvidence[] };
}

/** Per statement, in page order: the agreed rating beside everyone's and the spread. */
export function teamEvidence(stages: readonly StageStatements[], session: WorkshopSession): TeamEvidence[] {
  const { spreads } = summariseTeam(stages, session.participants);
  return spreads.map((spread) => ({
    id: spread.id,
    stage: spread.stage,
    agreed: session.agreed.ratings[spread.id] ?? null,
    ratings: session.participants.map((p) => p.ratings[spread.id] ?? null),
    spread: spread.counts,
    differsByTwo: spread.differsByTwo,
  }));
}

export function buildTeamExport(statements: readonly ExportStatement[], stages: readonly StageStatements[], session: WorkshopSession, now: Date): TeamExport {
  return {
    ...buildJsonExport(statements, session.agreed, [], now),
    team: { participants: session.participants.map((p) => p.label), statements: teamEvidence(stages, session) },
  };
}

/** "team-result-2026-11-30.json" */
export function teamExportFileName(now: Date): string {
  return `team-result-${now.toISOString().slice(0, 10)}.json`;
}
