import { describe, expect, it } from 'vitest';
import { metricSchema } from '../../../src/schemas/metric';
import { practiceSchema } from '../../../src/schemas/practice';
import { sourceSchema } from '../../../src/schemas/source';
import { readCollection } from '../../helpers/content';

const metrics = readCollection('metrics');
const practices = readCollection('practices');
const sources = readCollection('sources');

/** Every metric the 2020 study defines or benchmarks, plus the case-lifecycle and team measures. */
const REQUIRED_METRICS = [
  'customer-growth', 'cases-per-new-user', 'expansion', 'contraction', 'churn', 'support-demand-forecast',
  'support-funding-level', 'cases-by-channel', 'assisted-issues-by-type', 'support-access-point', 'case-completeness',
  'interactions-per-case', 'first-contact-resolution', 'escalation-rate', 'collaboration-rate', 'time-to-resolution',
  'total-effort-to-resolve', 'case-record-completion', 'new-vs-known', 'knowledge-action', 'prevention-rate',
  'bug-impact', 'bug-fix-deflection', 'proficiency-impact', 'skills-deflection', 'onboard-rate', 'self-help-coverage',
  'self-help-usage', 'self-help-deflection', 'self-service-success', 'customer-satisfaction', 'net-promoter-score',
  'sentiment', 'adoption-rate', 'success-rate', 'health-score', 'recurring-revenue', 'net-recurring-revenue',
  'time-in-state', 'ownership-changes', 'time-waiting-on-customer', 'staff-attrition', 'employee-satisfaction',
];

describe('the metric library', () => {
  it('has a page for every required metric, each valid', () => {
    const ids = metrics.map((metric) => metric.id);
    for (const id of REQUIRED_METRICS) expect(ids).toContain(id);
    for (const metric of metrics) {
      const result = metricSchema.safeParse(metric.data);
      expect(result.success, `${metric.file}: ${result.error?.message}`).toBe(true);
    }
  });

  it('gives every benchmark a known source and a year', () => {
    const sourceIds = new Set(sources.map((source) => source.id));
    for (const metric of metrics) {
      for (const benchmark of metricSchema.parse(metric.data).benchmarks) {
        expect(sourceIds.has(benchmark.source), `${metric.file}: ${benchmark.source}`).toBe(true);
        expect(benchmark.year).toBeGreaterThan(1990);
      }
    }
  });

  it('rejects a metric with neither benchmarks nor a reason, naming noBenchmark', () => {
    const metric = metricSchema.parse(metrics.find((m) => m.id === 'first-contact-resolution')?.data);
    const result = metricSchema.safeParse({ ...metric, benchmarks: [], noBenchmark: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['noBenchmark']);
  });

  it('carries the study figures the tools depend on', () => {
    const casesPerNewUser = metricSchema.parse(metrics.find((m) => m.id === 'cases-per-new-user')?.data);
    const average = casesPerNewUser.benchmarks.find((b) => b.kind === 'average');
    expect(average?.kind === 'average' && average.value).toBe(4.4);
  });
});

describe('practices and sources', () => {
  it('has valid practices including the four scaling imperatives and crisis management', () => {
    for (const practice of practices) {
      const result = practiceSchema.safeParse(practice.data);
      expect(result.success, `${practice.file}: ${result.error?.message}`).toBe(true);
    }
    const ids = practices.map((p) => p.id);
    for (const id of ['prevention', 'self-help', 'proficiency', 'automation', 'crisis-management', 'swarming-vs-tiered-support', 'case-lifecycle-measurement', 'scaling-very-large-customer-bases', 'support-vs-success']) {
      expect(ids).toContain(id);
    }
  });

  it('has valid source records', () => {
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of sources) expect(sourceSchema.safeParse(source.data).success, source.file).toBe(true);
  });
});
