/**
 * The shape of a person's answers and snapshots, and the validation every decoder shares. Anything
 * read from storage, a file or a link passes through `cleanAnswers` / `cleanSnapshot`, so the rest of
 * the app can trust what it holds.
 */
import { uniqueName } from '../unique-name';
import { isRating, type Rating } from './scoring';

export interface Answers {
  ratings: Record<string, Rating>;
  /** Optional evidence per statement, plain text. */
  notes: Record<string, string>;
}

export interface Snapshot extends Answers {
  id: string;
  name: string;
  /** ISO 8601 date-time of when it was taken. */
  date: string;
}

/** Statement ids as the content schema allows them, e.g. "s3-self-service". */
export const STATEMENT_ID = /^s[1-6]-[a-z0-9-]{1,60}$/;
export const NOTE_MAX = 2000;
export const NAME_MAX = 80;
/** The most snapshots a reader can keep: saving or importing past it is refused (never trimmed). */
export const SNAPSHOTS_MAX = 500;

export const emptyAnswers = (): Answers => ({ ratings: {}, notes: {} });

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Control characters other than tab and newline are dropped; text is capped at `max` characters. */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').slice(0, max);
  return text;
}

/** Why an entry of stored or imported answers was left out. */
export type SkipProblem =
  | 'rating' // a rating that is not 1, 2, 3 or N/A
  | 'note' // a note that is not text
  | 'id' // a key that is not a statement id at all
  | 'unknown' // a statement this self-evaluation does not have (imports only)
  | 'ratings' // "ratings" is not a list of statement → rating
  | 'notes' // "notes" is not a list of statement → note
  | 'snapshot' // a snapshot that is not an object
  | 'snapshot-date' // a snapshot without a readable date
  | 'snapshot-name' // a snapshot without a name
  | 'snapshots'; // "snapshots" is not a list

/** One entry left out, named so a reader can find it: which snapshot (if any), which statement, what value. */
export interface Skipped {
  snapshot?: string | undefined;
  id?: string | undefined;
  problem: SkipProblem;
  /** The value that could not be used, shortened, as JSON text. */
  value?: string | undefined;
}

export interface CleanResult<T> {
  value: T;
  /** Entries that could not be used and were left out, in the order they appear. */
  skipped: Skipped[];
}

/** A bad value as a reader may recognise it: short JSON text. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/**
 * Keeps valid ratings and notes and names the rest. `knownIds`, when given, also leaves out ids the
 * current statements don't have (imports do this; stored answers keep them, so nothing is lost on a
 * content change).
 */
export function cleanAnswers(ratingsIn: unknown, notesIn: unknown, knownIds?: ReadonlySet<string>, snapshot?: string): CleanResult<Answers> {
  const answers = emptyAnswers();
  const skipped: Skipped[] = [];
  const skip = (problem: SkipProblem, id: string | undefined, value: unknown) => skipped.push({ snapshot, id, problem, value: shown(value) });
  const idProblem = (id: string): SkipProblem | undefined => (!STATEMENT_ID.test(id) ? 'id' : knownIds && !knownIds.has(id) ? 'unknown' : undefined);
  if (isRecord(ratingsIn)) {
    for (const [id, raw] of Object.entries(ratingsIn)) {
      const problem = idProblem(id) ?? (isRating(raw) ? undefined : 'rating');
      if (!problem) answers.ratings[id] = raw as Rating;
      else if (raw !== null && raw !== '') skip(problem, id, raw);
    }
  } else if (ratingsIn !== undefined) skip('ratings', undefined, ratingsIn);
  if (isRecord(notesIn)) {
    for (const [id, raw] of Object.entries(notesIn)) {
      const note = cleanText(raw, NOTE_MAX);
      const problem = idProblem(id) ?? (note === undefined ? 'note' : undefined);
      if (problem) skip(problem, id, raw);
      else if (note !== undefined && note.trim() !== '') answers.notes[id] = note;
    }
  } else if (notesIn !== undefined) skip('notes', undefined, notesIn);
  return { value: answers, skipped };
}

