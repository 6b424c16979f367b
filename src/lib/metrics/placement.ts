/**
 * Where a figure someone enters sits against the published ones (leading, typical, below typical),
 * with a sentence saying which comparison was made. Pure.
 *
 * Placement rule, for a metric where higher is better (mirrored when lower is better):
 *   value ≥ leading figure (or the optimal target when no leading figure exists) → leading
 *   value ≥ published average                                                     → typical
 *   otherwise                                                                      → below typical
 * With no average but a trailing level, "typical" means better than the trailing level. With only a
 * leading or optimal figure, a value short of it cannot be graded further ("short of leading").
 * Where several figures share a label (two populations, a range), the least demanding one is used
 * and the explanation lists them all. Metrics where neither direction is better are not rated.
 */
import type { BenchmarkLabel, BenchmarkRow, RowFigure, Unit } from './benchmark';
import { formatValue } from './format';

export type Placement = 'leading' | 'typical' | 'below-typical' | 'short-of-leading' | 'not-rated';

export const PLACEMENT_LABELS: Record<Placement, string> = {
  leading: 'Leading',
  typical: 'Typical',
  'below-typical': 'Below typical',
  'short-of-leading': 'Short of leading',
  'not-rated': 'Not rated',
};

export interface PlacementResult {
  placement: Placement;
  /** Which comparison was made, in a sentence or two. */
  explanation: string;
}

/** The distinct values of the figures with `label`, smallest first. */
export function valuesOf(figures: RowFigure[], label: BenchmarkLabel): number[] {
  const values = figures.flatMap((figure) => (figure.label === label && figure.value !== undefined ? [figure.value] : []));
  return [...new Set(values)].sort((a, b) => a - b);
}

function listValues(values: number[], unit: Unit): string {
  const shown = values.map((value) => formatValue(value, unit));
  return shown.length <= 2 ? shown.join(' and ') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

const FIGURE_NAMES: Record<BenchmarkLabel, [one: string, many: string]> = {
  average: ['the published average', 'published averages'],
  leading: ['the leading figure', 'leading figures'],
  optimal: ['the optimal target', 'optimal targets'],
  trailing: ['the trailing level', 'trailing levels'],
};

function describeFigure(label: BenchmarkLabel, values: number[], unit: Unit, chosen: number): string {
  const [one, many] = FIGURE_NAMES[label];
  if (values.length === 1) return `${one} (${formatValue(chosen, unit)})`;
  return `${formatValue(chosen, unit)}, the least demanding of the ${many} (${listValues(values, unit)})`;
}

export interface Thresholds {
  typical?: number;
  leading?: number;
  trailing?: number;
  /** Which label the leading threshold came from. */
  leadingLabel?: 'leading' | 'optimal';
}

/** The comparison points for a metric, choosing the least demanding figure where a label repeats. */
export function thresholdsFor(direction: 'higher' | 'lower', figures: RowFigure[]): Thresholds {
  const easiest = (values: number[]) => (direction === 'higher' ? Math.min(...values) : Math.max(...values));
  // For trailing, the edge nearest the good side: at or beyond it still counts as trailing.
  const trailingEdge = (values: number[]) => (direction === 'higher' ? Math.max(...values) : Math.min(...values));
  const averages = valuesOf(figures, 'average');
  const leadings = valuesOf(figures, 'leading');
  const optimals = valuesOf(figures, 'optimal');
  const trailings = valuesOf(figures, 'trailing');
  const thresholds: Thresholds = {};
  if (averages.length > 0) thresholds.typical = easiest(averages);
  if (leadings.length > 0) {
    thresholds.leading = easiest(leadings);
    thresholds.leadingLabel = 'leading';
  } else if (optimals.length > 0) {
    thresholds.leading = easiest(optimals);
    thresholds.leadingLabel = 'optimal';
  }
  if (trailings.length > 0) thresholds.trailing = trailingEdge(trailings);
  return thresholds;
}

/** Where `value` sits against the row's published figures, and which comparison that rests on. */
export function placeValue(row: Pick<BenchmarkRow, 'unit' | 'direction' | 'figures'>, value: number): PlacementResult {
  const { unit, figures } = row;
  if (row.direction === 'context') return describeUnrated(value, unit, figures);

  const higher = row.direction === 'higher';
  const atOrBetter = (threshold: number) => (higher ? value >= threshold : value <= threshold);
  const words = higher
    ? { atOrBetter: 'At or above', worse: 'Below', better: 'Above', short: 'short of' }
    : { atOrBetter: 'At or below', worse: 'Above', better: 'Below', short: 'short of' };
  const { typical, leading, trailing, leadingLabel } = thresholdsFor(row.direction === 'higher' ? 'higher' : 'lower', figures);
  const describe = (label: BenchmarkLabel, chosen: number) => describeFigure(label, valuesOf(figures, label), unit, chosen);
  const leadingText = leading !== undefined && leadingLabel ? describe(leadingLabel, leading) : undefined;

  if (leading !== undefined && leadingText && atOrBetter(leading)) {
    return { placement: 'leading', explanation: `${words.atOrBetter} ${leadingText}.` };
  }
  const shortOfLeading = leadingText ? `, ${words.short} ${leadingText}.` : '. No leading figure is published, so the comparison stops at typical.';

  if (typical !== undefined) {
    const typicalText = describe('average', typical);
    if (atOrBetter(typical)) return { placement: 'typical', explanation: `${words.atOrBetter} ${typicalText}${shortOfLeading}` };
    return { placement: 'below-typical', explanation: `${words.worse} ${typicalText}.` };
  }

  if (trailing !== undefined) {
    const trailingText = describe('trailing', trailing);
    const noAverage = ' No average is published, so typical here means better than the trailing level.';
    const beyondTrailing = higher ? value > trailing : value < trailing;
    if (beyondTrailing) return { placement: 'typical', explanation: `${words.better} ${trailingText}${shortOfLeading}${noAverage}` };
    return {
      placement: 'below-typical',
      explanation: `${higher ? 'At or below' : 'At or above'} ${trailingText}.${noAverage}`,
    };
  }

  return {
    placement: 'short-of-leading',
    explanation: `${words.worse} ${leadingText ?? 'the published figure'}. No average is published, so we cannot say whether this is typical.`,
  };
}

function relation(value: number, values: number[]): string {
  if (values.every((v) => value === v)) return 'Equal to';
  if (values.every((v) => value > v)) return 'Above';
  if (values.every((v) => value < v)) return 'Below';
  return 'Within the range of';
}

function describeUnrated(value: number, unit: Unit, figures: RowFigure[]): PlacementResult {
  const labels: BenchmarkLabel[] = ['average', 'trailing', 'leading', 'optimal'];
  const parts = labels.flatMap((label) => {
    const values = valuesOf(figures, label);
    if (values.length === 0) return [];
    const [one, many] = FIGURE_NAMES[label];
    const name = values.length === 1 ? `${one} (${formatValue(values[0] ?? 0, unit)})` : `the ${many} (${listValues(values, unit)})`;
    return [`${relation(value, values)} ${name}.`];
  });
  return {
    placement: 'not-rated',
    explanation: `${parts.join(' ')} Neither direction is better for this metric, so it is not rated: read the figures in context.`,
  };
}
