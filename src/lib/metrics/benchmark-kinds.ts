/**
 * A published benchmark shown for what it is. The sources mix kinds of figure under one heading
 * ("performance level"): the metric's own average, the share of companies that do something, a
 * range, a line to stay under or over, the result to expect from an effort. Only some of them are
 * a level a reader's own number can be set against, and "Typical" belongs to the average alone.
 * Pure: no DOM, no Astro.
 */
import type { Benchmark, BenchmarkKind, MetricData } from '../../schemas/metric';
import { formatNumber, formatValue } from './format';

type Unit = MetricData['unit'];

/** What each kind is, in a few words: the "What it is" column on metric pages. */
export const KIND_NAMES: Record<BenchmarkKind, string> = {
  average: 'Average of the metric',
  share: 'Share of companies',
  range: 'Range reported',
  ceiling: 'Upper bound',
  floor: 'Lower bound',
  target: 'Target',
  segments: 'Figures by type of organisation',
  expected: 'Expected result of an effort',
};

const MARK_WORDS = { target: 'Target', leading: 'Market-leading', average: 'Average' } as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2–16%": both ends, the unit once. */
function span(low: number, high: number, unit: Unit): string {
  return `${formatNumber(low)}–${formatValue(high, unit)}`;
}

/**
 * The benchmark as one label: "Typical 54%", "31% of companies offer …", "2–16%",
 * "Target: at most 10% of customers at risk", "Tiered 19% · non-tiered 11%",
 * "Less than 5% with limited formal mitigation effort". Only an average is called typical.
 */
export function formatBenchmark(benchmark: Benchmark): string {
  const { unit } = benchmark;
  switch (benchmark.kind) {
    case 'average':
      return `Typical ${formatValue(benchmark.value, unit)}`;
    case 'share':
      return `${formatValue(benchmark.value, 'percent')} of ${benchmark.of} ${benchmark.that}`;
    case 'range':
      return span(benchmark.low, benchmark.high, unit);
    case 'ceiling':
    case 'floor': {
      const bound =
        benchmark.kind === 'ceiling'
          ? benchmark.inclusive ? 'at most' : 'less than'
          : benchmark.inclusive ? 'at least' : 'more than';
      const of = benchmark.of ? ` ${benchmark.of}` : '';
      return `${MARK_WORDS[benchmark.marks]}: ${bound} ${formatValue(benchmark.value, unit)}${of}`;
    }
    case 'target':
      return `Target: ${formatValue(benchmark.value, unit)}`;
    case 'segments':
      return capitalise(benchmark.segments.map((segment) => `${segment.label} ${formatValue(segment.value, unit)}`).join(' · '));
    case 'expected': {
      const { low, high, when } = benchmark;
      const figure =
        low !== undefined && high !== undefined
          ? low === high ? `About ${formatValue(low, unit)}` : span(low, high, unit)
          : low !== undefined ? `More than ${formatValue(low, unit)}` : `Less than ${formatValue(high ?? 0, unit)}`;
      return `${figure} ${when}`;
    }
  }
}

/** How a reader's own figure can be read against a benchmark, or why it cannot. */
export type Comparability =
  | { comparable: true; basis: 'average' | 'line' | 'target' | 'range' }
  | { comparable: false; reason: string };

/**
 * Whether a reader's figure for the metric (in `metricUnit`) can be set against the benchmark:
 * against an average (typical or not), a line (above or below it), a target (reached or not) or a
 * range (inside or outside). Shares, segment comparisons and expected results of an effort are not
 * levels of the metric, so the answer is no, with the reason a reader would be given.
 */
export function comparability(benchmark: Benchmark, metricUnit: Unit): Comparability {
  // A line drawn for another quantity says so first: that, not the unit, is what a reader needs to know.
  if ((benchmark.kind === 'ceiling' || benchmark.kind === 'floor') && benchmark.of) {
    return { comparable: false, reason: `It is a line for a different quantity (${benchmark.of}), not for the metric itself.` };
  }
  if (benchmark.unit !== metricUnit) {
    return { comparable: false, reason: 'It is measured in a different unit from the metric, so your figure cannot be set against it.' };
  }
  switch (benchmark.kind) {
    case 'average':
      return { comparable: true, basis: 'average' };
    case 'range':
      return { comparable: true, basis: 'range' };
    case 'target':
      return { comparable: true, basis: 'target' };
    case 'ceiling':
    case 'floor':
      return { comparable: true, basis: 'line' };
    case 'share':
      return {
        comparable: false,
        reason: `It counts the ${benchmark.of} that do something, not the level they reach, so there is no figure to set yours against.`,
      };
    case 'segments':
      return {
        comparable: false,
        reason: 'It gives a separate figure for each type of organisation; read yours against the one that matches how your team is organised.',
      };
    case 'expected':
      return { comparable: false, reason: 'It is the result the source expects from a given level of effort, not a level companies were measured at.' };
  }
}

export function isComparable(benchmark: Benchmark, metricUnit: Unit): boolean {
  return comparability(benchmark, metricUnit).comparable;
}

export type AverageBenchmark = Extract<Benchmark, { kind: 'average' }>;

/** The first published average in `unit`, if any: the one figure "typical" may rest on. */
export function publishedAverage(benchmarks: readonly Benchmark[], unit: Unit): AverageBenchmark | undefined {
  return benchmarks.find((benchmark): benchmark is AverageBenchmark => benchmark.kind === 'average' && benchmark.unit === unit);
}
