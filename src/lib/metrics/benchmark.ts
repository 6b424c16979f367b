/**
 * "Benchmark yourself": the metrics that can be compared with a published figure, as plain rows the
 * island receives as props. Where a value sits against them is placement.ts; what can be typed into
 * each field is benchmark-input.ts; the CSV export is benchmark-csv.ts. Pure: no DOM, no storage.
 */
import type { MetricData } from '../../schemas/metric';

export type Unit = MetricData['unit'];
export type Direction = MetricData['direction'];
export type BenchmarkLabel = MetricData['benchmarks'][number]['label'];

/** One published figure as the tool shows it, with its source spelled out. */
export interface RowFigure {
  label: BenchmarkLabel;
  value: number;
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

/** Metrics with at least one published figure in their own unit, ready for the tool. */
export function toBenchmarkRows(metrics: MetricInput[], sources: SourceInput[], hrefFor: (id: string) => string): BenchmarkRow[] {
  const sourceById = new Map(sources.map((source) => [source.id, source.data]));
  return metrics.flatMap((metric) => {
    const { data } = metric;
    const figures: RowFigure[] = data.benchmarks
      .filter((benchmark) => benchmark.unit === data.unit)
      .map((benchmark) => {
        const source = sourceById.get(benchmark.source);
        return {
          label: benchmark.label,
          value: benchmark.value,
          sourceTitle: source?.title ?? benchmark.source,
          publisher: source?.publisher ?? '',
          year: benchmark.year,
          approximateYear: benchmark.approximateYear ?? false,
          ...(benchmark.note ? { note: benchmark.note } : {}),
        };
      });
    if (figures.length === 0) return [];
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
