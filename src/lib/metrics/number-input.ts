/**
 * Reading a number someone typed into a text field, with a message they can act on when it is not
 * usable. Shared by the benchmark and forecast tools. Pure: no DOM.
 *
 * Fields are plain text inputs (inputmode="decimal") rather than type="number", because a number
 * input hands back an empty string for "12,5" or "abc" and the person would never learn why.
 */

export interface NumberRule {
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value; anything above is treated as a slip of the keyboard. */
  max: number;
  /** Whole numbers only (people, users). */
  integer?: boolean;
  /** True when the value must be above `min`, not equal to it (e.g. cases an agent handles: 0 divides by zero). */
  exclusiveMin?: boolean;
  /** True for percentages: a trailing "%" is accepted and the limit message talks about percent. */
  percent?: boolean;
}

export type NumberResult = { ok: true; value: number } | { ok: false; message: string };

/** Digits with an optional sign and decimal point. Rejects "1e5", "0x10", "Infinity" and friends. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Numbers as this site prints them in messages: thousands grouped, at most two decimals. */
export function formatLimit(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

export function parseNumberInput(raw: string, rule: NumberRule): NumberResult {
  let text = raw.trim().replace(/\s+/g, '');
  if (rule.percent && text.endsWith('%')) text = text.slice(0, -1);
  if (text === '') return { ok: false, message: 'Enter a number.' };
  if (text.includes(',')) {
    return { ok: false, message: 'Use a point for decimals and leave out thousands separators, for example 1200.5.' };
  }
  if (!PLAIN_NUMBER.test(text)) {
    return { ok: false, message: 'That is not a number. Use digits and, if needed, a decimal point, for example 54.5.' };
  }
  return checkNumber(Number(text), rule);
}

/** The range and whole-number checks on a number already parsed (typed, or read back from storage). */
export function checkNumber(value: number, rule: NumberRule): NumberResult {
  if (!Number.isFinite(value)) return { ok: false, message: 'That is not a number we can use.' };
  const range = `from ${formatLimit(rule.min)} to ${formatLimit(rule.max)}`;
  if (value < 0 && rule.min >= 0) {
    return { ok: false, message: `This cannot be negative. Enter a value ${range}.` };
  }
  if (value < rule.min) return { ok: false, message: `That is below the lowest possible value. Enter a value ${range}.` };
  if (rule.exclusiveMin && value === rule.min) {
    return { ok: false, message: `Enter a number above ${formatLimit(rule.min)}.` };
  }
  if (value > rule.max) {
    if (rule.percent && rule.max === 100) {
      return { ok: false, message: 'A percentage cannot be over 100. Enter a value from 0 to 100.' };
    }
    return {
      ok: false,
      message: `That is more than ${formatLimit(rule.max)}, which looks like a typing slip. Enter a value ${range}.`,
    };
  }
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
  // -0 would print as "-0" in exports.
  return { ok: true, value: value === 0 ? 0 : value };
}
