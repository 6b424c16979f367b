/**
 * What can be typed into each "Benchmark yourself" field (a plausible range per unit, with
 * exceptions for rates that can leave 0–100), and the figures kept in storage, re-checked on reading.
 */
import { parseJsonRecord, unreadable, usable, type Decoded } from '../json';
import type { BenchmarkRow, Unit } from './benchmark';
import { checkNumber, formatLimit, parseNumberInput, type NumberResult, type NumberRule } from './number-input';

/** A field's range and, for the page, why it stops there. */
export interface RuleWithReason extends NumberRule {
  why: string;
}

/**
 * The plausible range of a field by the metric's unit, two decimal places at most. The benchmark
 * page prints this table (src/pages/metrics/benchmark.astro), so the reasons are written for readers.
 */
export const UNIT_RULES: Record<Unit, RuleWithReason> = {
  percent: { min: 0, max: 100, percent: true, why: 'A share of something cannot be below none or above all of it.' },
  hours: { min: 0, max: 10_000, why: 'Ten thousand hours is more than a year of elapsed time: as an average, a typing slip.' },
  days: { min: 0, max: 3_650, why: 'Ten years.' },
  ratio: { min: 0, max: 1_000, why: 'A thousand to one is beyond any ratio these metrics describe.' },
  count: { min: 0, max: 1_000_000_000, why: 'A billion is beyond any count a support team keeps for one metric.' },
  score: { min: -100, max: 100, why: 'Scores here are on the net promoter scale, from −100 to 100.' },
  currency: { min: 0, max: 1_000_000_000_000, why: 'A trillion in any currency.' },
};

/** Percentages that are rates of change or of revenue kept, so they can leave 0–100. */
export const RULE_OVERRIDES: Record<string, RuleWithReason> = {
  'net-recurring-revenue': { min: 0, max: 500, percent: true, why: 'Above 100% when expansion outweighs churn and contraction, which is the goal.' },
  'support-demand-forecast': { min: -100, max: 1_000, percent: true, why: 'A change in demand from one year to the next: it can fall, and it can more than double.' },
  expansion: { min: 0, max: 1_000, percent: true, why: 'Growth from existing customers can pass 100% when the customer base is small.' },
};

export function inputRule(row: Pick<BenchmarkRow, 'id' | 'unit'>): NumberRule {
  return RULE_OVERRIDES[row.id] ?? UNIT_RULES[row.unit];
}

/** The metric as a field label: "First Contact Resolution (FCR)". */
export function fieldName(row: Pick<BenchmarkRow, 'name' | 'abbreviation'>): string {
  return row.abbreviation ? `${row.name} (${row.abbreviation})` : row.name;
}

export function validateEntry(row: Pick<BenchmarkRow, 'id' | 'unit' | 'name' | 'abbreviation'>, raw: string): NumberResult {
  return parseNumberInput(raw, inputRule(row), fieldName(row));
}

const UNIT_WORDS: Record<Unit, string> = {
  percent: '%',
  hours: 'hours',
  days: 'days',
  ratio: 'ratio',
  count: 'count',
  score: 'score',
  currency: 'currency',
};

/** The unit as shown beside a field and in the CSV. */
export function unitWord(unit: Unit): string {
  return UNIT_WORDS[unit];
}

/** "%, 0 to 100": the unit and accepted range, shown next to the field. */
export function fieldHint(row: Pick<BenchmarkRow, 'id' | 'unit'>): string {
  const rule = inputRule(row);
  return `${unitWord(row.unit)}, ${formatLimit(rule.min)} to ${formatLimit(rule.max)}`;
}

/** Figures someone entered, by metric id. */
export type Entries = Record<string, number>;

const ENTRY_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * Reads what storage holds: metric ids mapped to finite numbers. Anything else is left out and
 * counted, so the persistence module keeps the original text. Nothing is trimmed.
 */
export function decodeStoredEntries(stored: string): Decoded<Entries> {
  const parsed = parseJsonRecord(stored);
  if (!parsed) return unreadable({});
  const entries: Entries = {};
  let skipped = 0;
  for (const [id, value] of Object.entries(parsed)) {
    if (ENTRY_ID.test(id) && typeof value === 'number' && Number.isFinite(value)) entries[id] = value;
    else skipped += 1;
  }
  return usable(entries, skipped);
}

/**
 * The stored figure for a row, if it is still within what the field accepts (storage can be edited
 * by hand, and ranges can change). A figure outside is kept in storage, not used: see `heldEntry`.
 */
export function usableEntry(row: Pick<BenchmarkRow, 'id' | 'unit'>, entries: Entries): number | undefined {
  const value = entries[row.id];
  if (value === undefined) return undefined;
  return checkNumber(value, inputRule(row), row.id).ok ? value : undefined;
}

/** A stored figure the field would not accept now: kept, shown as such, never placed. */
export function heldEntry(row: Pick<BenchmarkRow, 'id' | 'unit'>, entries: Entries): number | undefined {
  const value = entries[row.id];
  return value !== undefined && usableEntry(row, entries) === undefined ? value : undefined;
}
