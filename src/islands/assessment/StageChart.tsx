import type { CatalogueStage } from '../../lib/assessment/catalogue';
import type { AssessmentScore } from '../../lib/assessment/scoring';
import { percentText } from './labels';

const WIDTH = 640;
const TOP = 34;
const BASE = 190;

/** Six bars, one per stage: how much of the stage is in place, which are established, where you are. */
export function StageChart({ catalogue, score, id }: { catalogue: CatalogueStage[]; score: AssessmentScore; id: string }) {
  const column = (WIDTH - 20) / Math.max(1, score.stages.length);
  const summary = score.stages
    .map((s) => `Stage ${s.number}: ${percentText(s.percent)}${s.established ? ', established' : ''}${s.ahead ? ', ahead' : ''}`)
    .join('; ');
  return (
    <svg class="stage-chart" viewBox={`0 0 ${WIDTH} 250`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>Chart of the six stages, overall stage {score.overallStage}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      <line x1="10" x2={WIDTH - 10} y1={BASE} y2={BASE} class="axis" />
      {score.stages.map((stage, index) => {
        const x = 10 + index * column;
        const height = stage.percent === null ? 0 : Math.max(2, stage.percent * (BASE - TOP));
        const here = stage.number === score.overallStage;
        const kind = stage.ahead ? 'ahead' : stage.established ? 'established' : here ? 'here' : 'open';
        const name = catalogue.find((s) => s.number === stage.number)?.name ?? '';
        return (
          <g key={stage.number} class={`bar ${kind}`}>
            {here && <rect class="here-band" x={x + 4} y={TOP - 28} width={column - 8} height={BASE - TOP + 72} rx="6" />}
            <rect x={x + column * 0.25} y={BASE - height} width={column * 0.5} height={height} />
            <text x={x + column / 2} y={BASE - height - 6} text-anchor="middle">{percentText(stage.percent)}</text>
            <text x={x + column / 2} y={BASE + 18} text-anchor="middle" class="label">{stage.number} · {name}</text>
            <text x={x + column / 2} y={BASE + 36} text-anchor="middle" class="status">
              {kind === 'ahead' ? 'ahead' : kind === 'established' ? 'established' : here ? 'you are here' : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
