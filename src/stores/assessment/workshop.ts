/**
 * The team workshop in progress (src/lib/assessment/workshop.ts). Colleagues' answers are kept only
 * as long as the facilitator wants them: every change is written to this tab's session storage, so
 * a reload resumes the discussion and closing the tab forgets it; "Save session" also keeps it in
 * the browser's local storage (SAVED_KEY in ./workshop-kept.ts, listed on "Your data") until the facilitator
 * discards it. Both go through the persistence module. Making the agreed answers the facilitator's
 * own is in ./workshop-apply.ts, which only the end of a workshop loads.
 */
import { atom } from 'nanostores';
import type { Rating, StageStatements } from '../../lib/assessment/scoring';
import { agree, agreeNote, decodeSession, encodeSession, move, startSession, type Participant, type WorkshopSession } from '../../lib/assessment/workshop';
import { keepUnreadable, readStored, readTabStored, writeStored, writeTabStored } from '../persistence';
import { SAVED_KEY, TAB_KEY } from './workshop-kept';


export const $workshop = atom<WorkshopSession | null>(null);
/** The session is also kept in local storage (the facilitator chose "Save session"). */
export const $workshopSaved = atom(false);

function keep(session: WorkshopSession | null): void {
  const text = session === null ? undefined : encodeSession(session);
  writeTabStored(TAB_KEY, text);
  if ($workshopSaved.get()) writeStored(SAVED_KEY, text);
  $workshop.set(session);
}

function change(update: (session: WorkshopSession) => WorkshopSession): void {
  const session = $workshop.get();
  if (session) keep(update(session));
}

/**
 * Picks up a session after a reload: this tab's, or else the one saved in the browser. Call once
 * storage is attached (startAssessment). Returns whether there is one.
 */
export function resumeWorkshop(): boolean {
  const saved = readStored(SAVED_KEY);
  const raw = readTabStored(TAB_KEY) ?? saved;
  $workshopSaved.set(saved !== undefined);
  if (raw === undefined) return false;
  const { value, problem } = decodeSession(raw);
  // Saved text that could not be fully read is copied aside before anything can overwrite it.
  if (problem && raw === saved) keepUnreadable(SAVED_KEY, raw);
  if (value) keep(value);
  return value !== null;
}

export function startWorkshop(stages: readonly StageStatements[], participants: readonly Participant[]): void {
  keep(startSession(stages, participants));
}

export const recordRating = (id: string, rating: Rating) => change((s) => agree(s, id, rating));
export const recordNote = (id: string, text: string) => change((s) => agreeNote(s, id, text));
export const goNext = () => change((s) => move(s, 1));
export const goBack = () => change((s) => move(s, -1));
export const goTo = (position: number) => change((s) => move(s, position - s.position));

export function saveSession(): void {
  $workshopSaved.set(true);
  keep($workshop.get());
}

/** Stops keeping the session in local storage; it stays in this tab. */
export function unsaveSession(): void {
  writeStored(SAVED_KEY, undefined);
  $workshopSaved.set(false);
}

/** Ends the workshop and forgets it everywhere (tab and, if saved, browser). */
export function discardWorkshop(): void {
  unsaveSession();
  keep(null);
}
