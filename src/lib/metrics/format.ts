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

/** "86.7", "4.4", "0.25": at most two decimals below 10, one from 10 up, no trailing zeros. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) < 10 ? 2 : 1).replace(/\.?0+$/, '');
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
