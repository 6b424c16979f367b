/**
 * Reading a file someone chose to import: a JSON export of this page. (The CSV export is for
 * spreadsheets; it does not come back in.) Every way a file can be wrong ends in an ImportError,
 * which the page turns into a sentence (src/islands/assessment/copy.ts); nothing here throws.
 */
import {
  cleanAnswers,
  cleanSnapshots,
  hasAnyAnswer,
  isRecord,
  oldestToMakeRoom,
  sameAnswers,
  SNAPSHOTS_MAX,
  type Answers,
  type Skipped,
  type Snapshot,
} from './answers';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { parseJson } from '../json';
import type { Rating } from './scoring';

export const IMPORT_MAX_BYTES = 1024 * 1024;

export interface ImportedFile {
  answers: Answers;
  snapshots: Snapshot[];
  /** Statement ids in the file's answers that this assessment doesn't have; their answers are left out. */
  unknownIds: string[];
  /** Every other entry left out, with the reason (a rating of 7, a snapshot without a date…). */
  skipped: Skipped[];
}

/** Why a file can't be imported. `version` is set for 'unknown-version'. */
export interface ImportError {
  code:
    | 'wrong-type'
    | 'too-big'
    | 'empty'
    | 'not-text'
    | 'invalid-json'
    | 'not-an-export'
    | 'unknown-version'
    | 'no-known-statements'
    | 'nothing-to-import';
  version?: string;
}

export type ImportResult = { ok: true; file: ImportedFile } | { ok: false; error: ImportError };

const fail = (code: ImportError['code'], version?: string): ImportResult => ({
  ok: false,
  error: version === undefined ? { code } : { code, version },
});

/** Checks name and size before the file is read at all. Returns the problem, or null when it may be read. */
export function checkImportFile(name: string, size: number): ImportError | null {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  if (extension !== 'json') return { code: 'wrong-type' };
  if (size > IMPORT_MAX_BYTES) return { code: 'too-big' };
  if (size === 0) return { code: 'empty' };
  return null;
}

/** Decodes the text of an exported file. */
export function decodeImport(text: string, knownIds: ReadonlySet<string>): ImportResult {
  if (typeof text !== 'string') return fail('not-text');
  if (text.length > IMPORT_MAX_BYTES) return fail('too-big');
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(text)) return fail('not-text');
  return decodeJsonImport(text.replace(/^\ufeff/, ''), knownIds);
}

/** Ids (well-formed or not) that appear as keys but aren't current statements, for the message. */
function unknownKeys(...records: unknown[]): string[] {
  const found = new Set<string>();
  for (const record of records) if (isRecord(record)) for (const key of Object.keys(record)) found.add(key);
  return [...found];
}

export function decodeJsonImport(text: string, knownIds: ReadonlySet<string>): ImportResult {
  const data = parseJson(text);
  if (data === undefined) return fail('invalid-json');
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return fail('not-an-export');
  }
  if (data.version !== EXPORT_VERSION) {
    const shown = typeof data.version === 'number' || typeof data.version === 'string' ? String(data.version).slice(0, 12) : 'missing';
    return fail('unknown-version', shown);
  }
  const unknownIds = unknownKeys(data.ratings, data.notes).filter((id) => !knownIds.has(id));
  const answers = cleanAnswers(onlyKnown(data.ratings, knownIds), onlyKnown(data.notes, knownIds), knownIds);
  const snapshots = cleanSnapshots(data.snapshots ?? [], knownIds);
  return finish({ answers: answers.value, snapshots: snapshots.value, unknownIds, skipped: [...answers.skipped, ...snapshots.skipped] });
}

/** The entries of a record whose key is a current statement id; anything that isn't a record stays as it is, to be counted. */
function onlyKnown(record: unknown, knownIds: ReadonlySet<string>): unknown {
  if (record === undefined) return {};
  if (!isRecord(record)) return record;
  return Object.fromEntries(Object.entries(record).filter(([id]) => knownIds.has(id)));
}

function finish(file: ImportedFile): ImportResult {
  const usable =
    Object.keys(file.answers.ratings).length + Object.keys(file.answers.notes).length + file.snapshots.length;
  if (usable === 0) {
    return fail(file.unknownIds.length > 0 ? 'no-known-statements' : 'nothing-to-import');
  }
  return { ok: true, file: { ...file, unknownIds: file.unknownIds.slice(0, 50) } };
}

export interface ImportChange {
  id: string;
  from: Rating | undefined;
  to: Rating | undefined;
}

export interface ImportPreview {
  /** Statements whose rating the import changes, in the order of `ids`. */
  changes: ImportChange[];
  /** Statements whose note the import adds, changes or removes. */
  notesChanged: number;
  /** Snapshots in the file that aren't already kept here. */
  newSnapshots: number;
  /** True when the current answers are kept as a snapshot first (they differ from the file's and aren't empty). */
  keepsCurrent: boolean;
  /** Nothing would change: the answers already match and every snapshot is already kept. */
  unchanged: boolean;
  /** How many snapshots would pass the cap; the import waits until the reader agrees to delete the oldest. */
  overCap: number;
  /** The oldest snapshots that would be deleted to make room, oldest first (empty when it fits). */
  removed: Snapshot[];
}

export function previewImport(
  ids: readonly string[],
  current: Answers,
  currentSnapshots: readonly Snapshot[],
  file: ImportedFile,
  cap = SNAPSHOTS_MAX,
): ImportPreview {
  const kept = new Set(currentSnapshots.map((s) => s.id));
  const added = file.snapshots.filter((s) => !kept.has(s.id));
  const answersChange = !sameAnswers(current, file.answers);
  const keepsCurrent = answersChange && hasAnyAnswer(current);
  // The snapshot of the current answers is the newest, so only older ones make room for it.
  const removed = oldestToMakeRoom([...currentSnapshots, ...added], keepsCurrent ? 1 : 0, cap);
  return {
    changes: ids
      .filter((id) => current.ratings[id] !== file.answers.ratings[id])
      .map((id) => ({ id, from: current.ratings[id], to: file.answers.ratings[id] })),
    notesChanged: ids.filter((id) => (current.notes[id] ?? '') !== (file.answers.notes[id] ?? '')).length,
    newSnapshots: added.length,
    keepsCurrent,
    unchanged: !answersChange && added.length === 0,
    overCap: removed.length,
    removed,
  };
}
