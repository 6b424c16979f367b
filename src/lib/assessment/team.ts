/**
 * The team view: several people's answers side by side. For each statement, how the ratings spread;
 * where people are two points apart (one says "not in place", another "fully"), which is where a
 * conversation pays off; each person's overall stage and the team's median.
 */
import { scoreAssessment, type Rating, type Ratings, type StageStatements } from './scoring';

export interface TeamMember {
  label: string;
  ratings: Ratings;
  /** Notes from an exported file (share links carry none), shown during a workshop. */
  notes?: Readonly<Record<string, string>>;
}

export interface RatingSpread {
  id: string;
  stage: number;
  counts: Record<'1' | '2' | '3' | 'na' | 'unanswered', number>;
  /** Lowest and highest 1–3 rating given, or null when nobody rated it. */
  lowest: number | null;
  highest: number | null;
  /** Someone rated 1 and someone else 3. */
  differsByTwo: boolean;
}

export interface TeamSummary {
  members: { label: string; overallStage: number; answered: number }[];
  spreads: RatingSpread[];
  /** Median of the members' overall stages (x.5 between two stages for an even count); null with nobody. */
  medianStage: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summariseTeam(stages: readonly StageStatements[], members: readonly TeamMember[]): TeamSummary {
  const scored = members.map((member) => ({ label: member.label, score: scoreAssessment(stages, member.ratings) }));
  const spreads: RatingSpread[] = stages.flatMap((stage) =>
    stage.ids.map((id) => {
      const counts = { '1': 0, '2': 0, '3': 0, na: 0, unanswered: 0 };
      const given: number[] = [];
      for (const member of members) {
        const rating: Rating | undefined = Object.hasOwn(member.ratings, id) ? member.ratings[id] : undefined;
        if (rating === undefined) counts.unanswered += 1;
        else if (rating === 'na') counts.na += 1;
        else {
          counts[String(rating) as '1' | '2' | '3'] += 1;
          given.push(rating);
        }
      }
      const lowest = given.length > 0 ? Math.min(...given) : null;
      const highest = given.length > 0 ? Math.max(...given) : null;
      return {
        id,
        stage: stage.number,
        counts,
        lowest,
        highest,
        differsByTwo: lowest !== null && highest !== null && highest - lowest >= 2,
      };
    }),
  );
  return {
    members: scored.map(({ label, score }) => ({ label, overallStage: score.overallStage, answered: score.answered })),
    spreads,
    medianStage: median(scored.map(({ score }) => score.overallStage)),
  };
}
