/**
 * State of the 30-statement self-evaluation: the person's answers and snapshots (persisted, every
 * change saved at once), what is being looked at (own answers or a shared link), a pending import,
 * and the one-line notice the page shows after an action. Components call the actions below; they
 * never write to the atoms themselves.
 */
import { atom, computed } from 'nanostores';
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
import { decodeImport, previewImport, type ImportedFile, type ImportPreview } from '../../lib/assessment/import';
import { decodeShareFragment } from '../../lib/assessment/share';
import { scoreAssessment, type Rating, type StageStatements } from '../../lib/assessment/scoring';
import { uniqueName } from '../../lib/unique-name';
import { connectStorage, persistentAtom, readStored, reportUnreadable, $storageStatus, writeStored } from '../persistence';

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

export interface SharedView {
  ratings: Record<string, Rating>;
  unknownIds: string[];
}
/** Answers from a share link, shown read-only; null when the person looks at their own. */
export const $sharedView = atom<SharedView | null>(null);

/** What a notice says; the page words it (src/islands/assessment/copy.ts). */
export type NoticeCode =
  | 'snapshot-saved'
  | 'snapshot-needs-answers'
  | 'snapshot-deleted'
  | 'snapshot-back'
  | 'snapshot-loaded'
  | 'cleared'
  | 'share-damaged'
  | 'share-version'
  | 'shared-loaded'
  | 'imported'
  | 'import-error'
  | 'file-unreadable'
  | 'downloaded'
  | 'link-copied'
  | 'link-shown';

export interface Notice {
  code: NoticeCode;
  tone: 'info' | 'error';
  /** Placeholders of the sentence: a name, the snapshot the replaced answers were kept as (`kept`)… */
  values: Record<string, string>;
  /** Offered as an "Undo" button next to the text. */
  undo?: () => void;
}
export const $notice = atom<Notice | null>(null);

export interface PendingImport {
  fileName: string;
  file: ImportedFile;
  preview: ImportPreview;
}
export const $pendingImport = atom<PendingImport | null>(null);

/** Set once when answers in an older format were carried over. */
export const $migrated = atom(false);

/** Ratings the page currently shows: a shared link's while one is open, otherwise the person's own. */
export const $shownRatings = computed([$answers, $sharedView], (answers, shared) => shared?.ratings ?? answers.ratings);

export const $score = computed([$stages, $shownRatings], (stages, ratings) => scoreAssessment(stages, ratings));

const allIds = () => $stages.get().flatMap((stage) => stage.ids);

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

function updateSnapshots(change: (snapshots: Snapshot[]) => Snapshot[]): void {
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

export function notify(code: NoticeCode, values: Record<string, string> = {}, tone: Notice['tone'] = 'info', undo?: () => void): void {
  $notice.set(undo ? { code, values, tone, undo } : { code, values, tone });
}

export function dismissNotice(): void {
  $notice.set(null);
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
function replaceAnswers(next: Answers, keepAs: string): Snapshot | null {
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

/** Opens a share-link fragment read-only. Returns false (and says why) when the link can't be used. */
export function openShareFragment(fragment: string): boolean {
  const result = decodeShareFragment(fragment, new Set(allIds()));
  if (!result.ok) {
    $sharedView.set(null);
    notify(result.reason === 'version' ? 'share-version' : 'share-damaged', {}, 'error');
    return false;
  }
  $sharedView.set({ ratings: result.ratings, unknownIds: result.unknownIds });
  dismissNotice();
  return true;
}

export function closeSharedView(): void {
  $sharedView.set(null);
}

export function loadSharedIntoMine(): void {
  const shared = $sharedView.get();
  if (!shared) return;
  const kept = replaceAnswers({ ratings: { ...shared.ratings }, notes: {} }, 'Before loading a shared link');
  $sharedView.set(null);
  notify('shared-loaded', { kept: kept?.name ?? '' });
}

/** Reads a chosen file into a pending import (shown for confirmation) or an error notice. */
export function prepareImport(fileName: string, text: string): boolean {
  const result = decodeImport(text, new Set(allIds()));
  if (!result.ok) {
    $pendingImport.set(null);
    notify('import-error', { name: fileName, error: result.error.code, version: result.error.version ?? '' }, 'error');
    return false;
  }
  dismissNotice();
  $pendingImport.set({
    fileName,
    file: result.file,
    preview: previewImport(allIds(), $answers.get(), $snapshots.get(), result.file),
  });
  return true;
}

export function cancelImport(): void {
  $pendingImport.set(null);
}

export function applyImport(): void {
  const pending = $pendingImport.get();
  if (!pending) return;
  const kept = replaceAnswers(pending.file.answers, `Before importing ${pending.fileName}`.slice(0, NAME_MAX));
  updateSnapshots((snapshots) => {
    const have = new Set(snapshots.map((s) => s.id));
    const added = pending.file.snapshots.filter((s) => !have.has(s.id));
    return [...snapshots, ...added].sort((a, b) => a.date.localeCompare(b.date));
  });
  $pendingImport.set(null);
  notify('imported', { name: pending.fileName, kept: kept?.name ?? '' });
}
