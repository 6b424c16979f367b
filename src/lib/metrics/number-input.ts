/**
 * Reading a number someone typed into a text field, with a message they can act on when it is not
 * usable. Shared by the benchmark and forecast tools. Pure: no DOM.
 *
 * Fields are plain text inputs (inputmode="decimal") rather than type="number", because a number
 * input hands back an empty string for "12,5" or "abc" and the person would never learn why.
 *
 * Every field has a plausible range (NumberRule): a value outside it is refused, never clamped, so
 * no result is ever worked out from a typing slip. The ranges are tabled where the fields are
 * defined (FORECAST_FIELDS in forecast.ts, UNIT_RULES in benchmark-input.ts) and shown on the pages.
 */
import { formatNumber } from './format';

export interface NumberRule {
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value; anything above is treated as a slip of the keyboard. */
  max: number;
  /** Whole numbers only (people, users). */
  integer?: boolean;
  /** True when the value must be above `min`, not equal to it. */
  exclusiveMin?: boolean;
  /** Most decimal places accepted (default 2): finer figures are false precision, and tiny ones print badly. */
  decimals?: number;
  /** True for percentages: a trailing "%" is accepted and the limit message talks about percent. */
  percent?: boolean;
}

export type NumberResult = { ok: true; value: number } | { ok: false; message: string };

/** Digits with an optional sign and decimal point. Rejects "1e5", "0x10", "Infinity" and friends. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Numbers as this site prints them in messages: thousands grouped, at most two decimals. */
export function formatLimit(value: number): string {
  return formatNumber(value);
}

/** "from 0 to 100" */
export function rangeText(rule: NumberRule): string {
  return `from ${formatLimit(rule.min)} to ${formatLimit(rule.max)}`;
}

/** Reads typed text for the field called `label` (named in every message). */
export function parseNumberInput(raw: string, rule: NumberRule, label: string): NumberResult {
  let text = raw.trim().replace(/\s+/g, '');
  if (rule.percent && text.endsWith('%')) text = text.slice(0, -1);
  if (text === '') return { ok: false, message: `Enter a number for ${label}.` };
  if (text.includes(',')) {
    return { ok: false, message: `${label}: use a point for decimals and leave out thousands separators, for example 1200.5.` };
  }
  if (!PLAIN_NUMBER.test(text)) {
    return { ok: false, message: `${label} needs a number: digits and, if needed, a decimal point, for example 54.5.` };
  }
  return checkNumber(Number(text), rule, label);
}

/**
 * The range, whole-number and precision checks on a number already parsed (typed, or read back from
 * storage). The range comes first: "0.000000000001" is below the range before it is too precise.
 */
export function checkNumber(value: number, rule: NumberRule, label: string): NumberResult {
  if (!Number.isFinite(value)) return { ok: false, message: `That is not a number ${label} can use.` };
  const range = rangeText(rule);
  if (value < 0 && rule.min >= 0) {
    return { ok: false, message: `${label} cannot be negative: enter a value ${range}.` };
  }
  if (value < rule.min || (rule.exclusiveMin && value === rule.min)) {
    return { ok: false, message: `${label} must be ${rule.exclusiveMin ? 'above' : 'at least'} ${formatLimit(rule.min)}: enter a value ${range}.` };
  }
  if (value > rule.max) {
    if (rule.percent && rule.max === 100) {
      return { ok: false, message: `${label} is a percentage and cannot be over 100: enter a value from ${formatLimit(rule.min)} to 100.` };
    }
    return { ok: false, message: `${label} cannot be more than ${formatLimit(rule.max)}, which would be a typing slip: enter a value ${range}.` };
  }
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: `${label} must be a whole number.` };
  const decimals = rule.decimals ?? 2;
  if (!rule.integer && Number(value.toFixed(decimals)) !== value) {
    return { ok: false, message: `${label} takes at most ${decimals} decimal places.` };
  }
  // -0 would print as "-0" in exports.
  return { ok: true, value: value === 0 ? 0 : value };
}
