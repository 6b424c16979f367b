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
  oldestToMakeRoom,
  snapshotId,
  SNAPSHOTS_MAX,
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
import { askToKeepData, connectStorage, keepUnreadable, persistentAtom, readStored, $storageStatus, writeStored } from '../persistence';
import { notify } from './notice';

export const $answers = persistentAtom<Answers>(STORAGE_KEYS.answers, emptyAnswers(), {
  encode: encodeStoredAnswers,
  decode: decodeStoredAnswers,
});

export const $snapshots = persistentAtom<Snapshot[]>(STORAGE_KEYS.snapshots, [], {
  encode: encodeStoredSnapshots,
  decode: decodeStoredSnapshots,
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

/**
 * Carries format-1 answers over to format 2 when there are no format-2 answers yet. Text that cannot
 * be fully read is kept as a copy of the answers, so removing the old key loses nothing.
 */
function migrateOldFormats(): void {
  if (readStored(STORAGE_KEYS.answers) !== undefined) return;
  const legacy = readStored(STORAGE_KEYS.legacyAnswers);
  if (legacy === undefined) return;
  const migrated = migrateLegacyAnswers(legacy);
  if (migrated.problem) keepUnreadable(STORAGE_KEYS.answers, legacy);
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

/** The stored value of `key` when storage is attached and fully readable: what another tab may just have written. */
function newest<T>(key: string, decode: (raw: string) => { value: T; problem: unknown }, fallback: T): T {
  const stored = $storageStatus.get() === 'saved' ? readStored(key) : undefined;
  const decoded = stored === undefined ? undefined : decode(stored);
  return decoded && !decoded.problem ? decoded.value : fallback;
}

/**
 * Applies a change to the newest answers: what storage holds now (another tab may have written a
 * moment ago, before its storage event arrived) or, failing that, what this page holds.
 */
function updateAnswers(change: (answers: Answers) => Answers): void {
  $answers.set(change(newest(STORAGE_KEYS.answers, decodeStoredAnswers, $answers.get())));
}

export function updateSnapshots(change: (snapshots: Snapshot[]) => Snapshot[]): void {
  $snapshots.set(change(newest(STORAGE_KEYS.snapshots, decodeStoredSnapshots, $snapshots.get())));
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

export const byDate = (a: Snapshot, b: Snapshot) => a.date.localeCompare(b.date);

/** A snapshot of `answers` named `name`, with an id none of `taken` has. */
export function newSnapshot(name: string, answers: Answers, taken: readonly Snapshot[], now = new Date()): Snapshot {
  const date = now.toISOString();
  const cleanName = name.trim().slice(0, NAME_MAX) || 'Snapshot';
  const id = uniqueName(snapshotId(date, cleanName), new Set(taken.map((s) => s.id)));
  return { id, name: cleanName, date, ratings: { ...answers.ratings }, notes: { ...answers.notes } };
}

/**
 * Adds a snapshot of `answers`. At the cap it adds nothing and returns 'full', unless `makeRoom`
 * (the reader agreed) deletes the oldest ones first. Returns null when there is nothing to keep.
 */
function addSnapshot(name: string, answers: Answers, makeRoom: boolean, now = new Date()): Snapshot | 'full' | null {
  if (!hasAnyAnswer(answers)) return null;
  let result: Snapshot | 'full' = 'full';
  updateSnapshots((snapshots) => {
    const removed = new Set(oldestToMakeRoom(snapshots, 1));
    if (removed.size > 0 && !makeRoom) return snapshots;
    result = newSnapshot(name, answers, snapshots, now);
    // A first snapshot is when keeping the data starts to matter: ask the browser not to clear it.
    if (snapshots.length === 0) askToKeepData();
    return [...snapshots.filter((s) => !removed.has(s)), result];
  });
  return result;
}

/**
 * Says the cap is reached, naming the oldest snapshot, and offers to delete the oldest ones and go on
 * (`proceed`, run only if the reader agrees).
 */
function refuseAtCap(name: string, proceed: () => void): void {
  const oldest = [...$snapshots.get()].sort(byDate)[0];
  notify('snapshot-cap', { name, oldest: oldest?.name ?? '', count: String(SNAPSHOTS_MAX) }, 'error', undefined, proceed);
}

/** Keeps the answers (by default the current ones) as a snapshot and says so; returns it, or null when nothing was kept. */
export function saveSnapshot(name: string, answers: Answers = $answers.get(), now = new Date()): Snapshot | null {
  const saved = (snapshot: Snapshot | 'full' | null) => {
    if (snapshot === null) notify('snapshot-needs-answers', {}, 'error');
    else if (snapshot !== 'full') notify('snapshot-saved', { name: snapshot.name });
    return snapshot;
  };
  const result = saved(addSnapshot(name, answers, false, now));
  if (result === 'full') refuseAtCap(name.trim().slice(0, NAME_MAX), () => saved(addSnapshot(name, answers, true, now)));
  return result === 'full' ? null : result;
}

export function deleteSnapshot(id: string): void {
  const removed = $snapshots.get().find((s) => s.id === id);
  if (!removed) return;
  updateSnapshots((list) => list.filter((s) => s.id !== id));
  notify('snapshot-deleted', { name: removed.name }, 'info', () => {
    updateSnapshots((list) => (list.some((s) => s.id === id) ? list : [...list, removed].sort(byDate)));
    notify('snapshot-back', { name: removed.name });
  });
}

/**
 * Replaces the current answers, keeping them as a snapshot first so nothing is lost, then calls
 * `done` with that snapshot (null when there was nothing to keep). At the snapshot cap nothing
 * changes: the reader is asked first whether the oldest snapshot may go.
 */
export function replaceAnswers(next: Answers, keepAs: string, done: (kept: Snapshot | null) => void = () => {}): void {
  const replace = (makeRoom: boolean) => {
    const kept = addSnapshot(keepAs, $answers.get(), makeRoom);
    if (kept === 'full') return refuseAtCap(keepAs, () => replace(true));
    $answers.set(next);
    done(kept);
  };
  replace(false);
}

export function restoreSnapshot(id: string): void {
  const snapshot = $snapshots.get().find((s) => s.id === id);
  if (!snapshot) return;
  replaceAnswers({ ratings: { ...snapshot.ratings }, notes: { ...snapshot.notes } }, `Before loading “${snapshot.name}”`.slice(0, NAME_MAX), (kept) =>
    notify('snapshot-loaded', { name: snapshot.name, kept: kept?.name ?? '' }),
  );
}

export function startOver(): void {
  replaceAnswers(emptyAnswers(), 'Before starting over', (kept) =>
    notify('cleared', { kept: kept?.name ?? '' }, 'info', kept ? () => restoreSnapshot(kept.id) : undefined),
  );
}
