/**
 * "Benchmark yourself": rows from content, placement by the kind of each published figure, what a
 * field accepts, stored entries and the CSV.
 */
import { describe, expect, it } from 'vitest';
import { toBenchmarkRows, type BenchmarkRow, type RowFigure } from '../../../src/lib/metrics/benchmark';
import { decodeStoredEntries, fieldHint, heldEntry, usableEntry, validateEntry } from '../../../src/lib/metrics/benchmark-input';
import { benchmarkCsv } from '../../../src/lib/metrics/benchmark-csv';
import { comparability, formatBenchmark } from '../../../src/lib/metrics/benchmark-kinds';
import { placeValue, VERDICT_LABELS } from '../../../src/lib/metrics/placement';
import { benchmarkSchema } from '../../../src/schemas/metric';
import { readCollection } from '../../helpers/content';

/** A published figure as the rows carry it, from the fields a content file would give. */
const figure = (raw: Record<string, unknown>, extra: Partial<RowFigure> = {}, metricUnit: 'percent' | 'ratio' = 'percent'): RowFigure => {
  const benchmark = benchmarkSchema.parse({ unit: metricUnit, source: 'study', year: 2020, ...raw });
  const compared = comparability(benchmark, metricUnit);
  return {
    benchmark,
    text: formatBenchmark(benchmark),
    ...(compared.comparable ? {} : { notPlacedBecause: compared.reason }),
    sourceTitle: 'Study',
    publisher: 'Publisher',
    year: 2020,
    approximateYear: false,
    ...extra,
  };
};

const row = (overrides: Partial<BenchmarkRow>): BenchmarkRow => ({
  id: 'metric',
  name: 'Metric',
  category: 'demand',
  unit: 'percent',
  direction: 'higher',
  action: 'Do something.',
  href: '/metrics/metric/',
  figures: [],
  ...overrides,
});

/** The single placement of a row with one figure. */
const place = (r: BenchmarkRow, value: number) => placeValue(r, value)[0]!.placement;

describe('an average: typical or below typical, and only an average is called typical', () => {
  const fcr = row({ figures: [figure({ kind: 'average', value: 54 })] });

  it('places at or above the average as typical where higher is better, and says so', () => {
    expect(place(fcr, 60)).toEqual({ verdict: 'typical', explanation: 'At or above the published average (54%).' });
    expect(place(fcr, 54).verdict).toBe('typical');
    expect(place(fcr, 40)).toEqual({ verdict: 'below-typical', explanation: 'Below the published average (54%).' });
  });

  it('mirrors the test where lower is better', () => {
    const escalation = row({ direction: 'lower', figures: [figure({ kind: 'average', value: 20 })] });
    expect(place(escalation, 20)).toEqual({ verdict: 'typical', explanation: 'At or below the published average (20%).' });
    expect(place(escalation, 30)).toEqual({ verdict: 'below-typical', explanation: 'Above the published average (20%).' });
  });

  it('relates but does not rate a metric where neither direction is better', () => {
    const collaboration = row({ direction: 'context', figures: [figure({ kind: 'average', value: 30 })] });
    const placement = place(collaboration, 50);
    expect(placement.verdict).toBe('not-rated');
    expect(placement.explanation).toMatch(/^Above the published average \(30%\)\. Neither direction is better/);
    expect(place(collaboration, 30).explanation).toMatch(/^Equal to the published average/);
  });
});

describe('a ceiling or floor: above, below or on the line, the line named; a target line is met or missed', () => {
  it('a target ceiling (churn: less than 3%) is met below the line and missed on it', () => {
    const churn = row({ direction: 'lower', figures: [figure({ kind: 'ceiling', marks: 'target', value: 3 })] });
    expect(place(churn, 2)).toEqual({ verdict: 'meets-target', explanation: 'Below the line at 3% (Target: less than 3%).' });
    expect(place(churn, 3)).toEqual({ verdict: 'misses-target', explanation: 'On the line at 3% (Target: less than 3%).' });
    expect(place(churn, 4).verdict).toBe('misses-target');
  });

  it('an inclusive target floor (at least 80%) is met on the line', () => {
    const coverage = row({ figures: [figure({ kind: 'floor', marks: 'target', inclusive: true, value: 80 })] });
    expect(place(coverage, 80).verdict).toBe('meets-target');
    expect(place(coverage, 79.5).verdict).toBe('misses-target');
  });

  it('a line that marks the leading level or where the average lies is only above or below, never leading or trailing', () => {
    const recurring = row({ figures: [figure({ kind: 'floor', marks: 'leading', value: 95 })] });
    expect(place(recurring, 97)).toEqual({ verdict: 'above-line', explanation: 'Above the line at 95% (Market-leading: more than 95%).' });
    expect(place(recurring, 90).verdict).toBe('below-line');
    expect(place(recurring, 95).verdict).toBe('on-line');
    for (const value of [90, 95, 97]) expect(VERDICT_LABELS[place(recurring, value).verdict]).not.toMatch(/lead|trail|typical/i);
  });
});

