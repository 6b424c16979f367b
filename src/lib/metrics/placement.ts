/**
 * Where a figure someone enters sits against each published figure, by what kind of figure it is,
 * with a sentence naming the comparison. Pure.
 *
 *   average          typical (at or better than it) or below typical; metrics where neither
 *                    direction is better are not rated, only related ("Above the published average")
 *   ceiling / floor  above, below or on the line, with the line named; a line that marks a target
 *                    is met or missed (an exclusive line, "less than 3%", is missed on the line)
 *   target           met or missed, by the metric's direction (not rated where neither is better)
 *   range            inside, below or above it (ends included)
 *   share, segments, expected results, lines for another quantity
 *                    not placed: the reason comes with the figure (benchmark-kinds.ts)
 *
 * Only an average is ever called "Typical".
 */
import type { BenchmarkRow, Direction, RowFigure, Unit } from './benchmark';
import { formatValue } from './format';

export type Verdict =
  | 'typical'
  | 'below-typical'
  | 'not-rated'
  | 'above-line'
  | 'below-line'
  | 'on-line'
  | 'meets-target'
  | 'misses-target'
  | 'inside-range'
  | 'below-range'
  | 'above-range'
  | 'not-placed';

export const VERDICT_LABELS: Record<Verdict, string> = {
  typical: 'Typical',
  'below-typical': 'Below typical',
  'not-rated': 'Not rated',
  'above-line': 'Above the line',
  'below-line': 'Below the line',
  'on-line': 'On the line',
  'meets-target': 'Meets the target',
  'misses-target': 'Misses the target',
  'inside-range': 'Inside the range',
  'below-range': 'Below the range',
  'above-range': 'Above the range',
  'not-placed': 'Not placed',
};

export interface Placement {
  verdict: Verdict;
  /** Which comparison was made, or why none was, in a sentence. */
  explanation: string;
}

const NOT_RATED = ' Neither direction is better for this metric, so it is not rated: read it in context.';

/** "Above", "Below" or "On"/"Equal to" the given value. */
function relation(value: number, line: number, equal = 'On'): string {
  return value > line ? 'Above' : value < line ? 'Below' : equal;
}

/** Where `value` (in `unit`) sits against one published figure of a metric whose better direction is `direction`. */
export function placeFigure(direction: Direction, unit: Unit, figure: RowFigure, value: number): Placement {
  if (figure.notPlacedBecause) return { verdict: 'not-placed', explanation: figure.notPlacedBecause };
  const benchmark = figure.benchmark;
  const show = (n: number) => formatValue(n, unit);
  switch (benchmark.kind) {
    case 'average':
    case 'target': {
      const what = benchmark.kind === 'average' ? `the published average (${show(benchmark.value)})` : `the target of ${show(benchmark.value)}`;
      if (direction === 'context') {
        return { verdict: 'not-rated', explanation: `${relation(value, benchmark.value, 'Equal to')} ${what}.${NOT_RATED}` };
      }
      const higher = direction === 'higher';
      const good = higher ? value >= benchmark.value : value <= benchmark.value;
      const words = good ? (higher ? 'At or above' : 'At or below') : higher ? 'Below' : 'Above';
      const verdict = benchmark.kind === 'average' ? (good ? 'typical' : 'below-typical') : good ? 'meets-target' : 'misses-target';
      return { verdict, explanation: `${words} ${what}.` };
    }
    case 'ceiling':
    case 'floor': {
      const line = benchmark.value;
      const explanation = `${relation(value, line)} the line at ${show(line)} (${figure.text}).`;
      if (benchmark.marks === 'target') {
        const within =
          benchmark.kind === 'ceiling'
            ? benchmark.inclusive ? value <= line : value < line
            : benchmark.inclusive ? value >= line : value > line;
        return { verdict: within ? 'meets-target' : 'misses-target', explanation };
      }
      return { verdict: value > line ? 'above-line' : value < line ? 'below-line' : 'on-line', explanation };
    }
    case 'range': {
      const verdict = value < benchmark.low ? 'below-range' : value > benchmark.high ? 'above-range' : 'inside-range';
      const where = verdict === 'inside-range' ? 'Inside' : verdict === 'below-range' ? 'Below' : 'Above';
      return { verdict, explanation: `${where} the range reported, ${figure.text}.` };
    }
    default:
      // Shares, segments and expected results always carry notPlacedBecause; this is the guard.
      return { verdict: 'not-placed', explanation: 'This figure is not a level a reader’s own figure can be set against.' };
  }
}

export interface PlacedFigure {
  figure: RowFigure;
  placement: Placement;
}

/** Where `value` sits against each of the row's figures, in the order the row lists them. */
export function placeValue(row: Pick<BenchmarkRow, 'unit' | 'direction' | 'figures'>, value: number): PlacedFigure[] {
  return row.figures.map((figure) => ({ figure, placement: placeFigure(row.direction, row.unit, figure, value) }));
}

/** The verdicts a value gets, not-placed ones left out: what a reader is told after saving. */
export function verdictsOf(placed: readonly PlacedFigure[]): Verdict[] {
  return placed.map(({ placement }) => placement.verdict).filter((verdict) => verdict !== 'not-placed');
}
