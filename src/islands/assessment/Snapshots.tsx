import { useState } from 'preact/hooks';
import type { Answers, Snapshot } from '../../lib/assessment/answers';
import type { CatalogueStage } from '../../lib/assessment/catalogue';
import { compareScores, trendPoints } from '../../lib/assessment/snapshots';
import { scoreAssessment, type StageStatements } from '../../lib/assessment/scoring';
import { deleteSnapshot, restoreSnapshot, saveSnapshot } from '../../stores/assessment/answers';
import { formatDate } from '../browser';
import { percentText, stageTitle } from './labels';
import type { AssessCopy } from './copy';

interface Props {
  catalogue: CatalogueStage[];
  stages: StageStatements[];
  answers: Answers;
  snapshots: Snapshot[];
  copy: AssessCopy;
}

const CURRENT = 'current';

/** Saving, listing, comparing and charting snapshots of the answers. */
export function Snapshots({ catalogue, stages, answers, snapshots, copy }: Props) {
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(CURRENT);

  function save(event: Event) {
    event.preventDefault();
    // The store says how it went (saved, nothing to save, or the cap reached, with a way on).
    if (saveSnapshot(name || `Snapshot ${snapshots.length + 1}`)) setName('');
  }

  const answersOf = (key: string) => (key === CURRENT ? answers : snapshots.find((s) => s.id === key));
  const fromAnswers = answersOf(from || snapshots.at(-1)?.id || '');
  const toAnswers = answersOf(to);
  const comparison =
    fromAnswers && toAnswers ? compareScores(scoreAssessment(stages, fromAnswers.ratings), scoreAssessment(stages, toAnswers.ratings)) : null;
  const options = [
    <option key={CURRENT} value={CURRENT}>Current answers</option>,
    ...[...snapshots].reverse().map((s) => <option key={s.id} value={s.id}>{s.name} ({formatDate(s.date)})</option>),
  ];

  return (
    <section class="snapshots" aria-labelledby="snapshots">
      <h2 id="snapshots">Snapshots</h2>
      <p>{copy.snapshotsIntro}</p>
      <form class="save-snapshot no-print" onSubmit={save}>
        <label for="snapshot-name">Snapshot name</label>{' '}
        <input id="snapshot-name" type="text" maxLength={80} value={name} placeholder={`Snapshot ${snapshots.length + 1}`} onInput={(e) => setName(e.currentTarget.value)} />{' '}
        <button type="submit">Save snapshot</button>
      </form>

      {snapshots.length === 0 ? (
        <p>No snapshots yet.</p>
      ) : (
        <>
          <div class="table-scroll">
            <table class="snapshot-list">
              <caption>Saved snapshots, newest first</caption>
              <thead>
                <tr><th scope="col">Name</th><th scope="col">Saved</th><th scope="col">Overall stage</th><th scope="col" class="no-print">Actions</th></tr>
              </thead>
              <tbody>
                {[...snapshots].reverse().map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.name}</th>
                    <td>{formatDate(s.date)}</td>
                    <td>{stageTitle(catalogue, scoreAssessment(stages, s.ratings).overallStage)}</td>
                    <td class="no-print actions">
                      <button type="button" class="secondary" onClick={() => restoreSnapshot(s.id)}>Load<span class="visually-hidden"> {s.name}</span></button>{' '}
                      <button type="button" class="secondary" onClick={() => deleteSnapshot(s.id)}>Delete<span class="visually-hidden"> {s.name}</span></button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h3>Compare</h3>
          <div class="compare-pick no-print">
            <label for="compare-from">From</label>{' '}
            <select id="compare-from" value={from || snapshots.at(-1)?.id} onChange={(e) => setFrom(e.currentTarget.value)}>{options}</select>{' '}
            <label for="compare-to">to</label>{' '}
            <select id="compare-to" value={to} onChange={(e) => setTo(e.currentTarget.value)}>{options}</select>
          </div>
          {comparison && (
            <div class="table-scroll">
              <table class="compare-table">
                <caption>
                  Overall stage {comparison.overallBefore} → {comparison.overallAfter}
                  {comparison.overallAfter > comparison.overallBefore ? ' (up)' : comparison.overallAfter < comparison.overallBefore ? ' (down)' : ' (no change)'}
                </caption>
                <thead>
                  <tr><th scope="col">Stage</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Change</th><th scope="col">Established</th></tr>
                </thead>
                <tbody>
                  {comparison.stages.map((s) => (
                    <tr key={s.number}>
                      <th scope="row">{stageTitle(catalogue, s.number)}</th>
                      <td>{percentText(s.before)}</td>
                      <td>{percentText(s.after)}</td>
                      <td>{s.change === null ? '–' : s.change > 0 ? `+${s.change} points` : s.change < 0 ? `${s.change} points` : 'no change'}</td>
                      <td>{s.establishedBefore === s.establishedAfter ? (s.establishedAfter ? 'Yes' : 'No') : s.establishedAfter ? 'Now yes' : 'No longer'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <TrendChart catalogue={catalogue} stages={stages} snapshots={snapshots} caption={copy.trendCaption} />
        </>
      )}
    </section>
  );
}

function TrendChart({ catalogue, stages, snapshots, caption }: { catalogue: CatalogueStage[]; stages: StageStatements[]; snapshots: Snapshot[]; caption: string }) {
  const points = trendPoints(stages, snapshots);
  const width = 640;
  const left = 110;
  const step = points.length > 1 ? (width - left - 30) / (points.length - 1) : 0;
  const y = (stage: number) => 20 + (6 - stage) * 30;
  const x = (index: number) => left + (points.length > 1 ? index * step : (width - left) / 2);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(p.overallStage)}`).join(' ');
  return (
    <figure class="chart trend">
      <h3 id="trend-title">Overall stage over time</h3>
      <svg viewBox={`0 0 ${width} 200`} role="img" aria-labelledby="trend-title trend-desc">
        <desc id="trend-desc">{points.map((p) => `${p.name}: stage ${p.overallStage}`).join('; ')}</desc>
        {[1, 2, 3, 4, 5, 6].map((n) => (
          <g key={n}>
            <line x1={left - 10} x2={width - 10} y1={y(n)} y2={y(n)} class="grid" />
            <text x={left - 16} y={y(n) + 4} text-anchor="end">{stageTitle(catalogue, n)}</text>
          </g>
        ))}
        <path d={path} class="trend-line" />
        {points.map((p, i) => (
          <circle key={p.id} cx={x(i)} cy={y(p.overallStage)} r="5" class="trend-point">
            <title>{p.name}: stage {p.overallStage}</title>
          </circle>
        ))}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
