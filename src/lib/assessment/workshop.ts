/**
 * A team workshop: several people's answers are talked through one statement at a time, widest
 * disagreement first, and the team records one agreed rating (and an optional note) per statement.
 * The session is plain data, so the store can keep it in the tab (or, when the facilitator asks, in
 * the browser) and decodeSession can check whatever comes back from storage.
 */
import { cleanAnswers, cleanText, isRecord, NAME_MAX, NOTE_MAX, type Answers } from './answers';
import type { Rating, StageStatements } from './scoring';
import { parseJson, unreadable, usable, type Decoded } from '../json';

export const SESSION_VERSION = 1;

export interface Participant extends Answers {
  label: string;
}

export interface WorkshopSession {
  participants: Participant[];
  /** Statement ids in the order they are discussed. */
  order: string[];
  /** Index in `order` of the statement on screen; `order.length` is the end (the team result). */
  position: number;
  /** What the team agreed: a rating per statement and the optional notes. */
  agreed: Answers;
}

/**
 * How far apart people are on one statement: the distance between the lowest and highest 1–3
 * rating, plus one half when someone says N/A while others rate it (they disagree on whether it
 * applies at all, which is worth talking about but less than a two-point gap).
 */
export function disagreement(id: string, participants: readonly Participant[]): number {
  const given = participants.map((p) => p.ratings[id]).filter((r): r is Rating => r !== undefined);
  const numbers = given.filter((r): r is 1 | 2 | 3 => r !== 'na');
  const gap = numbers.length > 0 ? Math.max(...numbers) - Math.min(...numbers) : 0;
  return gap + (numbers.length > 0 && numbers.length < given.length ? 0.5 : 0);
}

/** Every statement, widest disagreement first; equal ones keep the page's order (stage by stage). */
export function discussionOrder(stages: readonly StageStatements[], participants: readonly Participant[]): string[] {
  const ids = stages.flatMap((stage) => stage.ids);
  const spread = new Map(ids.map((id) => [id, disagreement(id, participants)]));
  return ids
    .map((id, index) => ({ id, index }))
    .sort((a, b) => (spread.get(b.id) ?? 0) - (spread.get(a.id) ?? 0) || a.index - b.index)
    .map(({ id }) => id);
}

export function startSession(stages: readonly StageStatements[], participants: readonly Participant[]): WorkshopSession {
  return { participants: participants.map(copyParticipant), order: discussionOrder(stages, participants), position: 0, agreed: { ratings: {}, notes: {} } };
}

const copyParticipant = (p: Participant): Participant => ({ label: p.label, ratings: { ...p.ratings }, notes: { ...p.notes } });

export function agreedCount(session: WorkshopSession): number {
  return session.order.filter((id) => Object.hasOwn(session.agreed.ratings, id)).length;
}

/** The statement on screen, or null at the end. */
export function currentId(session: WorkshopSession): string | null {
  return session.order[session.position] ?? null;
}

/** Moves by `step` (+1 next, -1 back), staying between the first statement and the end. */
export function move(session: WorkshopSession, step: number): WorkshopSession {
  const position = Math.min(Math.max(session.position + step, 0), session.order.length);
  return position === session.position ? session : { ...session, position };
}

export function agree(session: WorkshopSession, id: string, rating: Rating): WorkshopSession {
  if (!session.order.includes(id)) return session;
  return { ...session, agreed: { ...session.agreed, ratings: { ...session.agreed.ratings, [id]: rating } } };
}

export function agreeNote(session: WorkshopSession, id: string, text: string): WorkshopSession {
  if (!session.order.includes(id)) return session;
  const notes = { ...session.agreed.notes };
  const note = cleanText(text, NOTE_MAX) ?? '';
  if (note.trim() === '') delete notes[id];
  else notes[id] = note;
  return { ...session, agreed: { ...session.agreed, notes } };
}

const ratingWords = (rating: Rating | undefined): string => (rating === undefined ? 'not rated' : rating === 'na' ? 'N/A' : String(rating));

/**
 * The agreed answers as the facilitator's self-evaluation keeps them: each agreed statement's note
 * ends with what everyone said ("Team workshop: Anna 1, Ben 3, Cara N/A."), so the spread stays on
 * the self-evaluation as the evidence behind the rating, and travels in its exports.
 */
export function agreedWithEvidence(session: WorkshopSession): Answers {
  const notes: Record<string, string> = {};
  for (const id of session.order) {
    if (!Object.hasOwn(session.agreed.ratings, id)) continue;
    const spread = session.participants.map((p) => `${p.label} ${ratingWords(p.ratings[id])}`).join(', ');
    const evidence = spread === '' ? '' : `Team workshop: ${spread}.`;
    const note = [session.agreed.notes[id]?.trim(), evidence].filter(Boolean).join('\n');
    if (note !== '') notes[id] = note.slice(0, NOTE_MAX);
  }
  return { ratings: { ...session.agreed.ratings }, notes };
}

export function encodeSession(session: WorkshopSession): string {
  return JSON.stringify({ version: SESSION_VERSION, ...session });
}

/**
 * Reads a stored session back. Anything that is not a session of this version is unreadable (the
 * persistence module keeps a copy); invalid ratings or notes inside it are left out and counted.
 */
export function decodeSession(raw: string): Decoded<WorkshopSession | null> {
  const data = parseJson(raw);
  if (data === null) return usable(null, 0);
  if (!isRecord(data) || data.version !== SESSION_VERSION || !Array.isArray(data.order) || !Array.isArray(data.participants)) return unreadable(null);
  const order = [...new Set(data.order.filter((id): id is string => typeof id === 'string' && /^s[1-6]-[a-z0-9-]{1,60}$/.test(id)))];
  let skipped = data.order.length - order.length;
  const participants: Participant[] = [];
  for (const raw of data.participants) {
    const label = isRecord(raw) ? cleanText(raw.label, NAME_MAX)?.trim() : undefined;
    if (!isRecord(raw) || !label) {
      skipped += 1;
      continue;
    }
    const answers = cleanAnswers(raw.ratings, raw.notes);
    skipped += answers.skipped.length;
    participants.push({ label, ...answers.value });
  }
  const agreed = isRecord(data.agreed) ? cleanAnswers(data.agreed.ratings, data.agreed.notes) : cleanAnswers({}, {});
  skipped += agreed.skipped.length;
  const position = typeof data.position === 'number' && Number.isInteger(data.position) ? Math.min(Math.max(data.position, 0), order.length) : 0;
  return usable({ participants, order, position, agreed: agreed.value }, skipped);
}
