/**
 * Reading a file someone chose to import: a JSON export of this page, or a CSV with at least an "id"
 * and a "rating" column (the CSV export, possibly edited in a spreadsheet). Every way a file can be
 * wrong ends in a sentence the page shows as it is; nothing here throws.
 */
import {
  cleanAnswers,
  cleanSnapshots,
  isRecord,
  parseRating,
  type Answers,
  type Snapshot,
} from './assessment-answers';
import { CSV_COLUMNS, EXPORT_FORMAT, EXPORT_VERSION } from './assessment-export';
import type { Rating } from './scoring';

export const IMPORT_MAX_BYTES = 1024 * 1024;

export interface ImportedFile {
  answers: Answers;
  snapshots: Snapshot[];
  /** Statement ids in the file that this assessment doesn't have; their answers were left out. */
  unknownIds: string[];
  /** Entries with a value that could not be read (a rating of 7, a note that isn't text…). */
  unreadable: number;
}

export type ImportResult = { ok: true; file: ImportedFile } | { ok: false; error: string };

const fail = (error: string): ImportResult => ({ ok: false, error });

/** Checks name and size before the file is read at all. Returns an error sentence, or null when it may be read. */
export function checkImportFile(name: string, size: number): string | null {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  if (extension !== 'json' && extension !== 'csv') {
    return `“${name}” is not a JSON or CSV file. Choose a .json or .csv file exported from this self-evaluation.`;
  }
  if (size > IMPORT_MAX_BYTES) {
    return `“${name}” is ${(size / 1024 / 1024).toFixed(1)} MB; an export is far smaller, and files over 1 MB are not read.`;
  }
  if (size === 0) return `“${name}” is empty.`;
  return null;
}

/** Decodes the text of a file; `name` decides between JSON and CSV. */
export function decodeImport(text: string, name: string, knownIds: ReadonlySet<string>): ImportResult {
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  if (text.length > IMPORT_MAX_BYTES) return fail('The file is over 1 MB, so it was not read.');
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(text)) return fail('The file is not text (it looks like an image or a binary file).');
  const body = text.replace(/^\ufeff/, '');
  return /\.csv$/i.test(name) ? decodeCsvImport(body, knownIds) : decodeJsonImport(body, knownIds);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Ids (well-formed or not) that appear as keys but aren't current statements, for the message. */
function unknownKeys(...records: unknown[]): string[] {
  const found = new Set<string>();
  for (const record of records) if (isRecord(record)) for (const key of Object.keys(record)) found.add(key);
  return [...found];
}

export function decodeJsonImport(text: string, knownIds: ReadonlySet<string>): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return fail('This file is not valid JSON: it may be cut short or edited by hand. Nothing was imported.');
  const data = parsed.value;
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return fail('This JSON file is not an export from this self-evaluation, so it was not imported.');
  }
  if (data.version !== EXPORT_VERSION) {
    const shown = typeof data.version === 'number' || typeof data.version === 'string' ? String(data.version).slice(0, 12) : 'missing';
    return fail(`This export uses format version ${shown}, which this page does not know. Update the page or export again.`);
  }
  const unknownIds = unknownKeys(data.ratings, data.notes).filter((id) => !knownIds.has(id));
  const answers = cleanAnswers(onlyKnown(data.ratings, knownIds), onlyKnown(data.notes, knownIds), knownIds);
  const snapshots = cleanSnapshots(data.snapshots ?? [], knownIds);
  const unreadable = answers.dropped + snapshots.dropped;
  return finish({ answers: answers.value, snapshots: snapshots.value, unknownIds, unreadable });
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
    return fail(
      file.unknownIds.length > 0
        ? 'None of the statements in this file belong to this self-evaluation, so there is nothing to import.'
        : 'This file holds no answers, notes or snapshots, so there is nothing to import.',
    );
  }
  return { ok: true, file: { ...file, unknownIds: file.unknownIds.slice(0, 50) } };
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. Unclosed quotes run to the end. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** Undoes the apostrophe the CSV export puts before formula-like text. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function decodeCsvImport(text: string, knownIds: ReadonlySet<string>): ImportResult {
  const rows = parseCsv(text);
  const header = rows[0]?.map((cell) => cell.trim().toLowerCase()) ?? [];
  const idColumn = header.indexOf('id');
  const ratingColumn = header.indexOf('rating');
  const noteColumn = header.indexOf('note');
  if (idColumn < 0 || ratingColumn < 0) {
    return fail(`This CSV file has no “id” and “rating” columns. Use the CSV export as a template (columns: ${CSV_COLUMNS.join(', ')}).`);
  }
  const ratings: Record<string, Rating | null> = {};
  const notes: Record<string, string> = {};
  const unknownIds: string[] = [];
  let unreadable = 0;
  for (const row of rows.slice(1)) {
    const id = (row[idColumn] ?? '').trim();
    if (!knownIds.has(id)) {
      if (id !== '') unknownIds.push(id.slice(0, 80));
      continue;
    }
    const ratingCell = (row[ratingColumn] ?? '').trim();
    const rating = parseRating(ratingCell);
    if (rating !== undefined) ratings[id] = rating;
    else if (ratingCell !== '') unreadable += 1;
    const note = noteColumn >= 0 ? unguard(row[noteColumn] ?? '') : '';
    if (note.trim() !== '') notes[id] = note;
  }
  const answers = cleanAnswers(ratings, notes, knownIds);
  return finish({ answers: answers.value, snapshots: [], unknownIds, unreadable: unreadable + answers.dropped });
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
}

export function previewImport(
  ids: readonly string[],
  current: Answers,
  currentSnapshots: readonly Snapshot[],
  file: ImportedFile,
): ImportPreview {
  const kept = new Set(currentSnapshots.map((s) => s.id));
  return {
    changes: ids
      .filter((id) => current.ratings[id] !== file.answers.ratings[id])
      .map((id) => ({ id, from: current.ratings[id], to: file.answers.ratings[id] })),
    notesChanged: ids.filter((id) => (current.notes[id] ?? '') !== (file.answers.notes[id] ?? '')).length,
    newSnapshots: file.snapshots.filter((s) => !kept.has(s.id)).length,
  };
}
