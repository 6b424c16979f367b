/** The "Benchmark yourself" CSV: one row per entered figure, with its placement and the figures behind it. */
import { toCsv } from '../csv';
import type { BenchmarkRow } from './benchmark';
import { unitWord, usableEntry, type Entries } from './benchmark-input';
import { PLACEMENT_LABELS, placeValue, valuesOf } from './placement';

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
