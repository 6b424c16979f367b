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

/** "86.7 %", "4.4 cases", "35" — a benchmark value in its unit, for tables and text. */
export function formatValue(value: number, unit: string): string {
  const number = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1).replace(/\.?0+$/, '');
  switch (unit) {
    case 'percent': return `${number} %`;
    case 'hours': return `${number} h`;
    case 'days': return `${number} days`;
    case 'currency': return `${number} (currency)`;
    default: return number;
  }
}

export const BENCHMARK_LABELS = { average: 'Typical (average)', leading: 'Leading', optimal: 'Optimal', trailing: 'Trailing' } as const;