export function cleanSnapshot(raw: unknown, knownIds?: ReadonlySet<string>): CleanResult<Snapshot | undefined> {
  if (!isRecord(raw)) return { value: undefined, skipped: [{ problem: 'snapshot', value: shown(raw) }] };
  const name = cleanText(raw.name, NAME_MAX)?.trim();
  const date = typeof raw.date === 'string' && !Number.isNaN(Date.parse(raw.date)) ? new Date(raw.date).toISOString() : undefined;
  if (!name) return { value: undefined, skipped: [{ problem: 'snapshot-name', ...(date ? { value: date } : {}) }] };
  if (!date) return { value: undefined, skipped: [{ snapshot: name, problem: 'snapshot-date' }] };
  const { value, skipped } = cleanAnswers(raw.ratings, raw.notes, knownIds, name);
  const id = typeof raw.id === 'string' && /^[a-z0-9-]{1,40}$/i.test(raw.id) ? raw.id : snapshotId(date, name);
  return { value: { id, name, date, ...value }, skipped };
}

/**
 * Reads a list of snapshots, keeping the valid ones (ids made unique), oldest first. Never trims:
 * the cap (SNAPSHOTS_MAX) limits what may be added, not what is read.
 */
export function cleanSnapshots(raw: unknown, knownIds?: ReadonlySet<string>): CleanResult<Snapshot[]> {
  if (!Array.isArray(raw)) return { value: [], skipped: raw === undefined ? [] : [{ problem: 'snapshots', value: shown(raw) }] };
  const seen = new Set<string>();
  const snapshots: Snapshot[] = [];
  const skipped: Skipped[] = [];
  for (const item of raw) {
    const cleaned = cleanSnapshot(item, knownIds);
    skipped.push(...cleaned.skipped);
    if (!cleaned.value) continue;
    const id = uniqueName(cleaned.value.id, seen);
    seen.add(id);
    snapshots.push({ ...cleaned.value, id });
  }
  snapshots.sort((a, b) => a.date.localeCompare(b.date));
  return { value: snapshots, skipped };
}

/** The oldest snapshots to delete so that `count` more fit under the cap (none when they fit). */
export function oldestToMakeRoom(snapshots: readonly Snapshot[], count: number, cap = SNAPSHOTS_MAX): Snapshot[] {
  const over = snapshots.length + count - cap;
  return over > 0 ? [...snapshots].sort((a, b) => a.date.localeCompare(b.date)).slice(0, over) : [];
}

/** True when both hold the same ratings and notes. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const same = (x: Record<string, unknown>, y: Record<string, unknown>) =>
    Object.keys(x).length === Object.keys(y).length && Object.entries(x).every(([id, v]) => Object.hasOwn(y, id) && y[id] === v);
  return same(a.ratings, b.ratings) && same(a.notes, b.notes);
}

/** A short id that is stable for the same date and name, so re-importing a file doesn't duplicate snapshots. */
export function snapshotId(date: string, name: string): string {
  return `snap-${checksum(`${date}|${name}`)}`;
}

/** FNV-1a, 32 bit, in base 36: a cheap fingerprint to notice damage, not a security measure. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function hasAnyAnswer(answers: Answers): boolean {
  return Object.keys(answers.ratings).length > 0 || Object.keys(answers.notes).length > 0;
}

/** True when the value is a well-formed Answers object (used by tests and the fuzz test). */
export function isValidAnswers(value: unknown): value is Answers {
  if (!isRecord(value) || !isRecord(value.ratings) || !isRecord(value.notes)) return false;
  return (
    Object.entries(value.ratings).every(([id, r]) => STATEMENT_ID.test(id) && isRating(r)) &&
    Object.entries(value.notes).every(([id, n]) => STATEMENT_ID.test(id) && typeof n === 'string' && n.length <= NOTE_MAX)
  );
}

export function isValidSnapshot(value: unknown): value is Snapshot {
  return (
    isValidAnswers(value) &&
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    value.name.length > 0 &&
    value.name.length <= NAME_MAX &&
    typeof value.date === 'string' &&
    !Number.isNaN(Date.parse(value.date))
  );
}