describe('a target: met or missed by the metric’s direction', () => {
  it('onboard rate: 100% is the target', () => {
    const onboard = row({ figures: [figure({ kind: 'target', value: 100 })] });
    expect(place(onboard, 100)).toEqual({ verdict: 'meets-target', explanation: 'At or above the target of 100%.' });
    expect(place(onboard, 80)).toEqual({ verdict: 'misses-target', explanation: 'Below the target of 100%.' });
  });
});

describe('a range: inside, below or above, ends included', () => {
  const funding = row({ direction: 'context', figures: [figure({ kind: 'range', low: 2, high: 16 })] });
  it.each([
    [1, 'below-range', 'Below the range reported, 2–16%.'],
    [2, 'inside-range', 'Inside the range reported, 2–16%.'],
    [16, 'inside-range', 'Inside the range reported, 2–16%.'],
    [20, 'above-range', 'Above the range reported, 2–16%.'],
  ])('%d → %s', (value, verdict, explanation) => {
    expect(place(funding, value)).toEqual({ verdict, explanation });
  });
});

describe('figures that are not levels of the metric are never placed, and say why', () => {
  it.each([
    ['a share of companies', { kind: 'share', value: 31, of: 'companies', that: 'offer onboarding' }, /counts the companies that do something/],
    ['a segment comparison', { kind: 'segments', segments: [{ label: 'tiered', value: 77 }, { label: 'non-tiered', value: 86 }] }, /separate figure for each type of organisation/],
    ['an expected result', { kind: 'expected', high: 5, when: 'with little effort' }, /result the source expects/],
    ['a line for another quantity', { kind: 'ceiling', marks: 'target', value: 10, of: 'of customers at risk' }, /different quantity/],
  ])('%s', (_, raw, reason) => {
    const r = row({ figures: [figure(raw)] });
    for (const value of [0, 31, 77, 100]) {
      const placement = place(r, value);
      expect(placement.verdict).toBe('not-placed');
      expect(placement.explanation).toMatch(reason);
    }
    expect(r.figures[0]!.text).not.toMatch(/typical/i);
  });

  it('a segment comparison shows both segments, labelled', () => {
    expect(figure({ kind: 'segments', segments: [{ label: 'tiered', value: 77 }, { label: 'non-tiered', value: 86 }] }).text).toBe('Tiered 77% · non-tiered 86%');
  });
});

describe('what a field accepts', () => {
  const percent = row({});

  it.each([
    ['', 'Enter a number for Metric.'],
    ['   ', 'Enter a number for Metric.'],
    ['abc', 'Metric needs a number'],
    ['12abc', 'Metric needs a number'],
    ['Infinity', 'Metric needs a number'],
    ['0x1F', 'Metric needs a number'],
    ['1e5', 'Metric needs a number'],
    ['5,5', 'use a point for decimals'],
    ['-1', 'Metric cannot be negative: enter a value from 0 to 100.'],
    ['100.5', 'Metric is a percentage and cannot be over 100: enter a value from 0 to 100.'],
    ['54.125', 'Metric takes at most 2 decimal places.'],
  ])('percent field rejects %j with "%s"', (raw, message) => {
    const result = validateEntry(percent, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('accepts the edges and a trailing % sign', () => {
    expect(validateEntry(percent, '0')).toEqual({ ok: true, value: 0 });
    expect(validateEntry(percent, '100')).toEqual({ ok: true, value: 100 });
    expect(validateEntry(percent, '54.5 %')).toEqual({ ok: true, value: 54.5 });
    expect(validateEntry(percent, '-0')).toEqual({ ok: true, value: 0 });
  });

  it('rejects absurdly large values in other units', () => {
    const hours = row({ unit: 'hours' });
    const result = validateEntry(hours, '100000');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('Metric cannot be more than 10,000, which would be a typing slip: enter a value from 0 to 10,000.');
    expect(validateEntry(hours, '28')).toEqual({ ok: true, value: 28 });
  });

  it('lets scores go negative and rates of change leave 0–100', () => {
    expect(validateEntry(row({ unit: 'score' }), '-20')).toEqual({ ok: true, value: -20 });
    expect(validateEntry(row({ unit: 'score' }), '-101').ok).toBe(false);
    expect(validateEntry(row({ id: 'net-recurring-revenue' }), '112')).toEqual({ ok: true, value: 112 });
    expect(validateEntry(row({ id: 'support-demand-forecast' }), '-8')).toEqual({ ok: true, value: -8 });
    expect(fieldHint(row({}))).toBe('%, 0 to 100');
    expect(fieldHint(row({ unit: 'score' }))).toBe('score, -100 to 100');
  });
});

describe('stored entries', () => {
  it('decodes ids mapped to finite numbers and counts everything else as left out', () => {
    const stored = JSON.stringify({ 'first-contact-resolution': 60, churn: '5', 'Bad Id': 3, '': 1, nps: null, ok: 1e400 });
    expect(decodeStoredEntries(stored)).toEqual({ value: { 'first-contact-resolution': 60 }, problem: 'partly' });
    expect(decodeStoredEntries('{"churn": 4}')).toEqual({ value: { churn: 4 }, problem: null });
  });

  it('keeps every entry, however many (nothing is trimmed)', () => {
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`metric-${i}`, i]));
    expect(Object.keys(decodeStoredEntries(JSON.stringify(many)).value)).toHaveLength(300);
  });

  it('reports corrupt storage as unreadable, with no entries', () => {
    for (const stored of ['', '{', 'null', '[60]', '"60"', '7']) expect(decodeStoredEntries(stored)).toEqual({ value: {}, problem: 'unreadable' });
  });

  it('ignores a stored value the field would not accept', () => {
    const percent = row({ id: 'fcr' });
    expect(usableEntry(percent, { fcr: 60 })).toBe(60);
    expect(usableEntry(percent, { fcr: 400 })).toBeUndefined();
    expect(heldEntry(percent, { fcr: 400 })).toBe(400);
    expect(heldEntry(percent, { fcr: 60 })).toBeUndefined();
    expect(usableEntry(percent, {})).toBeUndefined();
  });
});

