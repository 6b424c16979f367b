import { useEffect, useState } from 'preact/hooks';
import {
  FORECAST_FIELDS,
  NEW_USER_SPREADS,
  describeForecast,
  summarise,
  validateForecastField,
  type ForecastField,
  type ForecastMonth,
  type StoredForecastInputs,
} from '../../lib/metrics/forecast';
import { $effectiveInputs, $forecast, clearForecastInputs, setDefaultCasesPerNewUser, setForecastInput } from '../../stores/metrics/forecast';
import { $storageStatus, connectStorage, isStorageLost } from '../../stores/persistence';
import { useStoreAfterMount } from '../use-store';
import { useFieldTexts } from './use-field-texts';
import ForecastChart from './ForecastChart';
import { UnreadableNotice } from '../data/UnreadableNotice';
import type { UnreadableNoticeCopy } from '../data/copy';
import { formatCount as whole, formatNumber as plain } from '../../lib/metrics/format';

const SPREAD_LABELS: Record<number, string> = {
  1: 'All in the month they join',
  3: 'Spread over their first 3 months',
  6: 'Spread over their first 6 months',
  12: 'Spread over their first 12 months',
};


function forecastStatus(months: ForecastMonth[] | undefined): string {
  const summary = months && summarise(months);
  if (!summary) return '';
  const { lastMonth } = summary;
  return `Forecast updated: month ${lastMonth.month} needs ${whole(lastMonth.staff)} staff for ${whole(lastMonth.cases)} cases.`;
}

