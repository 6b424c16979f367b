/**
 * Support demand forecast: monthly case volume and the staff to handle it for the next months,
 * from a handful of figures. Pure: no DOM, no storage.
 *
 * The model, for month m = 1 … 12 with W = the months a new user's cases are spread over:
 *   users at month end     = users today + m × new users per month
 *   new-user cases         = new users per month × min(m, W) × cases per new user ÷ W
 *                            (each month's joiners raise their cases evenly over their first W months)
 *   existing users         = users today + new users per month × max(0, m − W)
 *                            (today's users, plus joiners whose first W months are over)
 *   existing-user cases    = existing users × cases per existing user per year ÷ 12
 *   cases to handle        = (new-user cases + existing-user cases) × (1 − deflection ÷ 100)
 *   staff needed           = ceil(cases to handle ÷ cases an agent resolves per month)
 * With W = 1 (the default) a new user raises all their cases in the month they join and counts as an
 * existing user from the next month, so no one is counted twice.
 */
import { checkNumber, parseNumberInput, type NumberResult, type NumberRule } from './number-input';
import { formatCount } from './format';
import { parseJsonRecord, unreadable, usable, type Decoded } from '../json';

export interface ForecastInputs {
  usersToday: number;
  newUsersPerMonth: number;
  casesPerNewUser: number;
  casesPerUserPerYear: number;
  deflectionPercent: number;
  casesPerAgentPerMonth: number;
  /** Months over which a new user's cases are spread (1, 3, 6 or 12). */
  newUserMonths: number;
}

export type ForecastField = Exclude<keyof ForecastInputs, 'newUserMonths'>;

/** The 2020 ServiceXRG/TeamSupport industry average, used when content gives no figure. */
export const FALLBACK_CASES_PER_NEW_USER = 4.4;
export const FORECAST_MONTHS = 12;
export const NEW_USER_SPREADS = [1, 3, 6, 12] as const;

export interface FieldSpec {
  key: ForecastField;
  label: string;
  hint: string;
  /** The plausible range; outside it the figure is refused and no forecast is worked out from it. */
  rule: NumberRule;
  /** Why the range stops where it does, as the page's table of limits says it. */
  why: string;
}

/**
 * The number fields, in the order the form shows them, with the plausible range of each. The page
 * prints this table (src/pages/metrics/forecast.astro). With every figure inside its range the
 * largest possible result is about 28 billion cases a month: large, but finite and printable.
 */
export const FORECAST_FIELDS: readonly FieldSpec[] = [
  {
    key: 'usersToday',
    label: 'Customers or users today',
    hint: 'Everyone who can raise a case now. Whole number, 0 to 100,000,000.',
    rule: { min: 0, max: 100_000_000, integer: true },
    why: 'A hundred million is beyond the user base any one support team serves.',
  },
  {
    key: 'newUsersPerMonth',
    label: 'New users per month',
    hint: 'Expected joiners each month over the next year. Whole number, 0 to 10,000,000.',
    rule: { min: 0, max: 10_000_000, integer: true },
    why: 'Ten million joiners a month is beyond any one support team.',
  },
  {
    key: 'casesPerNewUser',
    label: 'Cases per new user',
    hint: 'Cases each new user raises while settling in, 0 to 1,000.',
    rule: { min: 0, max: 1_000 },
    why: 'The published average is 4.4; a thousand is far past any onboarding.',
  },
  {
    key: 'casesPerUserPerYear',
    label: 'Cases per existing user per year',
    hint: 'From your own case history: last year’s cases ÷ users, 0 to 1,000.',
    rule: { min: 0, max: 1_000 },
    why: 'A thousand a year is about three a day from every user, every day.',
  },
  {
    key: 'deflectionPercent',
    label: 'Expected deflection (%)',
    hint: 'Share of cases that self-help, fixes or automation will prevent, 0 to 100.',
    rule: { min: 0, max: 100, percent: true },
    why: 'A share of cases: none of them to all of them.',
  },
  {
    key: 'casesPerAgentPerMonth',
    label: 'Cases an agent resolves per month',
    hint: 'Average for one full-time person, 1 to 10,000.',
    rule: { min: 1, max: 10_000 },
    why: 'Fewer than one case a month is not a queue anyone works, and divides staff into nonsense; ten thousand is about 500 a working day.',
  },
];

export function fieldSpec(key: ForecastField): FieldSpec {
  const spec = FORECAST_FIELDS.find((field) => field.key === key);
  if (!spec) throw new Error(`unknown forecast field: ${key}`);
  return spec;
}

export function validateForecastField(key: ForecastField, raw: string): NumberResult {
  const spec = fieldSpec(key);
  return parseNumberInput(raw, spec.rule, spec.label);
}

export function isNewUserSpread(value: unknown): value is (typeof NEW_USER_SPREADS)[number] {
  return NEW_USER_SPREADS.includes(value as never);
}

export interface ForecastMonth {
  month: number;
  usersAtEnd: number;
  newUserCases: number;
  existingUserCases: number;
  /** Cases before deflection. */
  grossCases: number;
  /** Cases deflection is expected to prevent. */
  deflectedCases: number;
  /** Cases the team has to handle. */
  cases: number;
  staff: number;
}

