/**
 * What can be typed into each "Benchmark yourself" field (range per unit, with exceptions for rates
 * that can leave 0–100), and the figures kept in storage, re-checked against those rules on reading.
 */
import { parseJsonRecord } from '../json';
import type { BenchmarkRow, Unit } from './benchmark';
import { checkNumber, parseNumberInput, type NumberResult, type NumberRule } from './number-input';

const UNIT_RULES: Record<Unit, NumberRule> = {
  percent: { min: 0, max: 100, percent: true },
  // Ten thousand hours is well over a year of elapsed time: as an average, a typing slip.
  hours: { min: 0, max: 10_000 },
  days: { min: 0, max: 3_650 },
  ratio: { min: 0, max: 1_000 },
  count: { min: 0, max: 1_000_000_000 },
  // Scores on this site are NPS-style, from −100 to 100.
  score: { min: -100, max: 100 },
  currency: { min: 0, max: 1_000_000_000_000 },
};

/** Percentages that are rates of change or of revenue kept, so they can leave 0–100. */
const RULE_OVERRIDES: Record<string, NumberRule> = {
  // Above 100 % when expansion outweighs churn and contraction; that is the goal.
  'net-recurring-revenue': { min: 0, max: 500, percent: true },
  // A year-on-year change in demand: it can fall, and it can more than double.
  'support-demand-forecast': { min: -100, max: 1_000, percent: true },
  // Revenue growth from existing customers can exceed 100 % in a small base.
  expansion: { min: 0, max: 1_000, percent: true },
};

export function inputRule(row: Pick<BenchmarkRow, 'id' | 'unit'>): NumberRule {
  return RULE_OVERRIDES[row.id] ?? UNIT_RULES[row.unit];
}

export function validateEntry(row: Pick<BenchmarkRow, 'id' | 'unit'>, raw: string): NumberResult {
  return parseNumberInput(raw, inputRule(row));
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
  const fmt = (n: number) => n.toLocaleString('en-GB');
  return `${unitWord(row.unit)}, ${fmt(rule.min)} to ${fmt(rule.max)}`;
}

/** Figures someone entered, by metric id. */
export type Entries = Record<string, number>;

const ENTRY_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_ENTRIES = 200;

/** Reads what storage holds; anything that is not a metric id mapped to a finite number is dropped. */
export function decodeEntries(stored: string | undefined): Entries {
  const parsed = parseJsonRecord(stored);
  if (!parsed) return {};
  const entries: Entries = {};
  for (const [id, value] of Object.entries(parsed).slice(0, MAX_ENTRIES)) {
    if (ENTRY_ID.test(id) && typeof value === 'number' && Number.isFinite(value)) entries[id] = value;
  }
  return entries;
}

/** The stored figure for a row, if it is still within what the field accepts (storage can be edited by hand). */
export function usableEntry(row: Pick<BenchmarkRow, 'id' | 'unit'>, entries: Entries): number | undefined {
  const value = entries[row.id];
  if (value === undefined) return undefined;
  return checkNumber(value, inputRule(row)).ok ? value : undefined;
}
