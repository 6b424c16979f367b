/**
 * The end of a team workshop: the team result from the agreed ratings, what to do with them (make
 * them the facilitator's self-evaluation, a snapshot of the old one kept first, or download them),
 * and the spread per statement kept beside each agreed rating as evidence.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { toStageStatements, type CatalogueStage } from '../../lib/assessment/catalogue';
import { scoreAssessment } from '../../lib/assessment/scoring';
import { resultState } from '../../lib/assessment/result';
import { agreedCount, type WorkshopSession } from '../../lib/assessment/workshop';
import { buildTeamExport, teamEvidence, teamExportFileName } from '../../lib/assessment/workshop-export';
import { encodeJsonExport } from '../../lib/assessment/export';
import { goTo } from '../../stores/assessment/workshop';
import { applyToAssessment } from '../../stores/assessment/workshop-apply';
import { url } from '../../lib/paths';
import { downloadText } from '../download';
import { ratingWords, stageTitle } from './labels';
import { focusUnlessTyping, useShortcuts } from './workshop-keys';

interface EndProps {
  catalogue: CatalogueStage[];
  session: WorkshopSession;
  say: (text: string) => void;
}

export function WorkshopEnd({ catalogue, session, say }: EndProps) {
  const [applied, setApplied] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from the last statement: the heading takes the focus the statement had.
  useLayoutEffect(() => focusUnlessTyping(heading.current), []);
  useShortcuts((event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'Backspace') return false;
    goTo(total - 1);
    say(`Statement ${total} of ${total}.`);
    return true;
  });
  const stages = toStageStatements(catalogue);
  const statements = catalogue.flatMap((stage) => stage.statements.map((s) => ({ stage: stage.number, id: s.id, text: s.text })));
  const textOf = new Map(statements.map((s) => [s.id, s.text]));
  const total = session.order.length;
  const done = agreedCount(session);
  const firstOpen = session.order.findIndex((id) => !Object.hasOwn(session.agreed.ratings, id));
  const state = resultState(scoreAssessment(stages, session.agreed.ratings));

  function apply() {
    applyToAssessment((result) => {
      if (result.kind === 'snapshots-full') {
        say('Your self-evaluation already keeps the most snapshots it can, so nothing was changed. Delete a snapshot there first, or download the team result instead.');
        return;
      }
      const kept = result.kept ? ` Your earlier answers are kept as the snapshot “${result.kept.name}”.` : '';
      setApplied(`The agreed answers are now your self-evaluation.${kept}`);
      say(`The agreed answers are now your self-evaluation.${kept}`);
    });
  }

  function download() {
    const now = new Date();
    const name = teamExportFileName(now);
    downloadText(name, encodeJsonExport(buildTeamExport(statements, stages, session, now)), 'application/json');
    say(`Downloaded ${name}. The self-evaluation's Import reads it; it stays on this device until you send it.`);
  }

  return (
    <div class="workshop-end">
      <h3 ref={heading} tabIndex={-1}>Team result</h3>
      <p>
        {done} of {total} agreed.
        {firstOpen >= 0 && <> {total - done} statements have no agreed rating yet. <button type="button" class="secondary" onClick={() => goTo(firstOpen)}>Go to the first open statement</button></>}
      </p>
      <p class="overall">
        {state.kind === 'verdict'
          ? state.allEstablished
            ? `The team has reached stage ${stageTitle(catalogue, state.stage)}.`
            : `The team is working through stage ${stageTitle(catalogue, state.stage)}.`
          : `No stage yet: ${state.unanswered} statements of stage ${stageTitle(catalogue, state.stage)} have no agreed rating.`}
      </p>
      <p>Your self-evaluation keeps each agreed rating with a note saying what everyone answered, so the spread stays as its evidence.</p>
      <p class="toolbar">
        <button type="button" onClick={apply} disabled={done === 0}>Make this my self-evaluation</button>
        <button type="button" class="secondary" onClick={download} disabled={done === 0}>Download the team result (.json)</button>
        <button type="button" class="secondary" aria-keyshortcuts="ArrowLeft Backspace" onClick={() => goTo(total - 1)}>Back to the last statement</button>
      </p>
      {applied && <p class="notice">{applied} <a href={url('/assess/')}>Open your self-evaluation</a></p>}
      <div class="table-scroll">
        <table class="evidence">
          <caption>Agreed ratings and the spread behind them</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Agreed</th>
              {session.participants.map((p) => <th scope="col" key={p.label}>{p.label}</th>)}
              <th scope="col">Spread (1 / 2 / 3 / N/A)</th>
            </tr>
          </thead>
          <tbody>
            {teamEvidence(stages, session).map((row) => (
              <tr key={row.id} class={row.differsByTwo ? 'differs' : undefined}>
                <th scope="row"><span class="tag">Stage {row.stage}</span> {textOf.get(row.id)}</th>
                <td>{ratingWords(row.agreed ?? undefined)}</td>
                {row.ratings.map((rating, i) => <td key={i}>{rating === null ? '–' : rating === 'na' ? 'N/A' : rating}</td>)}
                <td>{row.spread['1']} / {row.spread['2']} / {row.spread['3']} / {row.spread.na}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
