import type { MetricCategory } from '../../schemas/metric';

export const CATEGORY_LABELS: Record<MetricCategory, string> = {
  demand: 'Demand',
  'assisted-delivery': 'Assisted delivery and case management',
  scaling: 'Scaling: prevention, proficiency and self-help',
  'satisfaction-health': 'Satisfaction and health',
  'case-lifecycle': 'Case lifecycle',
  team: 'Team',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as MetricCategory[];

const numberFormats = new Map<number, Intl.NumberFormat>();

/** Grouped thousands, at most `decimals` decimal places, never an exponent (Intl.NumberFormat, British English). */
function grouped(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '–';
  let format = numberFormats.get(decimals);
  if (!format) numberFormats.set(decimals, (format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals })));
  // "-0" would read as a negative zero.
  return format.format(value).replace(/^-(0(\.0*)?)$/, '$1');
}

/** "86.7", "4.4", "0.25", "1,200": at most two decimals below 10, one from 10 up, no trailing zeros, thousands grouped. */
export function formatNumber(value: number): string {
  return grouped(value, Math.abs(value) < 10 ? 2 : 1);
}

/** A count of cases, people or users, rounded to a whole number: "27,500,000,000,000". */
export function formatCount(value: number): string {
  return grouped(value, 0);
}

/** "86.7%", "28 h", "4.4", "35": a value in its unit, for tables and text. Percentages take no space, as in English. */
export function formatValue(value: number, unit: string): string {
  const number = formatNumber(value);
  switch (unit) {
    case 'percent': return `${number}%`;
    case 'hours': return `${number} h`;
    case 'days': return `${number} days`;
    case 'currency': return `${number} (currency)`;
    default: return number;
  }
}
