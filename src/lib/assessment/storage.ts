/**
 * What the assessment keeps in the browser's storage: namespaced, versioned keys and the encode /
 * decode pairs for each. Decoding never trusts what it reads and never trims: a value that can't be
 * fully read yields what can be used plus a `problem`, so the persistence module keeps the original
 * text and the page says so.
 */
import {
  cleanAnswers,
  cleanSnapshots,
  emptyAnswers,
  isRecord,
  type Answers,
  type Snapshot,
} from './answers';
import { parseJson, unreadable, usable, type Decoded } from '../json';
import { isStageNumber, QUICK_AREAS, type QuickPicks } from './scoring';

export const STORAGE_KEYS = {
  answers: 'smp:assess:answers:v2',
  snapshots: 'smp:assess:snapshots:v2',
  quick: 'smp:assess:quick:v1',
  /** Format 1 of the answers: ratings only, 0 standing for N/A, no notes. Migrated on first read. */
  legacyAnswers: 'smp:assess:answers:v1',
} as const;

export function encodeStoredAnswers(answers: Answers): string {
  return JSON.stringify({ v: 2, ratings: answers.ratings, notes: answers.notes });
}

export function decodeStoredAnswers(raw: unknown): Decoded<Answers> {
  const data = parseJson(raw);
  if (!isRecord(data) || data.v !== 2) return unreadable(emptyAnswers());
  const { value, skipped } = cleanAnswers(data.ratings ?? {}, data.notes ?? {});
  return usable(value, skipped.length);
}

/** Format 1 → format 2: ratings keep their meaning, 0 becomes N/A. */
export function migrateLegacyAnswers(raw: unknown): Decoded<Answers> {
  const data = parseJson(raw);
  if (!isRecord(data) || !isRecord(data.ratings)) return unreadable(emptyAnswers());
  const ratings = Object.fromEntries(Object.entries(data.ratings).map(([id, r]) => [id, r === 0 ? 'na' : r]));
  const { value, skipped } = cleanAnswers(ratings, {});
  return usable(value, skipped.length);
}

export function encodeStoredSnapshots(snapshots: readonly Snapshot[]): string {
  return JSON.stringify({ v: 2, snapshots });
}

export function decodeStoredSnapshots(raw: unknown): Decoded<Snapshot[]> {
  const data = parseJson(raw);
  if (!isRecord(data) || data.v !== 2) return unreadable([]);
  const { value, skipped } = cleanSnapshots(data.snapshots ?? []);
  return usable(value, skipped.length);
}

export function encodeStoredQuick(picks: QuickPicks): string {
  return JSON.stringify({ v: 1, picks });
}

export function decodeStoredQuick(raw: unknown): Decoded<QuickPicks> {
  const data = parseJson(raw);
  if (!isRecord(data) || data.v !== 1 || !isRecord(data.picks)) return unreadable({});
  const picks: Partial<Record<(typeof QUICK_AREAS)[number], number>> = {};
  let dropped = 0;
  for (const area of QUICK_AREAS) {
    const pick = data.picks[area];
    if (isStageNumber(pick)) picks[area] = pick;
    else if (pick !== undefined) dropped += 1;
  }
  dropped += Object.keys(data.picks).filter((area) => !(QUICK_AREAS as readonly string[]).includes(area)).length;
  return usable(picks, dropped);
}
