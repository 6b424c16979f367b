/**
 * State of the 30-statement self-evaluation: the person's answers and snapshots (persisted, every
 * change saved at once) and the actions on them. What is being looked at is in shared-view.ts, a
 * pending import in import.ts, the one-line notice after an action in notice.ts. Components call
 * the actions; they never write to the atoms themselves.
 */
import { atom } from 'nanostores';
import {
  emptyAnswers,
  hasAnyAnswer,
  NAME_MAX,
  NOTE_MAX,
  snapshotId,
  type Answers,
  type Snapshot,
} from '../../lib/assessment/answers';
import {
  decodeStoredAnswers,
  decodeStoredSnapshots,
  encodeStoredAnswers,
  encodeStoredSnapshots,
  migrateLegacyAnswers,
  STORAGE_KEYS,
} from '../../lib/assessment/storage';
import type { Rating, StageStatements } from '../../lib/assessment/scoring';
import { uniqueName } from '../../lib/unique-name';
import { connectStorage, persistentAtom, readStored, reportUnreadable, $storageStatus, writeStored } from '../persistence';
import { notify } from './notice';

export const $answers = persistentAtom<Answers>(STORAGE_KEYS.answers, emptyAnswers(), {
  encode: encodeStoredAnswers,
  decode(raw) {
    const decoded = decodeStoredAnswers(raw);
    if (decoded.problem) reportUnreadable(STORAGE_KEYS.answers, raw, decoded.problem);
    return decoded.value;
  },
});

export const $snapshots = persistentAtom<Snapshot[]>(STORAGE_KEYS.snapshots, [], {
  encode: encodeStoredSnapshots,
  decode(raw) {
    const decoded = decodeStoredSnapshots(raw);
    if (decoded.problem) reportUnreadable(STORAGE_KEYS.snapshots, raw, decoded.problem);
    return decoded.value;
  },
});

/** The statement ids per stage, given by the page (they come from content). */
export const $stages = atom<StageStatements[]>([]);

/** Set once when answers in an older format were carried over. */
export const $migrated = atom(false);

/** Every statement id of the page, in order (for the other assessment stores). */
export const allIds = () => $stages.get().flatMap((stage) => stage.ids);

export function setStages(stages: StageStatements[]): void {
  $stages.set(stages);
}

/** Carries format-1 answers over to format 2 when there are no format-2 answers yet. */
function migrateOldFormats(): void {
  if (readStored(STORAGE_KEYS.answers) !== undefined) return;
  const legacy = readStored(STORAGE_KEYS.legacyAnswers);
  if (legacy === undefined) return;
  const migrated = migrateLegacyAnswers(legacy);
  if (migrated.problem) reportUnreadable(STORAGE_KEYS.legacyAnswers, legacy, migrated.problem);
  if (migrated.problem !== 'unreadable') {
    writeStored(STORAGE_KEYS.answers, encodeStoredAnswers(migrated.value));
    $migrated.set(true);
  }
  writeStored(STORAGE_KEYS.legacyAnswers, undefined);
}

/** Call once after the island mounted: attaches storage, migrates old formats, restores answers. */
export function startAssessment(getStorage?: () => Storage): void {
  connectStorage(getStorage, migrateOldFormats);
}

/**
 * Applies a change to the newest answers: what storage holds now (another tab may have written a
 * moment ago, before its storage event arrived) or, failing that, what this page holds.
 */
function updateAnswers(change: (answers: Answers) => Answers): void {
  const stored = $storageStatus.get() === 'saved' ? readStored(STORAGE_KEYS.answers) : undefined;
  const decoded = stored === undefined ? undefined : decodeStoredAnswers(stored);
  const base = decoded && !decoded.problem ? decoded.value : $answers.get();
  $answers.set(change(base));
}

export function updateSnapshots(change: (snapshots: Snapshot[]) => Snapshot[]): void {
  const stored = $storageStatus.get() === 'saved' ? readStored(STORAGE_KEYS.snapshots) : undefined;
  const decoded = stored === undefined ? undefined : decodeStoredSnapshots(stored);
  const base = decoded && !decoded.problem ? decoded.value : $snapshots.get();
  $snapshots.set(change(base));
}

export function rate(id: string, rating: Rating): void {
  updateAnswers((answers) => ({ ...answers, ratings: { ...answers.ratings, [id]: rating } }));
}

export function writeNote(id: string, text: string): void {
  updateAnswers((answers) => {
    const notes = { ...answers.notes };
    if (text.trim() === '') delete notes[id];
    else notes[id] = text.slice(0, NOTE_MAX);
    return { ...answers, notes };
  });
}

/** Keeps the current answers as a snapshot; returns it (or null when there is nothing to keep). */
export function saveSnapshot(name: string, answers: Answers = $answers.get(), now = new Date()): Snapshot | null {
  if (!hasAnyAnswer(answers)) return null;
  const date = now.toISOString();
  const cleanName = name.trim().slice(0, NAME_MAX) || 'Snapshot';
  const snapshot: Snapshot = { id: '', name: cleanName, date, ratings: { ...answers.ratings }, notes: { ...answers.notes } };
  updateSnapshots((snapshots) => {
    snapshot.id = uniqueName(snapshotId(date, cleanName), new Set(snapshots.map((s) => s.id)));
    return [...snapshots, snapshot];
  });
  return snapshot;
}

export function deleteSnapshot(id: string): void {
  const snapshots = $snapshots.get();
  const index = snapshots.findIndex((s) => s.id === id);
  const removed = snapshots[index];
  if (!removed) return;
  updateSnapshots((list) => list.filter((s) => s.id !== id));
  notify('snapshot-deleted', { name: removed.name }, 'info', () => {
    updateSnapshots((list) => (list.some((s) => s.id === id) ? list : [...list, removed].sort((a, b) => a.date.localeCompare(b.date))));
    notify('snapshot-back', { name: removed.name });
  });
}

/** Replaces the current answers, keeping them as a snapshot first so nothing is lost. */
export function replaceAnswers(next: Answers, keepAs: string): Snapshot | null {
  const kept = saveSnapshot(keepAs);
  $answers.set(next);
  return kept;
}

export function restoreSnapshot(id: string): void {
  const snapshot = $snapshots.get().find((s) => s.id === id);
  if (!snapshot) return;
  const kept = replaceAnswers({ ratings: { ...snapshot.ratings }, notes: { ...snapshot.notes } }, `Before loading “${snapshot.name}”`.slice(0, NAME_MAX));
  notify('snapshot-loaded', { name: snapshot.name, kept: kept?.name ?? '' });
}

export function startOver(): void {
  const kept = replaceAnswers(emptyAnswers(), 'Before starting over');
  notify('cleared', { kept: kept?.name ?? '' }, 'info', kept ? () => restoreSnapshot(kept.id) : undefined);
}

