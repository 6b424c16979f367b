/**
 * The "Benchmark yourself" CSV: for each entered figure, one line per published figure of its
 * metric, saying how the two compare (or that they cannot be compared) and what the published
 * figure is, with its kind in words ("Typical 54%", "Target: less than 3%"). There is no "Typical"
 * column: only an average is typical, and a line, a target or a range is named for what it is.
 */
import { csvFile } from '../csv';
import type { BenchmarkRow } from './benchmark';
import { fieldName, unitWord, usableEntry, type Entries } from './benchmark-input';
import { placeValue, VERDICT_LABELS } from './placement';

export const CSV_HEADER = ['Metric', 'Your value', 'Unit', 'Placement', 'Compared with', 'Source', 'Year'];

export function benchmarkCsv(rows: BenchmarkRow[], entries: Entries): string {
  const lines: (string | number)[][] = [CSV_HEADER];
  for (const row of rows) {
    const value = usableEntry(row, entries);
    if (value === undefined) continue;
    for (const { figure, placement } of placeValue(row, value)) {
      lines.push([
        fieldName(row),
        value,
        unitWord(row.unit),
        VERDICT_LABELS[placement.verdict],
        figure.text,
        figure.publisher ? `${figure.sourceTitle} (${figure.publisher})` : figure.sourceTitle,
        figure.approximateYear ? `about ${figure.year}` : String(figure.year),
      ]);
    }
  }
  return csvFile(lines);
}
