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

export interface CleanResult<T> {
  value: T;
  /** Entries that could not be read and were left out. */
  dropped: number;
}

/**
 * Keeps valid ratings and notes; counts the rest. `knownIds`, when given, also drops ids the current
 * statements don't have (imports do this; stored answers keep them, so nothing is lost on a content change).
 */
export function cleanAnswers(ratingsIn: unknown, notesIn: unknown, knownIds?: ReadonlySet<string>): CleanResult<Answers> {
  const answers = emptyAnswers();
  let dropped = 0;
  const usable = (id: string) => STATEMENT_ID.test(id) && (!knownIds || knownIds.has(id));
  if (isRecord(ratingsIn)) {
    for (const [id, raw] of Object.entries(ratingsIn)) {
      if (usable(id) && isRating(raw)) answers.ratings[id] = raw;
      else if (raw !== null && raw !== '') dropped += 1;
    }
  } else if (ratingsIn !== undefined) dropped += 1;
  if (isRecord(notesIn)) {
    for (const [id, raw] of Object.entries(notesIn)) {
      const note = cleanText(raw, NOTE_MAX);
      if (usable(id) && note !== undefined) {
        if (note.trim() !== '') answers.notes[id] = note;
      } else dropped += 1;
    }
  } else if (notesIn !== undefined) dropped += 1;
  return { value: answers, dropped };
}

export function cleanSnapshot(raw: unknown, knownIds?: ReadonlySet<string>): CleanResult<Snapshot> | undefined {
  if (!isRecord(raw)) return undefined;
  const date = typeof raw.date === 'string' && !Number.isNaN(Date.parse(raw.date)) ? new Date(raw.date).toISOString() : undefined;
  const name = cleanText(raw.name, NAME_MAX)?.trim();
  if (!date || !name) return undefined;
  const { value, dropped } = cleanAnswers(raw.ratings, raw.notes, knownIds);
  const id = typeof raw.id === 'string' && /^[a-z0-9-]{1,40}$/i.test(raw.id) ? raw.id : snapshotId(date, name);
  return { value: { id, name, date, ...value }, dropped };
}

/** Reads a list of snapshots, keeping the valid ones (ids made unique), newest last. */
export function cleanSnapshots(raw: unknown, knownIds?: ReadonlySet<string>): CleanResult<Snapshot[]> {
  if (!Array.isArray(raw)) return { value: [], dropped: raw === undefined ? 0 : 1 };
  const seen = new Set<string>();
  const snapshots: Snapshot[] = [];
  let dropped = 0;
  for (const item of raw.slice(0, SNAPSHOTS_MAX)) {
    const cleaned = cleanSnapshot(item, knownIds);
    if (!cleaned) {
      dropped += 1;
      continue;
    }
    dropped += cleaned.dropped;
    const id = uniqueName(cleaned.value.id, seen);
    seen.add(id);
    snapshots.push({ ...cleaned.value, id });
  }
  dropped += Math.max(0, raw.length - SNAPSHOTS_MAX);
  snapshots.sort((a, b) => a.date.localeCompare(b.date));
  return { value: snapshots, dropped };
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
