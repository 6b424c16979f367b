import { useEffect } from 'preact/hooks';
import { scoreQuick, type QuickArea, type QuickPicks } from '../../lib/assessment/scoring';
import { $quickPicks, clearPicks, pickStage, startQuickScorecard } from '../../stores/assessment/quick';
import { $storageStatus } from '../../stores/persistence';
import { useStoreAfterMount } from '../use-store';
import { UnreadableNotice } from '../data/UnreadableNotice';
import type { UnreadableNoticeCopy } from '../data/copy';

export interface QuickAreaInfo {
  key: QuickArea;
  name: string;
  description: string;
}
export interface QuickStage {
  number: number;
  name: string;
  /** The scorecard label of each area at this stage. */
  labels: Record<QuickArea, string>;
}

const NONE: QuickPicks = {};

/** Five areas, one stage each: the lowest pick is the overall stage. */
export default function QuickScorecard({ areas, stages, fullHref, unreadable }: { areas: QuickAreaInfo[]; stages: QuickStage[]; fullHref: string; unreadable: UnreadableNoticeCopy }) {
  const picks = useStoreAfterMount($quickPicks, NONE);
  const storage = useStoreAfterMount($storageStatus, 'detached');
  useEffect(() => startQuickScorecard(), []);
  const score = scoreQuick(picks);
  const stageName = (n: number | null | undefined) => stages.find((s) => s.number === n)?.name ?? '';

  return (
    <div class="assess quick">
      {(storage === 'blocked' || storage === 'full') && (
        <p class="notice warn" role="status">This browser is not keeping data for the site, so your picks last only while this tab is open.</p>
      )}
      <UnreadableNotice copy={unreadable} />
      <div class="quick-form">
        {areas.map((area) => (
          <fieldset key={area.key} class="quick-area" aria-describedby={`hint-${area.key}`}>
            <legend>{area.name}</legend>
            <p class="hint" id={`hint-${area.key}`}>{area.description} Pick the description that fits best today.</p>
            <div class="quick-choices">
              {stages.map((stage) => (
                <label key={stage.number} class="choice">
                  <input
                    type="radio"
                    name={`area-${area.key}`}
                    value={String(stage.number)}
                    checked={picks[area.key] === stage.number}
                    onChange={() => pickStage(area.key, stage.number)}
                  />{' '}
                  {stage.labels[area.key]}
                  <span class="stage-no" aria-hidden="true">stage {stage.number}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>

      <section class="results" aria-labelledby="quick-result">
        <h2 id="quick-result">Result</h2>
        <div aria-live="polite">
          {score.overallStage === null ? (
            <p>{score.picked} of {areas.length} areas placed. Pick one description in every area to see the overall stage.</p>
          ) : (
            <p class="overall">Overall stage: {score.overallStage} · {stageName(score.overallStage)}</p>
          )}
        </div>
        {score.picked > 0 && (
          <div class="table-scroll">
            <table class="quick-table">
              <caption>Where each area stands</caption>
              <thead><tr><th scope="col">Area</th><th scope="col">Your pick</th><th scope="col">Stage</th><th scope="col">Compared with the overall stage</th></tr></thead>
              <tbody>
                {areas.map((area) => {
                  const pick = picks[area.key];
                  const label = pick === undefined ? undefined : stages.find((s) => s.number === pick)?.labels[area.key];
                  return (
                    <tr key={area.key}>
                      <th scope="row">{area.name}</th>
                      <td>{label ?? 'not picked yet'}</td>
                      <td>{pick === undefined ? '–' : `${pick} · ${stageName(pick)}`}</td>
                      <td>
                        {score.ahead.includes(area.key)
                          ? `Ahead by ${(pick ?? 0) - (score.overallStage ?? 0)}: a strength to keep`
                          : score.holdingBack.includes(area.key)
                            ? 'Sets the overall stage: start here'
                            : '–'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {score.overallStage !== null && (
          <p>
            The weakest area sets the overall stage, because the later stages build on what it provides. For a fuller answer
            with next steps, <a href={fullHref}>take the full 30-statement assessment</a>.
          </p>
        )}
        {score.overallStage === null && <p><a href={fullHref}>Take the full 30-statement assessment</a> instead.</p>}
        {score.picked > 0 && <p><button type="button" class="secondary" onClick={clearPicks}>Clear picks</button></p>}
      </section>
    </div>
  );
}
