import { shortName, type CatalogueStage, type Guide, type StatementGuide } from '../../lib/assessment/catalogue';
import { nextSteps, ninetyDayPlan, type NextStep } from '../../lib/assessment/plan';
import { resultState } from '../../lib/assessment/result';
import { stageBlockers, type AssessmentScore, type Ratings, type StageStatements } from '../../lib/assessment/scoring';
import { stageTitle } from './labels';
import type { AssessCopy } from './copy';
import { fillPlaceholders as fill } from '../../lib/placeholders';
import { StageChart } from './StageChart';
import { useGuide } from './guide';

interface Props {
  catalogue: CatalogueStage[];
  stages: StageStatements[];
  score: AssessmentScore;
  ratings: Ratings;
  copy: AssessCopy;
  guideUrl: string;
}

/** What a listed step shows: its action and links (from the guide) and the statement it answers. */
interface StepInfo {
  text: (id: string) => string;
  guide: Guide;
}

/** How many of a stage's top steps the result header lists. */
const TOP_STEPS = 3;

const ratingWords = (rating: 1 | 2) => (rating === 1 ? 'not in place' : 'partly in place');

/**
 * The result. Until the overall stage is fully answered it only says what is still needed; then a
 * header (the stage, what it means, a link to its page, the three most important next steps) and the
 * detail: each stage's share in place, what holds you at your stage, every answer, every next step.
 */
export function Results({ catalogue, stages, score, ratings, copy, guideUrl }: Props) {
  const state = resultState(score);
  const stage = catalogue.find((s) => s.number === state.stage);
  if (!stage) return null;
  return (
    <section class="results" aria-labelledby="results">
      <h2 id="results">Your result</h2>
      {state.kind === 'waiting' ? (
        <Waiting stage={stage} ratings={ratings} unanswered={state.unanswered} started={state.started} established={state.established} catalogue={catalogue} copy={copy} />
      ) : (
        <Verdict catalogue={catalogue} stages={stages} stage={stage} score={score} ratings={ratings} copy={copy} guideUrl={guideUrl} allEstablished={state.allEstablished} provisional={state.provisional} />
      )}
    </section>
  );
}

interface WaitingProps {
  stage: CatalogueStage;
  ratings: Ratings;
  unanswered: number;
  started: boolean;
  established: number[];
  catalogue: CatalogueStage[];
  copy: AssessCopy;
}

function Waiting({ stage, ratings, unanswered, started, established, catalogue, copy }: WaitingProps) {
  const sentence = !started ? copy.waitingFirst : unanswered === 1 ? copy.waitingLast : copy.waitingRest;
  const firstOpen = stage.statements.find((s) => ratings[s.id] === undefined);
  return (
    <>
      <p class="overall">{fill(sentence, { count: unanswered, name: stage.name })}</p>
      {established.length > 0 && <p>{fill(copy.establishedSoFar, { stages: established.map((n) => stageTitle(catalogue, n)).join(', ') })}</p>}
      <p>{copy.waitingWhy}</p>
      {firstOpen && (
        <p class="no-print">
          <a href={`#q-${firstOpen.id}`}>Go to the first one to rate</a>
        </p>
      )}
    </>
  );
}

interface VerdictProps extends Props {
  stage: CatalogueStage;
  allEstablished: boolean;
  provisional: boolean;
}

