import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparability, formatBenchmark, isComparable, KIND_NAMES, publishedAverage } from '../../../src/lib/metrics/benchmark-kinds';
import { BENCHMARK_KINDS, benchmarkSchema, metricSchema, type Benchmark } from '../../../src/schemas/metric';
import { frontmatterOf, readCollection } from '../../helpers/content';

const from = { source: 'servicexrg-teamsupport-2020', year: 2020 };
const parse = (raw: Record<string, unknown>): Benchmark => benchmarkSchema.parse({ unit: 'percent', ...from, ...raw });

describe('formatBenchmark', () => {
  it.each([
    [{ kind: 'average', value: 54 }, 'Typical 54%'],
    [{ kind: 'average', value: 4.4, unit: 'ratio' }, 'Typical 4.4'],
    [{ kind: 'share', value: 31, of: 'companies', that: 'offer a formal onboarding programme' }, '31% of companies offer a formal onboarding programme'],
    [{ kind: 'range', low: 2, high: 16 }, '2–16%'],
    [{ kind: 'ceiling', marks: 'target', inclusive: true, value: 10, of: 'of customers at risk' }, 'Target: at most 10% of customers at risk'],
    [{ kind: 'ceiling', marks: 'target', value: 3 }, 'Target: less than 3%'],
    [{ kind: 'floor', marks: 'average', value: 2, unit: 'ratio' }, 'Average: more than 2'],
    [{ kind: 'floor', marks: 'leading', value: 95 }, 'Market-leading: more than 95%'],
    [{ kind: 'floor', marks: 'target', inclusive: true, value: 80 }, 'Target: at least 80%'],
    [{ kind: 'target', value: 100 }, 'Target: 100%'],
    [{ kind: 'segments', segments: [{ label: 'tiered', value: 19 }, { label: 'non-tiered', value: 11 }] }, 'Tiered 19% · non-tiered 11%'],
    [{ kind: 'expected', high: 5, when: 'with limited effort' }, 'Less than 5% with limited effort'],
    [{ kind: 'expected', low: 25, when: 'with a determined programme' }, 'More than 25% with a determined programme'],
    [{ kind: 'expected', low: 0, high: 5, when: 'with little effort' }, '0–5% with little effort'],
    [{ kind: 'expected', low: 10, high: 10, when: 'with a push' }, 'About 10% with a push'],
  ])('%j → %s', (raw, label) => {
    expect(formatBenchmark(parse(raw))).toBe(label);
  });

  it('writes hours and ratios in their own units', () => {
    expect(formatBenchmark(parse({ kind: 'average', value: 28, unit: 'hours' }))).toBe('Typical 28 h');
    expect(formatBenchmark(parse({ kind: 'range', low: 1.5, high: 3, unit: 'hours' }))).toBe('1.5–3 h');
  });
});

describe('comparability', () => {
  it('lets a reader compare with an average, a line on the metric, a target or a range', () => {
    expect(comparability(parse({ kind: 'average', value: 54 }), 'percent')).toEqual({ comparable: true, basis: 'average' });
    expect(comparability(parse({ kind: 'floor', marks: 'average', value: 2, unit: 'ratio' }), 'ratio')).toEqual({ comparable: true, basis: 'line' });
    expect(comparability(parse({ kind: 'target', value: 100 }), 'percent')).toEqual({ comparable: true, basis: 'target' });
    expect(comparability(parse({ kind: 'range', low: 2, high: 16 }), 'percent')).toEqual({ comparable: true, basis: 'range' });
  });

  it.each([
    [{ kind: 'share', value: 31, of: 'companies', that: 'offer onboarding' }, 'percent', /counts the companies that do something/],
    [{ kind: 'segments', segments: [{ label: 'tiered', value: 19 }, { label: 'non-tiered', value: 11 }] }, 'percent', /each type of organisation/],
    [{ kind: 'expected', high: 5, when: 'with little effort' }, 'percent', /expects from a given level of effort/],
    [{ kind: 'ceiling', marks: 'target', value: 10, of: 'of customers at risk' }, 'percent', /different quantity \(of customers at risk\)/],
    [{ kind: 'average', value: 10 }, 'score', /different unit/],
    // Health Score: a percentage line for at-risk customers under a metric measured as a score.
    [{ kind: 'ceiling', marks: 'target', inclusive: true, value: 10, of: 'of customers at risk' }, 'score', /different quantity/],
  ])('refuses %j with a reason', (raw, unit, reason) => {
    const result = comparability(parse(raw), unit as Benchmark['unit']);
    expect(result.comparable).toBe(false);
    expect(!result.comparable && result.reason).toMatch(reason);
    expect(isComparable(parse(raw), unit as Benchmark['unit'])).toBe(false);
  });
});