/** Staff to handle `cases`; rounding first stops 3.0000000001 (floating point) from becoming 4. */
export function staffNeeded(cases: number, casesPerAgentPerMonth: number): number {
  if (cases <= 0) return 0;
  return Math.ceil(Number((cases / casesPerAgentPerMonth).toFixed(6)));
}

export function forecastMonth(inputs: ForecastInputs, month: number): ForecastMonth {
  const spread = inputs.newUserMonths;
  const usersAtEnd = inputs.usersToday + month * inputs.newUsersPerMonth;
  const newUserCases = (inputs.newUsersPerMonth * Math.min(month, spread) * inputs.casesPerNewUser) / spread;
  const existingUsers = inputs.usersToday + inputs.newUsersPerMonth * Math.max(0, month - spread);
  const existingUserCases = (existingUsers * inputs.casesPerUserPerYear) / 12;
  const grossCases = newUserCases + existingUserCases;
  const deflectedCases = grossCases * (inputs.deflectionPercent / 100);
  const cases = grossCases - deflectedCases;
  return {
    month,
    usersAtEnd,
    newUserCases,
    existingUserCases,
    grossCases,
    deflectedCases,
    cases,
    staff: staffNeeded(cases, inputs.casesPerAgentPerMonth),
  };
}

/** Throws on inputs the form would not accept: callers validate first, this is the last guard. */
export function forecast(inputs: ForecastInputs, months = FORECAST_MONTHS): ForecastMonth[] {
  const problem = checkInputs(inputs);
  if (problem) throw new RangeError(problem);
  return Array.from({ length: months }, (_, index) => forecastMonth(inputs, index + 1));
}

function checkInputs(inputs: ForecastInputs): string | undefined {
  for (const field of FORECAST_FIELDS) {
    const result = checkNumber(inputs[field.key], field.rule, field.label);
    if (!result.ok) return result.message;
  }
  if (!isNewUserSpread(inputs.newUserMonths)) return `New-user spread must be one of ${NEW_USER_SPREADS.join(', ')} months.`;
  return undefined;
}

/** Whole cases as shown in the table; the staff figure is worked out from the unrounded value. */
export function roundCases(cases: number): number {
  return Math.round(cases);
}

export interface ForecastSummary {
  totalCases: number;
  firstMonth: ForecastMonth;
  lastMonth: ForecastMonth;
  peakStaff: number;
}

export function summarise(months: ForecastMonth[]): ForecastSummary | undefined {
  const firstMonth = months[0];
  const lastMonth = months.at(-1);
  if (!firstMonth || !lastMonth) return undefined;
  return {
    totalCases: months.reduce((sum, month) => sum + month.cases, 0),
    firstMonth,
    lastMonth,
    peakStaff: Math.max(...months.map((month) => month.staff)),
  };
}

/** One or two sentences that say what the chart shows, for its <desc>. */
export function describeForecast(months: ForecastMonth[]): string {
  const summary = summarise(months);
  if (!summary) return 'No forecast yet.';
  const { firstMonth, lastMonth, peakStaff, totalCases } = summary;
  const n = formatCount;
  return (
    `Cases to handle go from ${n(firstMonth.cases)} in month 1 to ${n(lastMonth.cases)} in month ${lastMonth.month}, ` +
    `${n(totalCases)} over the ${months.length} months. Staff needed goes from ${n(firstMonth.staff)} to ${n(lastMonth.staff)}, peaking at ${n(peakStaff)}.`
  );
}

// ── Stored inputs ────────────────────────────────────────────────────────────────────────────────

export type StoredForecastInputs = Partial<ForecastInputs>;

/**
 * Reads stored inputs: each value must pass its field's rule (a figure stored under an older, wider
 * range is not used), and anything left out is counted, so the original text is kept.
 */
export function decodeForecastInputs(stored: string): Decoded<StoredForecastInputs> {
  const record = parseJsonRecord(stored);
  if (!record) return unreadable({});
  const inputs: StoredForecastInputs = {};
  for (const field of FORECAST_FIELDS) {
    const value = record[field.key];
    if (typeof value === 'number' && checkNumber(value, field.rule, field.label).ok) inputs[field.key] = value;
  }
  if (isNewUserSpread(record['newUserMonths'])) inputs.newUserMonths = record['newUserMonths'];
  return usable(inputs, Object.keys(record).length - Object.keys(inputs).length);
}

/** All inputs, or undefined while any is missing. */
export function completeInputs(stored: StoredForecastInputs): ForecastInputs | undefined {
  const newUserMonths = stored.newUserMonths ?? 1;
  for (const field of FORECAST_FIELDS) if (stored[field.key] === undefined) return undefined;
  return { ...(stored as Omit<ForecastInputs, 'newUserMonths'>), newUserMonths };
}

// ── Chart scale ──────────────────────────────────────────────────────────────────────────────────

/** A round top for the chart's axis and evenly spaced ticks from 0 up to it (1, 2 or 5 × 10ⁿ steps). */
export function chartScale(largest: number, targetTicks = 4): { top: number; ticks: number[] } {
  if (!(largest > 0) || !Number.isFinite(largest)) return { top: 1, ticks: [0, 1] };
  const rough = largest / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  const top = Math.ceil(largest / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return { top: Number(top.toPrecision(12)), ticks };
}