describe('CSV', () => {
  it('one line per entered figure and published figure: placement, what it was compared with, source and year', () => {
    const rows = [
      row({ id: 'fcr', name: 'First Contact Resolution', abbreviation: 'FCR', figures: [figure({ kind: 'average', value: 54 }, { sourceTitle: 'Guide, B2B edition', publisher: 'X and Y' })] }),
      row({ id: 'churn', name: 'Churn', direction: 'lower', figures: [figure({ kind: 'average', value: 10 }), figure({ kind: 'ceiling', marks: 'target', value: 3 })] }),
      row({ id: 'onboard', name: 'Onboard rate', figures: [figure({ kind: 'share', value: 31, of: 'companies', that: 'offer onboarding' })] }),
      row({ id: 'esat', name: '=cmd|calc', figures: [figure({ kind: 'average', value: 77 }, { year: 2014, approximateYear: true })] }),
      row({ id: 'unused', name: 'Not entered', figures: [figure({ kind: 'average', value: 1 })] }),
    ];
    const csv = benchmarkCsv(rows, { fcr: 60, churn: 2, onboard: 50, esat: 70, stray: 5 });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Metric,Your value,Unit,Placement,Compared with,Source,Year',
      'First Contact Resolution (FCR),60,%,Typical,Typical 54%,"Guide, B2B edition (X and Y)",2020',
      'Churn,2,%,Typical,Typical 10%,Study (Publisher),2020',
      'Churn,2,%,Meets the target,Target: less than 3%,Study (Publisher),2020',
      'Onboard rate,50,%,Not placed,31% of companies offer onboarding,Study (Publisher),2020',
      "'=cmd|calc,70,%,Below typical,Typical 77%,Study (Publisher),about 2014",
      '',
    ]);
  });
});

describe('rows from the real content', () => {
  const metrics = readCollection('metrics').map((entry) => ({
    id: entry.id,
    data: {
      ...entry.data,
      benchmarks: (entry.data.benchmarks ?? []).map((b: any) => benchmarkSchema.parse(b)),
    },
  }));
  const sources = readCollection('sources').map((entry) => ({ id: entry.id, data: entry.data }));
  const rows = toBenchmarkRows(metrics, sources, (id) => `/metrics/${id}/`);

  it('offers a field for every metric with a published figure in its own unit, whatever its kind', () => {
    const withFigure = metrics.filter((m) => m.data.benchmarks.some((b: any) => b.unit === m.data.unit));
    expect(rows.map((r) => r.id).sort()).toEqual(withFigure.map((m) => m.id).sort());
    // Churn's target line and the metrics with only a line, a target or a range are in.
    for (const id of ['churn', 'interactions-per-case', 'onboard-rate', 'self-help-coverage', 'support-funding-level']) expect(rows.map((r) => r.id)).toContain(id);
    for (const r of rows) {
      const metric = metrics.find((m) => m.id === r.id)!;
      expect(r.figures.length).toBe(metric.data.benchmarks.filter((b: any) => b.unit === metric.data.unit).length);
      expect(r.figures.every((f) => f.sourceTitle && f.year)).toBe(true);
      for (const f of r.figures) expect(f.benchmark.kind === 'average', `${r.id}: ${f.text}`).toBe(f.text.startsWith('Typical '));
    }
  });

  it('places a value against every comparable figure with a sentence, and gives the reason for every other', () => {
    for (const r of rows) {
      for (const { figure: f, placement } of placeValue(r, 50)) {
        expect(placement.explanation.length, `${r.id}: ${f.text}`).toBeGreaterThan(10);
        expect(placement.verdict === 'not-placed', `${r.id}: ${f.text}`).toBe(f.notPlacedBecause !== undefined);
      }
    }
  });
});