describe('publishedAverage', () => {
  it('finds the average in the unit asked for and nothing else', () => {
    const benchmarks = [parse({ kind: 'target', value: 5, unit: 'ratio' }), parse({ kind: 'average', value: 4.4, unit: 'ratio' })];
    expect(publishedAverage(benchmarks, 'ratio')?.value).toBe(4.4);
    expect(publishedAverage(benchmarks, 'percent')).toBeUndefined();
    expect(publishedAverage([parse({ kind: 'share', value: 31, of: 'companies', that: 'do it' })], 'percent')).toBeUndefined();
  });
});

describe('the benchmark schema', () => {
  it.each([
    [{ value: 54 }, 'kind', /must say what kind of figure it is/],
    [{ kind: 'typical', value: 54 }, 'kind', /kind is one of average, share/],
    [{ kind: 'range', low: 16, high: 2 }, 'high', /low must be below high/],
    [{ kind: 'share', value: 31, of: 'companies', that: 'x', unit: 'ratio' }, 'unit', /always a percentage/],
    [{ kind: 'share', value: 31 }, 'of', /./],
    [{ kind: 'ceiling', value: 10, marks: 'best' }, 'marks', /target, leading, average/],
    [{ kind: 'segments', segments: [{ label: 'tiered', value: 19 }] }, 'segments', /at least two/],
    [{ kind: 'expected', when: 'with effort' }, 'low', /needs low, high or both/],
  ])('rejects %j, naming %s', (raw, field, message) => {
    const result = benchmarkSchema.safeParse({ unit: 'percent', ...from, ...raw });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path.at(-1) === field);
    expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('rejects a field that belongs to another kind (an old "label", a value on a range)', () => {
    expect(benchmarkSchema.safeParse({ unit: 'percent', ...from, kind: 'average', value: 54, label: 'average' }).success).toBe(false);
    expect(benchmarkSchema.safeParse({ unit: 'percent', ...from, kind: 'range', low: 2, high: 16, value: 2 }).success).toBe(false);
  });

  it('rejects the broken fixture, naming the benchmark without a kind', () => {
    const fixture = frontmatterOf(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'broken', 'metric-benchmark-without-kind.mdx'), 'utf8'));
    const result = metricSchema.safeParse(fixture);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('benchmarks.0.kind');
  });
});

describe('benchmarks in content/metrics', () => {
  const metrics = readCollection('metrics');
  const parsed = metrics.map((metric) => ({ id: metric.id, raw: metric.data, data: metricSchema.parse(metric.data) }));
  const all = parsed.flatMap((metric) => metric.data.benchmarks.map((benchmark, index) => ({ metric, benchmark, raw: metric.raw.benchmarks[index] })));

  it('each state their kind in the file', () => {
    expect(all.length).toBeGreaterThan(20);
    for (const { metric, raw } of all) expect(BENCHMARK_KINDS, `${metric.id}: ${JSON.stringify(raw)}`).toContain(raw.kind);
  });

  it('call only an average "Typical", and every average so', () => {
    for (const { metric, benchmark } of all) {
      const label = formatBenchmark(benchmark);
      expect(/typical/i.test(label), `${metric.id}: "${label}"`).toBe(benchmark.kind === 'average');
      expect(/typical/i.test(KIND_NAMES[benchmark.kind])).toBe(false);
    }
  });

  it('write percentages the English way, with no space before %', () => {
    for (const { metric, benchmark } of all) expect(formatBenchmark(benchmark), metric.id).not.toMatch(/\d %/);
  });

  // The figures the issue names, each read against the study: they must keep the kind they really are.
  it.each([
    ['first-contact-resolution', 'Typical 54%'],
    ['onboard-rate', '31% of companies offer a formal onboarding programme'],
    ['support-funding-level', '2–16%'],
    ['health-score', 'Target: at most 10% of customers at risk'],
    ['interactions-per-case', 'Average: more than 2'],
    ['staff-attrition', 'Tiered 19% · non-tiered 11%'],
    ['employee-satisfaction', 'Tiered 77% · non-tiered 86%'],
  ])('%s shows "%s"', (id, label) => {
    const metric = parsed.find((entry) => entry.id === id);
    expect(metric?.data.benchmarks.map(formatBenchmark)).toContain(label);
  });
});
