/**
 * "Benchmark yourself": the metrics that can be compared with a published figure, as plain rows the
 * island receives as props. Where a value sits against them is placement.ts; what can be typed into
 * each field is benchmark-input.ts; the CSV export is benchmark-csv.ts. Pure: no DOM, no storage.
 */
import type { MetricData } from '../../schemas/metric';
import { formatBenchmark } from './benchmark-kinds';

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
