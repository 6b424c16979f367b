/**
 * The end of a team workshop: the agreed answers become the facilitator's own self-evaluation
 * through the self-evaluation's own action, which keeps the answers that were there as a snapshot;
 * each note records what everyone said.
 * Apart from ./workshop.ts so that the team view's first visit does not carry the snapshot code.
 */
import { hasAnyAnswer, SNAPSHOTS_MAX, type Snapshot } from '../../lib/assessment/answers';
import { agreedWithEvidence } from '../../lib/assessment/workshop';
import { $answers, $snapshots, replaceAnswers } from './answers';
import { $workshop } from './workshop';

export type ApplyResult = { kind: 'applied'; kept: Snapshot | null } | { kind: 'snapshots-full' };

/**
 * Makes the agreed answers the facilitator's own self-evaluation, keeping what was there as a
 * snapshot first. At the snapshot cap nothing changes: the facilitator is told to make room on the
 * self-evaluation (this page does not delete their snapshots) or to download the result instead.
 */
export function applyToAssessment(done: (result: ApplyResult) => void): void {
  const session = $workshop.get();
  if (!session) return;
  if (hasAnyAnswer($answers.get()) && $snapshots.get().length >= SNAPSHOTS_MAX) return done({ kind: 'snapshots-full' });
  // Each note ends with everyone's rating, so the spread stays with the answers as their evidence.
  replaceAnswers(agreedWithEvidence(session), 'Before the team workshop', (kept) => done({ kind: 'applied', kept }));
}
