/**
 * "Benchmark yourself": the metrics with a published figure in their own unit, as plain rows the
 * island receives as props. Where a value sits against each figure is placement.ts; what can be
 * typed into each field is benchmark-input.ts; the CSV export is benchmark-csv.ts. Pure: no DOM.
 */
import type { Benchmark, MetricData } from '../../schemas/metric';
import { comparability, formatBenchmark } from './benchmark-kinds';

export type Unit = MetricData['unit'];
export type Direction = MetricData['direction'];

/** One published figure as the tool shows it, with its source spelled out. */
export interface RowFigure {
  /** The figure as content gives it, with its kind. */
  benchmark: Benchmark;
  /** The figure as a label that says what kind it is ("Typical 54%", "Target: less than 3%"). */
  text: string;
  /** Why a reader's figure is not set against this one (a share of companies, a segment comparison…); absent when it is. */
  notPlacedBecause?: string;
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
 * Metrics with at least one published figure in their own unit, ready for the tool. Each figure
 * comes with its kind; the ones a reader's value cannot be set against (shares of companies,
 * segment comparisons, expected results, lines for another quantity) carry the reason instead.
 */
export function toBenchmarkRows(metrics: MetricInput[], sources: SourceInput[], hrefFor: (id: string) => string): BenchmarkRow[] {
  const sourceById = new Map(sources.map((source) => [source.id, source.data]));
  return metrics.flatMap((metric) => {
    const { data } = metric;
    const inUnit = data.benchmarks.filter((benchmark) => benchmark.unit === data.unit);
    if (inUnit.length === 0) return [];
    const figures: RowFigure[] = inUnit.map((benchmark) => {
      const source = sourceById.get(benchmark.source);
      const compared = comparability(benchmark, data.unit);
      return {
        benchmark,
        text: formatBenchmark(benchmark),
        ...(compared.comparable ? {} : { notPlacedBecause: compared.reason }),
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
