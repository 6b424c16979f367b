import { z } from 'astro/zod';
import { slugRef, slugRefs, stageRef, text } from './common';

export const METRIC_CATEGORIES = ['demand', 'assisted-delivery', 'scaling', 'satisfaction-health', 'case-lifecycle', 'team'] as const;
export type MetricCategory = (typeof METRIC_CATEGORIES)[number];

export const UNITS = ['percent', 'hours', 'days', 'ratio', 'count', 'score', 'currency'] as const;

/** One published benchmark figure, always with its source and year. */
export const benchmarkSchema = z.object({
  /** Which point of the distribution the figure is. */
  label: z.enum(['average', 'leading', 'optimal', 'trailing']),
  /** The figure itself, in `unit`. */
  value: z.number(),
  unit: z.enum(UNITS),
  /** Source id (file name in content/sources/). */
  source: slugRef,
  /** Year the data describes. */
  year: z.number().int().min(1990).max(2100),
  /** True when the source does not date the figure and `year` is our best estimate. */
  approximateYear: z.boolean().default(false),
  /** Context: the population, channel or caveat the figure applies to. */
  note: z.string().trim().optional(),
});

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
