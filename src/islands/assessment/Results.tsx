import { useState } from 'preact/hooks';
import { shortName, type CatalogueStage, type CatalogueStatement } from '../../lib/assessment/catalogue';
import { nextSteps, ninetyDayPlan, type NextStep } from '../../lib/assessment/plan';
import { stageBlockers, type AssessmentScore, type Ratings, type StageStatements } from '../../lib/assessment/scoring';
import { percentText, stageTitle } from './labels';
import type { AssessCopy } from './copy';
import { fillPlaceholders as fill } from '../../lib/placeholders';
import { StageChart } from './StageChart';

interface Props {
  catalogue: CatalogueStage[];
  stages: StageStatements[];
  score: AssessmentScore;
  ratings: Ratings;
  copy: AssessCopy;
}

/** The result: overall stage, chart, per-stage table, what holds it back, the answer matrix, next steps. */
export function Results({ catalogue, stages, score, ratings, copy }: Props) {
  const [asPlan, setAsPlan] = useState(false);
  const overall = score.overallStage;
  const statementById = new Map(catalogue.flatMap((stage) => stage.statements.map((s) => [s.id, s] as const)));
  const text = (id: string) => statementById.get(id)?.text ?? id;
  const ahead = score.stages.filter((s) => s.ahead);
  const overallStatements = stages.find((s) => s.number === overall);
  const blockers = overallStatements ? stageBlockers(overallStatements, ratings) : null;
  const allEstablished = score.stages.every((s) => s.established);
  const steps = nextSteps(stages, ratings, overall);
  const stepValues = { stage: overall, next: overall < 6 ? ` or stage ${overall + 1}` : '' };

  return (
    <section class="results" aria-labelledby="results">
      <h2 id="results">Results</h2>
      <p class="overall">Overall stage: {stageTitle(catalogue, overall)}</p>
      <p>
        {fill(score.answered === score.statements ? copy.basedOnAll : copy.basedOnSome, { answered: score.answered, count: score.statements })}
      </p>
      {ahead.length > 0 && (
        <p class="strength">{fill(copy.ahead, { stages: ahead.map((s) => `stage ${stageTitle(catalogue, s.number)}`).join(', ') })}</p>
      )}
      <figure class="chart">
        <StageChart catalogue={catalogue} score={score} id="stage-chart" />
        <figcaption>{copy.chartCaption}</figcaption>
      </figure>

      <div class="table-scroll">
        <table class="stage-table">
          <caption>Score per stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Rated</th>
              <th scope="col">Total</th>
              <th scope="col">Percent</th>
              <th scope="col">Established</th>
              <th scope="col">Ahead</th>
            </tr>
          </thead>
          <tbody>
            {score.stages.map((s) => (
              <tr key={s.number} class={s.number === overall ? 'current' : undefined}>
                <th scope="row">{stageTitle(catalogue, s.number)}</th>
                <td>{s.rated} of {s.statements}</td>
                <td>{s.total}</td>
                <td>{percentText(s.percent)}</td>
                <td>{s.established ? 'Yes' : 'No'}</td>
                <td>{s.ahead ? 'Yes' : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{allEstablished ? 'Nothing holds you back' : `What holds you at stage ${overall}`}</h3>
      {allEstablished || !blockers ? (
        <p>{copy.allEstablished}</p>
      ) : (
        <ul class="blockers">
          {blockers.notInPlace.map((id) => <li key={id}>{text(id)} <span class="tag bad">rated 1, not in place</span></li>)}
          {blockers.partly.map((id) => <li key={id}>{text(id)} <span class="tag warn">rated 2, partly in place</span></li>)}
          {blockers.unanswered.map((id) => <li key={id}>{text(id)} <span class="tag">not answered yet</span></li>)}
          {blockers.averageTooLow && <li>{copy.averageTooLow}</li>}
          {blockers.tooFewRated && <li>{copy.tooFewRated}</li>}
        </ul>
      )}

      <h3>Your answers at a glance</h3>
      <div class="table-scroll">
        <table class="answer-matrix">
          <caption>Each statement's rating, stage by stage</caption>
          <tbody>
            {catalogue.map((stage) => (
              <tr key={stage.number}>
                <th scope="row">{stageTitle(catalogue, stage.number)}</th>
                {stage.statements.map((s) => {
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

      <h3 id="next-steps">Next steps</h3>
      {steps.length === 0 ? (
        <p>{fill(score.answered < score.statements ? copy.stepsNoneYet : copy.stepsNone, stepValues)}</p>
      ) : (
        <>
          <p>{fill(copy.stepsIntro, stepValues)}</p>
          <div class="view-switch" role="group" aria-label="Show next steps">
            <button type="button" class="secondary" aria-pressed={!asPlan} onClick={() => setAsPlan(false)}>By statement</button>
            <button type="button" class="secondary" aria-pressed={asPlan} onClick={() => setAsPlan(true)}>90-day plan</button>
          </div>
          {asPlan ? <Plan steps={steps} statementById={statementById} copy={copy} /> : <StepList steps={steps} statementById={statementById} />}
        </>
      )}
    </section>
  );
}

type ById = Map<string, CatalogueStatement>;

function Links({ statement }: { statement: CatalogueStatement }) {
  if (statement.links.length === 0) return null;
  return (
    <ul class="step-links">
      {statement.links.map((link) => (
        <li key={link.href}>{link.kind}: <a href={link.href}>{link.label}</a></li>
      ))}
    </ul>
  );
}

function StepList({ steps, statementById }: { steps: NextStep[]; statementById: ById }) {
  return (
    <ol class="steps">
      {steps.map((step) => {
        const statement = statementById.get(step.id);
        if (!statement) return null;
        return (
          <li key={step.id}>
            <p class="step-action">{statement.action}</p>
            <p class="step-why">Stage {step.stage}, rated {step.rating}: {statement.text}</p>
            <Links statement={statement} />
          </li>
        );
      })}
    </ol>
  );
}

function Plan({ steps, statementById, copy }: { steps: NextStep[]; statementById: ById; copy: AssessCopy }) {
  return (
    <div class="plan">
      {ninetyDayPlan(steps).map((phase) => (
        <section key={phase.phase} aria-labelledby={`plan-${phase.phase}`}>
          <h4 id={`plan-${phase.phase}`}>Days {phase.firstDay}–{phase.lastDay}</h4>
          {phase.steps.length === 0 ? (
            <p>{copy.planQuiet}</p>
          ) : (
            <ul>
              {phase.steps.map((step) => {
                const statement = statementById.get(step.id);
                return statement ? (
                  <li key={step.id}>
                    {statement.action} <span class="tag">stage {step.stage} · rated {step.rating}</span>
                    <Links statement={statement} />
                  </li>
                ) : null;
              })}
            </ul>
          )}
        </section>
      ))}
      <p>{copy.planEnd}</p>
    </div>
  );
}
