import { z } from 'astro/zod';
import { slugRef, slugRefs, stageRef, text } from './common';

export const METRIC_CATEGORIES = ['demand', 'assisted-delivery', 'scaling', 'satisfaction-health', 'case-lifecycle', 'team'] as const;
export type MetricCategory = (typeof METRIC_CATEGORIES)[number];

export const UNITS = ['percent', 'hours', 'days', 'ratio', 'count', 'score', 'currency'] as const;

/**
 * What kind of figure a benchmark is. A reader's own number can only be set against some of them,
 * so every benchmark must say which it is (src/lib/benchmark-kinds.ts formats and compares them):
 *
 *   average   the metric's own average across the population studied        "Typical 54%"
 *   share     the share of companies (or customers) that do something        "31% of companies offer …"
 *   range     the spread the source reports, low to high                     "2–16%"
 *   ceiling   a line the metric should stay under (or the average sits under) "Target: at most 10% …"
 *   floor     a line the metric should stay over (or the average sits over)   "Average: more than 2"
 *   target    the exact level the source says to aim for                     "Target: 100%"
 *   segments  the metric for different kinds of organisation, side by side  "Tiered 19% · non-tiered 11%"
 *   expected  the result the source expects from a given level of effort    "Less than 5% with limited …"
 */
export const BENCHMARK_KINDS = ['average', 'share', 'range', 'ceiling', 'floor', 'target', 'segments', 'expected'] as const;
export type BenchmarkKind = (typeof BENCHMARK_KINDS)[number];

/** What a ceiling or floor marks: the source's target, the market-leading level, or where the average lies. */
export const LINE_MARKS = ['target', 'leading', 'average'] as const;

/** Fields every benchmark carries, whatever its kind. */
const benchmarkCommon = {
  /** The unit of the figure (a share is always a percentage). */
  unit: z.enum(UNITS),
  /** Source id (file name in content/sources/). */
  source: slugRef,
  /** Year the data describes. */
  year: z.number().int().min(1990).max(2100),
  /** True when the source does not date the figure and `year` is our best estimate. */
  approximateYear: z.boolean().default(false),
  /** Context: the population, channel or caveat the figure applies to. */
  note: z.string().trim().optional(),
};

/** A ceiling or a floor: a line, with what it marks and, when it is not the metric itself, what it bounds. */
const lineFields = {
  value: z.number(),
  /** True when the line itself is allowed ("at most 10%"); false when it is not ("less than 3%"). */
  inclusive: z.boolean().default(false),
  marks: z.enum(LINE_MARKS, { error: () => `must be one of: ${LINE_MARKS.join(', ')}` }),
  /** What the line bounds when it is not the metric itself, e.g. "of customers at risk". */
  of: text.optional(),
};

const averageBenchmark = z.object({ kind: z.literal('average'), value: z.number(), ...benchmarkCommon }).strict();

const shareBenchmark = z.object({
  kind: z.literal('share'),
  value: z.number().min(0, 'a share cannot be below 0%').max(100, 'a share cannot be over 100%'),
  /** Who is counted, e.g. "companies". */
  of: text,
  /** What they do, as it reads after "31% of companies": "offer a formal onboarding programme". */
  that: text,
  ...benchmarkCommon,
  unit: z.literal('percent', { error: () => 'a share is always a percentage: unit must be percent' }),
}).strict();

const rangeBenchmark = z.object({ kind: z.literal('range'), low: z.number(), high: z.number(), ...benchmarkCommon })
  .strict()
  .refine((b) => b.low < b.high, { message: 'low must be below high', path: ['high'] });

const ceilingBenchmark = z.object({ kind: z.literal('ceiling'), ...lineFields, ...benchmarkCommon }).strict();
const floorBenchmark = z.object({ kind: z.literal('floor'), ...lineFields, ...benchmarkCommon }).strict();
const targetBenchmark = z.object({ kind: z.literal('target'), value: z.number(), ...benchmarkCommon }).strict();

const segmentsBenchmark = z.object({
  kind: z.literal('segments'),
  /** Each kind of organisation with its figure, e.g. { label: "tiered", value: 19 }. */
  segments: z.array(z.object({ label: text, value: z.number() }).strict()).min(2, 'must compare at least two segments'),
  ...benchmarkCommon,
}).strict();

const expectedBenchmark = z.object({
  kind: z.literal('expected'),
  /** The condition, as it reads after the figure: "with limited formal mitigation effort". */
  when: text,
  /** Lower end of the expected result; alone, "more than low". */
  low: z.number().optional(),
  /** Upper end; alone, "less than high". Equal to low: "about". */
  high: z.number().optional(),
  ...benchmarkCommon,
})
  .strict()
  .refine((b) => b.low !== undefined || b.high !== undefined, { message: 'needs low, high or both', path: ['low'] })
  .refine((b) => b.low === undefined || b.high === undefined || b.low <= b.high, { message: 'low must not be above high', path: ['high'] });

/** One published benchmark figure, always with its kind, source and year. */
export const benchmarkSchema = z.discriminatedUnion(
  'kind',
  [averageBenchmark, shareBenchmark, rangeBenchmark, ceilingBenchmark, floorBenchmark, targetBenchmark, segmentsBenchmark, expectedBenchmark],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `must say what kind of figure it is: kind is one of ${BENCHMARK_KINDS.join(', ')}` : undefined,
  },
);

export type Benchmark = z.infer<typeof benchmarkSchema>;

/** Frontmatter of a metric in content/metrics/. The MDX body explains it further. */
export const metricSchema = z.object({
  /** Full name, e.g. "First Contact Resolution". */
  name: text,
  /** Short form people type, e.g. "FCR". */
  abbreviation: z.string().trim().optional(),
  /** Other names and words people use for it. */
  aliases: z.array(text).default([]),
  category: z.enum(METRIC_CATEGORIES, { error: () => `must be one of: ${METRIC_CATEGORIES.join(', ')}` }),
  /** What it measures, one or two sentences. */
  definition: text,
  /** How to compute it, in words or symbols. */
  formula: text,
  /** The variables the formula uses. */
  variables: z.array(z.object({ symbol: text, meaning: text })).default([]),
  unit: z.enum(UNITS),
  /** Which way is better; "context" where neither is. */
  direction: z.enum(['higher', 'lower', 'context']),
  /** Published figures; empty when the sources give none. */
  benchmarks: z.array(benchmarkSchema).default([]),
  /** Said on the page when there is no benchmark: why, and what to compare against instead. */
  noBenchmark: z.string().trim().optional(),
  /** What to do with the number. */
  action: text,
  stages: z.array(stageRef).default([]),
  practices: slugRefs,
  plays: slugRefs,
}).refine((m) => m.benchmarks.length > 0 || !!m.noBenchmark, {
  message: 'a metric without benchmarks must say why in noBenchmark',
  path: ['noBenchmark'],
});

export type MetricData = z.infer<typeof metricSchema>;