/** Support demand forecast: six figures in, twelve months of cases and staff out. Inputs kept locally. */
export default function ForecastTool({ defaultCasesPerNewUser, unreadable }: { defaultCasesPerNewUser: number; unreadable: UnreadableNoticeCopy }) {
  const inputs: StoredForecastInputs = useStoreAfterMount($effectiveInputs, { casesPerNewUser: defaultCasesPerNewUser, newUserMonths: 1 });
  const months = useStoreAfterMount($forecast, undefined);
  const storage = useStoreAfterMount($storageStatus, 'detached');
  // Controls wait until stored figures are in, so nothing typed before then is overwritten.
  const mounted = storage !== 'detached';
  const { drafts, errors, typed, rejected, settled, reset } = useFieldTexts<ForecastField>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    setDefaultCasesPerNewUser(defaultCasesPerNewUser);
    connectStorage();
  }, [defaultCasesPerNewUser]);

  function commit(key: ForecastField, raw: string): void {
    const spec = FORECAST_FIELDS.find((field) => field.key === key);
    const result = validateForecastField(key, raw);
    if (!result.ok) {
      rejected(key, result.message);
      setStatus(`Not saved. ${result.message}`);
      return;
    }
    setForecastInput(key, result.value);
    settled(key);
    setStatus(forecastStatus($forecast.get()) || `Saved ${spec?.label ?? key}.`);
  }

  function edit(key: ForecastField, raw: string): void {
    typed(key, raw, validateForecastField(key, raw).ok);
  }

  function clearAll(): void {
    clearForecastInputs();
    reset();
    setStatus('Figures cleared. Cases per new user is back to the default.');
  }

  const missing = FORECAST_FIELDS.filter((field) => inputs[field.key] === undefined);
  const hasErrors = Object.keys(errors).length > 0;
  const summary = months && summarise(months);

  return (
    <div class="forecast-tool">
      <form
        aria-labelledby="fc-form-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          for (const field of FORECAST_FIELDS) {
            const draft = drafts[field.key];
            if (draft !== undefined) commit(field.key, draft);
          }
        }}
      >
        <h2 id="fc-form-heading">Your figures</h2>
        <div class="fc-fields">
          {FORECAST_FIELDS.map((field) => {
            const id = `fc-${field.key}`;
            const value = inputs[field.key];
            const error = errors[field.key];
            return (
              <p key={field.key} class="fc-field">
                <label for={id}>{field.label}</label>
                <input
                  id={id}
                  name={field.key}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={drafts[field.key] ?? (value === undefined ? '' : String(value))}
                  disabled={!mounted}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
                  onInput={(event) => edit(field.key, event.currentTarget.value)}
                  onChange={(event) => commit(field.key, event.currentTarget.value)}
                />
                <span id={`${id}-hint`} class="fc-hint">{field.hint}</span>
                {error && (
                  <span id={`${id}-error`} class="fc-error">
                    {error}
                    {value !== undefined && ` The forecast still uses ${plain(value)}.`}
                  </span>
                )}
              </p>
            );
          })}
          <p class="fc-field">
            <label for="fc-newUserMonths">When new users raise their cases</label>
            <select
              id="fc-newUserMonths"
              name="newUserMonths"
              value={String(inputs.newUserMonths ?? 1)}
              disabled={!mounted}
              aria-describedby="fc-newUserMonths-hint"
              onChange={(event) => {
                setForecastInput('newUserMonths', Number(event.currentTarget.value));
                setStatus(forecastStatus($forecast.get()) || 'Saved.');
              }}
            >
              {NEW_USER_SPREADS.map((months) => (
                <option key={months} value={String(months)}>{SPREAD_LABELS[months]}</option>
              ))}
            </select>
            <span id="fc-newUserMonths-hint" class="fc-hint">After that they count as existing users.</span>
          </p>
        </div>
        <p class="no-print">
          <button type="submit" disabled={!mounted}>Update forecast</button>{' '}
          <button type="button" class="secondary" onClick={clearAll} disabled={!mounted}>Clear figures</button>
        </p>
        <p role="status" aria-live="polite" class="fc-status">{status}</p>
        {isStorageLost(storage) && (
          <p class="fc-notice">This browser is not letting the site store data, so your figures won’t be kept after you leave this page.</p>
        )}
        <UnreadableNotice copy={unreadable} />
      </form>

      <section aria-labelledby="fc-result-heading" class="fc-result">
        <h2 id="fc-result-heading">Forecast for the next 12 months</h2>
        {!months || !summary ? (
          <p>
            {mounted
              ? `Enter ${missing.length === 1 ? 'the last figure' : `the ${missing.length} remaining figures`} to see the forecast: ${missing.map((field) => field.label.toLowerCase()).join(', ')}.`
              : 'Enter your figures above to see the forecast.'}
          </p>
        ) : (
          <>
            {hasErrors && (
              <p class="fc-stale">Some figures above are not valid, so this is the forecast from your last valid figures.</p>
            )}
            <p class="fc-summary">
              Over the next 12 months your team handles about <strong>{whole(summary.totalCases)} cases</strong>. In month{' '}
              {summary.lastMonth.month} that is {whole(summary.lastMonth.cases)} cases a month, needing{' '}
              <strong>{whole(summary.lastMonth.staff)} {summary.lastMonth.staff === 1 ? 'person' : 'people'}</strong>; the most needed in any month is {whole(summary.peakStaff)}.
            </p>
            <h3>Assumptions used</h3>
            <ul class="fc-assumptions">
              {FORECAST_FIELDS.map((field) => (
                <li key={field.key}>{field.label}: {plain(inputs[field.key] ?? 0)}</li>
              ))}
              <li>New users’ cases: {SPREAD_LABELS[inputs.newUserMonths ?? 1]?.toLowerCase()}</li>
            </ul>
            <ForecastChart months={months} description={describeForecast(months)} />
            <div class="table-scroll">
              <table class="fc-table">
                <caption>Monthly cases and staff needed, month by month</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Users at month end</th>
                    <th scope="col">New-user cases</th>
                    <th scope="col">Existing-user cases</th>
                    <th scope="col">Prevented by deflection</th>
                    <th scope="col">Cases to handle</th>
                    <th scope="col">Staff needed</th>
                  </tr>
                </thead>
                <tbody>
                  {months.map((month) => (
                    <tr key={month.month}>
                      <th scope="row">Month {month.month}</th>
                      <td>{whole(month.usersAtEnd)}</td>
                      <td>{whole(month.newUserCases)}</td>
                      <td>{whole(month.existingUserCases)}</td>
                      <td>{whole(month.deflectedCases)}</td>
                      <td>{whole(month.cases)}</td>
                      <td>{whole(month.staff)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
