/**
 * The team workshop's discussion, one statement at a time, widest disagreement first: everyone's
 * rating and note, the agreed rating (1, 2, 3 or N/A) with an optional note, and keys for a
 * facilitator at a projector. Loaded by TeamView on the first "Discuss" (or when a session is
 * resumed), so the team view's first visit carries none of it. The end of the session is ./WorkshopEnd.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { toStageStatements, type CatalogueStage } from '../../lib/assessment/catalogue';
import type { Rating } from '../../lib/assessment/scoring';
import { agreedCount, currentId, type Participant, type WorkshopSession } from '../../lib/assessment/workshop';
import {
  $workshop,
  $workshopSaved,
  discardWorkshop,
  goBack,
  goNext,
  recordNote,
  recordRating,
  resumeWorkshop,
  saveSession,
  startWorkshop,
  unsaveSession,
} from '../../stores/assessment/workshop';
import { useStoreAfterMount } from '../use-store';
import { RATING_CHOICES, ratingWords } from './labels';
import { WorkshopEnd } from './WorkshopEnd';
import { focusUnlessTyping, useShortcuts } from './workshop-keys';

const KEY_RATINGS: Record<string, Rating> = { '1': 1, '2': 2, '3': 3, n: 'na', N: 'na' };
const SHORTCUT: Record<string, string> = { '1': '1', '2': '2', '3': '3', na: 'N' };

export interface DiscussProps {
  catalogue: CatalogueStage[];
  /** The people to start a new discussion with; null picks up the kept one. */
  start: Participant[] | null;
  /** The session was discarded (or none was kept): back to the team view. */
  onEnd: () => void;
}

export default function Discuss({ catalogue, start, onEnd }: DiscussProps) {
  const session = useStoreAfterMount($workshop, null);
  const saved = useStoreAfterMount($workshopSaved, false);
  const [large, setLarge] = useState(true);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (start) startWorkshop(toStageStatements(catalogue), start);
    else if (!resumeWorkshop()) onEnd();
    // Discarding the session (here or in another part of the page) ends the discussion.
    return $workshop.listen((value) => value === null && onEnd());
  }, []);
  if (!session) return null;
  return (
    <section class={`workshop${large ? ' large' : ''}`} aria-labelledby="workshop-title">
      <h2 id="workshop-title">Discuss</h2>
      <p>
        This discussion is kept in this tab only, so a reload keeps it and closing the tab forgets everyone's answers, unless you
        choose Save session, which keeps it in this browser until you discard it.
      </p>
      <p class="toolbar">
        <button type="button" class="secondary" aria-pressed={large} onClick={() => setLarge(!large)}>Large type</button>
        {saved ? (
          <button type="button" class="secondary" onClick={() => { unsaveSession(); setSaid('The session is no longer saved in this browser; it stays in this tab.'); }}>Stop saving session</button>
        ) : (
          <button type="button" class="secondary" onClick={() => { saveSession(); setSaid('Session saved in this browser. Discard it when you are done.'); }}>Save session</button>
        )}
        <button type="button" class="secondary" onClick={discardWorkshop}>Discard session</button>
      </p>
      <p role="status" class="said">{said}</p>
      {session.position < session.order.length ? (
        <Statement catalogue={catalogue} session={session} say={setSaid} />
      ) : (
        <WorkshopEnd catalogue={catalogue} session={session} say={setSaid} />
      )}
    </section>
  );
}

function Statement({ catalogue, session, say }: { catalogue: CatalogueStage[]; session: WorkshopSession; say: (text: string) => void }) {
  const id = currentId(session) as string;
  const stage = catalogue.find((s) => s.statements.some((st) => st.id === id));
  const text = stage?.statements.find((st) => st.id === id)?.text ?? id;
  const agreed = session.agreed.ratings[id];
  const total = session.order.length;
  const heading = useRef<HTMLHeadingElement>(null);
  // Key presses can come faster than renders: actions read the store, not this render's session.
  const now = () => $workshop.get() ?? session;

  // A new statement on screen: the heading takes focus (before the next key is handled), so the keys act
  // on it and a screen reader reads it.
  useLayoutEffect(() => focusUnlessTyping(heading.current), [id]);

  function record(rating: Rating) {
    recordRating(currentId(now()) ?? id, rating);
    say(`Agreed ${ratingWords(rating)}. ${agreedCount(now())} of ${total} agreed.`);
  }

  function step(forward: boolean) {
    const at = now().position + (forward ? 1 : -1);
    if (at < 0) return say('This is the first statement.');
    if (forward) goNext();
    else goBack();
    say(at >= total ? 'End of the statements: the team result.' : `Statement ${at + 1} of ${total}.`);
  }

  useShortcuts((event) => {
    const target = event.target as HTMLElement | null;
    // Enter on a button other than a rating keeps its own meaning (Save session, Back…).
    const onOtherButton = target?.closest('button, a, summary') && !target.closest('.agree');
    const rating = KEY_RATINGS[event.key];
    if (rating !== undefined) record(rating);
    else if (event.key === 'ArrowRight' || (event.key === 'Enter' && !onOtherButton)) step(true);
    else if (event.key === 'ArrowLeft' || event.key === 'Backspace') step(false);
    else return false;
    return true;
  });

  return (
    <div class="discuss">
      <p class="progress-line">
        <progress max={total} value={agreedCount(session)} aria-label="Statements agreed" /> {agreedCount(session)} of {total} agreed
      </p>
      <h3 ref={heading} tabIndex={-1} class="statement">
        <span class="where">Statement {session.position + 1} of {total}, stage {stage?.number}:</span> {text}
      </h3>
      <table class="people">
        <caption>What each person said</caption>
        <thead><tr><th scope="col">Person</th><th scope="col">Rating</th><th scope="col">Note</th></tr></thead>
        <tbody>
          {session.participants.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{ratingWords(p.ratings[id])}</td>
              <td>{p.notes[id] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="agree" role="group" aria-labelledby="agree-label">
        <p id="agree-label">Agreed rating{agreed === undefined ? ': not yet' : `: ${ratingWords(agreed)}`}</p>
        {RATING_CHOICES.map((choice) => (
          <button key={choice.value} type="button" aria-pressed={agreed === choice.value} aria-keyshortcuts={SHORTCUT[choice.value]} onClick={() => record(choice.value)}>
            {choice.label}
          </button>
        ))}
      </div>
      <p>
        <label for="agreed-note">Agreed note (optional)</label>
        <textarea id="agreed-note" rows={2} value={session.agreed.notes[id] ?? ''} onInput={(e) => recordNote(id, e.currentTarget.value)} />
      </p>
      <p class="toolbar">
        <button type="button" class="secondary" aria-keyshortcuts="ArrowLeft Backspace" onClick={() => step(false)} disabled={session.position === 0}>Back</button>
        <button type="button" aria-keyshortcuts="ArrowRight Enter" onClick={() => step(true)}>{session.position + 1 === total ? 'See the team result' : 'Next'}</button>
      </p>
      <p class="keys">
        Keys: <kbd>1</kbd>, <kbd>2</kbd>, <kbd>3</kbd> or <kbd>N</kbd> (N/A) records the agreed rating; <kbd>→</kbd> or <kbd>Enter</kbd> goes
        to the next statement, <kbd>←</kbd> or <kbd>Backspace</kbd> back. They do nothing while you type a note.
      </p>
    </div>
  );
}
