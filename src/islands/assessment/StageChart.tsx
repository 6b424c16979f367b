import type { CatalogueStage } from '../../lib/assessment/catalogue';
import type { AssessmentScore, StageScore } from '../../lib/assessment/scoring';
import { percentText, stageTitle } from './labels';

/** What a stage's row says about it, next to how much of it is in place. */
function statusOf(stage: StageScore, overallStage: number): string {
  if (stage.number === overallStage && !stage.established) return 'You are here';
  if (stage.ahead) return 'Established, ahead';
  if (stage.established) return 'Established';
  if (stage.answered === 0) return 'Not answered';
  return stage.answered < stage.statements ? `${stage.answered} of ${stage.statements} answered` : 'Not established';
}

/**
 * The six stages as a table with a bar in each row: how much of the stage is in place, and its
 * status. A table rather than a drawn chart, so its text keeps the page's size on a phone (an SVG
 * chart scaled to 390 px shrank its labels to about 7 px) and screen readers get rows and columns.
 */
export function StageChart({ catalogue, score, caption, note }: { catalogue: CatalogueStage[]; score: AssessmentScore; caption: string; note: string }) {
  return (
    <>
      <div class="table-scroll">
        <table class="stage-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">In place</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {score.stages.map((stage) => {
              const status = statusOf(stage, score.overallStage);
              const kind = status === 'You are here' ? 'here' : stage.established ? 'established' : 'open';
              return (
                <tr key={stage.number} class={kind}>
                  <th scope="row">{stageTitle(catalogue, stage.number)}</th>
                  <td class="in-place">
                    <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                      <rect class="track" width="100" height="10" />
                      <rect width={Math.round((stage.percent ?? 0) * 100)} height="10" />
                    </svg>{' '}
                    {percentText(stage.percent)}
                  </td>
                  <td>{status}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="table-note">{note}</p>
    </>
  );
}
