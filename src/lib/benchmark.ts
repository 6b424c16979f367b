/**
 * "Benchmark yourself": which metrics can be compared with a published figure, where a figure
 * someone enters sits against it (leading, typical, below typical), what can be typed into each
 * field, and the CSV export. Pure: no DOM, no Astro, no storage.
 *
 * Placement rule, for a metric where higher is better (mirrored when lower is better):
 *   value ≥ leading figure (or the optimal target when no leading figure exists) → leading
 *   value ≥ published average                                                     → typical
 *   otherwise                                                                      → below typical
 * With no average but a trailing level, "typical" means better than the trailing level. With only a
 * leading or optimal figure, a value short of it cannot be graded further ("short of leading").
 * Where several figures share a label (two populations, a range), the least demanding one is used
 * and the explanation lists them all. Metrics where neither direction is better are not rated.
 *
 * Content benchmarks carry a kind (src/lib/benchmark-kinds.ts). For now only averages are handed to
 * placement, labelled "average"; the other kinds are listed beside the field and never placed.
 */
import type { MetricData } from '../schemas/metric';
import { formatBenchmark } from './benchmark-kinds';
import { formatValue } from './metric-format';
import { checkNumber, parseNumberInput, type NumberResult, type NumberRule } from './number-input';
import { parseJsonRecord } from './stored-json';

export type Unit = MetricData['unit'];
export type Direction = MetricData['direction'];
/** Which point of the distribution a figure is, for placement. Content benchmarks give only averages so far. */
export type BenchmarkLabel = 'average' | 'leading' | 'optimal' | 'trailing';

/** One published figure as the tool shows it, with its source spelled out. */
export interface RowFigure {
  /** Set, with `value`, only for figures a reader's value is placed against; the others are shown for reference. */
  label?: BenchmarkLabel;
  value?: number;
  /** The figure as a label that says what kind it is ("Typical 54%", "Target: less than 3%"). */
  text: string;
  sourceTitle: string;
  publisher: string;
  year: number;
  approximateYear: boolean;
  note?: string;
}

/** A metric the tool offers a field for. Plain data, so it can be passed to the island as props. */
export interface BenchmarkRow {
  id: string;
  name: string;
  abbreviation?: string;
  category: MetricData['category'];
  unit: Unit;
  direction: Direction;
  action: string;
  /** Site-relative link to the metric page, base path already applied. */
  href: string;
  /** Only figures in the metric's own unit: a figure in another unit cannot be compared. */
  figures: RowFigure[];
}

/** The metric fields the tool reads; the content collection's entries carry more. */
export interface MetricInput {
  id: string;
  data: Pick<MetricData, 'name' | 'abbreviation' | 'category' | 'unit' | 'direction' | 'action' | 'benchmarks'>;
}

export interface SourceInput {
  id: string;
  data: { title: string; publisher: string };
}

/**
 * Metrics with a published average in their own unit, ready for the tool. A value is placed against
 * the average only; the metric's other figures in its unit (targets, lines, ranges, shares of
 * companies) come along for reference, each labelled by its kind, and are never placed against.
 */
export function toBenchmarkRows(metrics: MetricInput[], sources: SourceInput[], hrefFor: (id: string) => string): BenchmarkRow[] {
  const sourceById = new Map(sources.map((source) => [source.id, source.data]));
  return metrics.flatMap((metric) => {
    const { data } = metric;
    const inUnit = data.benchmarks.filter((benchmark) => benchmark.unit === data.unit);
    if (!inUnit.some((benchmark) => benchmark.kind === 'average')) return [];
    const figures: RowFigure[] = inUnit.map((benchmark) => {
      const source = sourceById.get(benchmark.source);
      return {
        ...(benchmark.kind === 'average' ? { label: 'average' as const, value: benchmark.value } : {}),
        text: formatBenchmark(benchmark),
        sourceTitle: source?.title ?? benchmark.source,
        publisher: source?.publisher ?? '',
        year: benchmark.year,
        approximateYear: benchmark.approximateYear ?? false,
        ...(benchmark.note ? { note: benchmark.note } : {}),
      };
    });
    return [{
      id: metric.id,
      name: data.name,
      ...(data.abbreviation ? { abbreviation: data.abbreviation } : {}),
      category: data.category,
      unit: data.unit,
      direction: data.direction,
      action: data.action,
      href: hrefFor(metric.id),
      figures,
    }];
  });
}

// ── What can be typed ────────────────────────────────────────────────────────────────────────────

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

// ── Placement ────────────────────────────────────────────────────────────────────────────────────

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

function valuesOf(figures: RowFigure[], label: BenchmarkLabel): number[] {
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

// ── Stored entries ───────────────────────────────────────────────────────────────────────────────

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

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────────

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV cell. Text starting with = + - @ (or a tab or carriage return) is prefixed with an
 * apostrophe so a spreadsheet shows it instead of running it as a formula; a plain number such as
 * -20 is left alone because it cannot run. Cells with commas, quotes or line breaks are quoted.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text) || text !== text.trim()) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** RFC 4180 text: CRLF line ends, one header row. */
export function toCsv(rows: (string | number)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_HEADER = ['Metric', 'Your value', 'Unit', 'Placement', 'Typical', 'Leading', 'Source', 'Year'];

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** The rows someone has entered a figure for, with the figures behind each placement. */
export function benchmarkCsv(rows: BenchmarkRow[], entries: Entries): string {
  const lines: (string | number)[][] = [CSV_HEADER];
  for (const row of rows) {
    const value = usableEntry(row, entries);
    if (value === undefined) continue;
    const { placement } = placeValue(row, value);
    const averages = valuesOf(row.figures, 'average');
    const leadings = valuesOf(row.figures, 'leading');
    const optimals = valuesOf(row.figures, 'optimal');
    const leadingCell = leadings.length > 0 ? leadings.join('; ') : optimals.length > 0 ? `${optimals.join('; ')} (optimal target)` : '';
    lines.push([
      row.abbreviation ? `${row.name} (${row.abbreviation})` : row.name,
      value,
      unitWord(row.unit),
      PLACEMENT_LABELS[placement],
      averages.join('; '),
      leadingCell,
      unique(row.figures.map((figure) => (figure.publisher ? `${figure.sourceTitle} (${figure.publisher})` : figure.sourceTitle))).join('; '),
      unique(row.figures.map((figure) => (figure.approximateYear ? `about ${figure.year}` : String(figure.year)))).join('; '),
    ]);
  }
  return toCsv(lines);
}