function Verdict({ catalogue, stages, stage, score, ratings, copy, guideUrl, allEstablished, provisional }: VerdictProps) {
  const guide = useGuide(guideUrl, true, score.answered);
  const texts = new Map(catalogue.flatMap((s) => s.statements.map((statement) => [statement.id, statement.text] as const)));
  const text = (id: string) => texts.get(id) ?? id;
  const ahead = score.stages.filter((s) => s.ahead);
  const overall = stage.number;
  const stageStatements = stages.find((s) => s.number === overall);
  const blockers = stageStatements && !allEstablished ? stageBlockers(stageStatements, ratings) : null;
  const steps = nextSteps(stages, ratings, overall);
  const stepValues = { stage: overall, next: overall < 6 ? ` or stage ${overall + 1}` : '' };
  const noSteps = <p>{fill(score.answered < score.statements ? copy.stepsNoneYet : copy.stepsNone, stepValues)}</p>;
  // Until the guide is here, the steps' place says so (politely, or that it failed).
  const waitForGuide = (
    <p class="guide-status" role="status">{guide === 'failed' ? copy.guideFailed : guide === 'loading' ? copy.guideLoading : ''}</p>
  );
  const info = typeof guide === 'object' ? { text, guide } : null;

  return (
    <>
      <div class="verdict">
        <h3 class="overall">
          <span class="kicker">{allEstablished ? 'You have reached' : 'You are working through'}</span>{' '}
          <a href={stage.href}>stage {stageTitle(catalogue, overall)}</a>
        </h3>
        {info && <p class="summary">{info.guide.summaries[overall]}</p>}
        <p>{allEstablished ? copy.reachedAll : copy.workingThrough + (overall > 1 ? copy.earlierEstablished : '')}</p>
        <p class={provisional ? 'provisional' : undefined}>
          {fill(provisional ? copy.provisional : copy.basedOnAll, { answered: score.answered, count: score.statements })}
        </p>
        {ahead.length > 0 && (
          <p class="strength">{fill(copy.ahead, { stages: ahead.map((s) => `stage ${stageTitle(catalogue, s.number)}`).join(', ') })}</p>
        )}
        <h4 id="top-steps">Most important next steps</h4>
        {steps.length === 0 ? noSteps : info ? <StepList steps={steps.slice(0, TOP_STEPS)} info={info} labelledBy="top-steps" /> : waitForGuide}
        {steps.length > TOP_STEPS && (
          <p class="no-print">
            <a href="#next-steps">{fill(copy.allSteps, { count: steps.length })}</a>
          </p>
        )}
      </div>

      <h3>Stage by stage</h3>
      <StageChart catalogue={catalogue} score={score} caption={copy.chartCaption} note={copy.establishedRule} />

      <h3>{blockers ? `What holds you at stage ${overall}` : 'Nothing holds you back'}</h3>
      {blockers ? (
        <ul class="blockers">
          {blockers.notInPlace.map((id) => <li key={id}>{text(id)} <span class="tag bad">rated 1, not in place</span></li>)}
          {blockers.partly.map((id) => <li key={id}>{text(id)} <span class="tag warn">rated 2, partly in place</span></li>)}
          {blockers.averageTooLow && <li>{copy.averageTooLow}</li>}
          {blockers.tooFewRated && <li>{copy.tooFewRated}</li>}
        </ul>
      ) : (
        <p>{copy.allEstablished}</p>
      )}

      <h3 id="answers-at-a-glance">Your answers at a glance</h3>
      {/* Wider than a phone: focusable, so the table can be scrolled from the keyboard too. */}
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="answers-at-a-glance">
        <table class="answer-matrix">
          <caption>Each statement's rating, stage by stage</caption>
          <tbody>
            {catalogue.map((row) => (
              <tr key={row.number}>
                <th scope="row">{stageTitle(catalogue, row.number)}</th>
                {row.statements.map((s) => {
                  const rating = ratings[s.id];
                  return (
                    <td key={s.id} class={`r-${rating ?? 'none'}`} title={s.text}>
                      <span class="cell-name">{shortName(s.id)}</span>
                      <span class="cell-rating">{rating === undefined ? '–' : rating === 'na' ? 'N/A' : rating}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="next-steps">All next steps, as a 90-day plan</h3>
      {steps.length === 0 ? noSteps : info ? <Plan steps={steps} info={info} copy={copy} stepValues={stepValues} /> : waitForGuide}
    </>
  );
}

function Links({ guide }: { guide: StatementGuide }) {
  if (guide.links.length === 0) return null;
  return (
    <ul class="step-links">
      {guide.links.map((link) => (
        <li key={link.href}>{link.kind}: <a href={link.href}>{link.label}</a></li>
      ))}
    </ul>
  );
}

/** Steps as a numbered list, numbered from `start` (the plan numbers its blocks on from each other). */
function StepList({ steps, info, labelledBy, start = 1 }: { steps: NextStep[]; info: StepInfo; labelledBy: string; start?: number }) {
  return (
    <ol class="steps" aria-labelledby={labelledBy} start={start}>
      {steps.map((step) => {
        const guide = info.guide.statements[step.id];
        return (
          <li key={step.id}>
            {guide && <p class="step-action">{guide.action}</p>}
            <p class="step-why">Stage {step.stage} · {ratingWords(step.rating)}: {info.text(step.id)}</p>
            {guide && <Links guide={guide} />}
          </li>
        );
      })}
    </ol>
  );
}

function Plan({ steps, info, copy, stepValues }: { steps: NextStep[]; info: StepInfo; copy: AssessCopy; stepValues: Record<string, string | number> }) {
  let numbered = 1;
  return (
    <div class="plan">
      <p>{fill(copy.stepsIntro, stepValues)}</p>
      {ninetyDayPlan(steps).map((phase) => {
        const start = numbered;
        numbered += phase.steps.length;
        return (
          <section key={phase.phase} aria-labelledby={`plan-${phase.phase}`}>
            <h4 id={`plan-${phase.phase}`}>Days {phase.firstDay}–{phase.lastDay}</h4>
            {phase.steps.length === 0 ? <p>{copy.planQuiet}</p> : <StepList steps={phase.steps} info={info} labelledBy={`plan-${phase.phase}`} start={start} />}
          </section>
        );
      })}
      <p>{copy.planEnd}</p>
    </div>
  );
}
