import type { Answers } from '../../lib/assessment/answers';
import type { CatalogueStage } from '../../lib/assessment/catalogue';
import { NOTE_MAX } from '../../lib/assessment/answers';
import { rate, writeNote } from '../../stores/assessment/answers';
import { RATING_CHOICES } from './labels';

interface Props {
  catalogue: CatalogueStage[];
  answers: Answers;
  /** Shared answers are shown, not edited; notes are hidden because links don't carry them. */
  readOnly: boolean;
}

/**
 * The 30 statements as a form, grouped by stage. Rendered on the server too, so without JavaScript
 * it is a worksheet to read and print.
 */
export function Worksheet({ catalogue, answers, readOnly }: Props) {
  return (
    <section class="worksheet" aria-label="Statements to rate">
        {catalogue.map((stage) => {
          const answered = stage.statements.filter((s) => answers.ratings[s.id] !== undefined).length;
          return (
            <section key={stage.number} class="stage-block" aria-labelledby={`stage-${stage.number}`}>
              <h2 id={`stage-${stage.number}`}>
                Stage {stage.number} · {stage.name}
              </h2>
              <p class="stage-meta">
                {stage.number < 6 ? `What it takes to leave ${stage.name}.` : 'What full Predictive maturity looks like.'}{' '}
                <span class="count">{answered} of {stage.statements.length} answered</span> ·{' '}
                <a href={stage.href}>About this stage</a>
              </p>
              {stage.statements.map((statement) => {
                const note = answers.notes[statement.id] ?? '';
                return (
                  <fieldset key={statement.id} class="statement" id={`q-${statement.id}`} disabled={readOnly}>
                    <legend>{statement.text}</legend>
                    <div class="choices">
                      {RATING_CHOICES.map(({ value, label }) => (
                        <label key={value} class="choice">
                          <input
                            type="radio"
                            name={statement.id}
                            value={String(value)}
                            checked={answers.ratings[statement.id] === value}
                            onChange={() => rate(statement.id, value)}
                          />{' '}
                          {label}
                        </label>
                      ))}
                    </div>
                    {!readOnly && (
                      <details class="note">
                        <summary>{note ? 'Note (evidence) · written' : 'Add a note (evidence)'}</summary>
                        <label for={`note-${statement.id}`} class="visually-hidden">Note on: {statement.text}</label>
                        <textarea
                          id={`note-${statement.id}`}
                          rows={2}
                          maxLength={NOTE_MAX}
                          value={note}
                          onInput={(event) => writeNote(statement.id, event.currentTarget.value)}
                        />
                      </details>
                    )}
                  </fieldset>
                );
              })}
            </section>
          );
        })}
    </section>
  );
}
