import { describe, expect, it } from 'vitest';
import { toBenchmarkRows, type BenchmarkLabel, type BenchmarkRow, type RowFigure } from '../../../src/lib/metrics/benchmark';
import { decodeEntries, fieldHint, usableEntry, validateEntry } from '../../../src/lib/metrics/benchmark-input';
import { benchmarkCsv } from '../../../src/lib/metrics/benchmark-csv';
import { placeValue, thresholdsFor } from '../../../src/lib/metrics/placement';
import { readCollection } from '../../helpers/content';

const figure = (label: BenchmarkLabel, value: number, extra: Partial<RowFigure> = {}): RowFigure => ({
  label,
  value,
  text: `${label} ${value}`,
  sourceTitle: 'Study',
  publisher: 'Publisher',
  year: 2020,
  approximateYear: false,
  ...extra,
});

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

describe('placement where higher is better', () => {
  const fcr = row({ figures: [figure('average', 54), figure('leading', 70)] });

  it('places values against typical and leading', () => {
    expect(placeValue(fcr, 80).placement).toBe('leading');
    expect(placeValue(fcr, 60).placement).toBe('typical');
    expect(placeValue(fcr, 20).placement).toBe('below-typical');
  });

  it('counts a value equal to a threshold as reaching it', () => {
    expect(placeValue(fcr, 70).placement).toBe('leading');
    expect(placeValue(fcr, 54).placement).toBe('typical');
    expect(placeValue(fcr, 53.99).placement).toBe('below-typical');
  });

  it('says which comparison was made', () => {
    expect(placeValue(fcr, 60).explanation).toBe('At or above the published average (54%), short of the leading figure (70%).');
    expect(placeValue(fcr, 20).explanation).toBe('Below the published average (54%).');
  });
});

describe('placement where lower is better (mirrored)', () => {
  const churn = row({ direction: 'lower', figures: [figure('optimal', 3), figure('average', 10)] });

  it('places values and treats equal values as reaching the threshold', () => {
    expect(placeValue(churn, 2).placement).toBe('leading');
    expect(placeValue(churn, 3).placement).toBe('leading');
    expect(placeValue(churn, 10).placement).toBe('typical');
    expect(placeValue(churn, 10.1).placement).toBe('below-typical');
  });

  it('uses the optimal target as the leading figure when no leading figure exists', () => {
    expect(placeValue(churn, 2).explanation).toBe('At or below the optimal target (3%).');
    expect(placeValue(churn, 5).explanation).toBe('At or below the published average (10%), short of the optimal target (3%).');
    expect(placeValue(churn, 12).explanation).toBe('Above the published average (10%).');
  });
});

describe('placement with missing labels', () => {
  it('stops at typical when only an average is published', () => {
    const only = row({ figures: [figure('average', 54)] });
    const result = placeValue(only, 90);
    expect(result.placement).toBe('typical');
    expect(result.explanation).toContain('No leading figure is published');
    expect(placeValue(only, 10).placement).toBe('below-typical');
  });

  it('cannot grade a value short of the only figure, a target', () => {
    const target = row({ figures: [figure('optimal', 80)] });
    expect(placeValue(target, 80).placement).toBe('leading');
    const short = placeValue(target, 60);
    expect(short.placement).toBe('short-of-leading');
    expect(short.explanation).toBe('Below the optimal target (80%). No average is published, so we cannot say whether this is typical.');
  });

  it('uses the trailing level as the floor of typical when there is no average', () => {
    const prevention = row({ figures: [figure('trailing', 5), figure('leading', 25)] });
    expect(placeValue(prevention, 25).placement).toBe('leading');
    expect(placeValue(prevention, 10).placement).toBe('typical');
    expect(placeValue(prevention, 10).explanation).toContain('No average is published');
    expect(placeValue(prevention, 5).placement).toBe('below-typical'); // at the trailing level is still trailing
    expect(placeValue(prevention, 2).placement).toBe('below-typical');
  });

  it('mirrors the trailing rule where lower is better', () => {
    const slow = row({ unit: 'hours', direction: 'lower', figures: [figure('trailing', 48)] });
    expect(placeValue(slow, 30).placement).toBe('typical');
    expect(placeValue(slow, 48).placement).toBe('below-typical');
  });

  it('compares with the easier figure when a label repeats, and lists both', () => {
    const esat = row({ figures: [figure('average', 86), figure('average', 77)] });
    expect(thresholdsFor('higher', esat.figures).typical).toBe(77);
    const result = placeValue(esat, 80);
    expect(result.placement).toBe('typical');
    expect(result.explanation).toContain('77%, the least demanding of the published averages (77% and 86%)');
    const attrition = row({ direction: 'lower', figures: [figure('average', 19), figure('average', 11)] });
    expect(thresholdsFor('lower', attrition.figures).typical).toBe(19);
    expect(placeValue(attrition, 15).placement).toBe('typical');
    expect(placeValue(attrition, 20).placement).toBe('below-typical');
  });

  it('does not rate metrics where neither direction is better', () => {
    const collaboration = row({ direction: 'context', figures: [figure('average', 75)] });
    const result = placeValue(collaboration, 60);
    expect(result.placement).toBe('not-rated');
    expect(result.explanation).toMatch(/^Below the published average \(75%\)\. Neither direction is better/);
    expect(placeValue(collaboration, 75).explanation).toMatch(/^Equal to/);
    const range = row({ direction: 'context', figures: [figure('trailing', 0), figure('trailing', 5), figure('leading', 10)] });
    expect(placeValue(range, 3).explanation).toContain('Within the range of the trailing levels (0% and 5%). Below the leading figure (10%).');
  });
});

describe('what a field accepts', () => {
  const percent = row({});

  it.each([
    ['', 'Enter a number.'],
    ['   ', 'Enter a number.'],
    ['abc', 'That is not a number'],
    ['12abc', 'That is not a number'],
    ['Infinity', 'That is not a number'],
    ['0x1F', 'That is not a number'],
    ['5,5', 'Use a point for decimals'],
    ['-1', 'This cannot be negative. Enter a value from 0 to 100.'],
    ['100.5', 'A percentage cannot be over 100. Enter a value from 0 to 100.'],
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
    if (!result.ok) expect(result.message).toBe('That is more than 10,000, which looks like a typing slip. Enter a value from 0 to 10,000.');
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
  it('decodes ids mapped to finite numbers and drops everything else', () => {
    const stored = JSON.stringify({ 'first-contact-resolution': 60, churn: '5', 'Bad Id': 3, '': 1, nps: null, ok: 1e400 });
    expect(decodeEntries(stored)).toEqual({ 'first-contact-resolution': 60 });
    expect(decodeEntries('{"__proto__": 5, "churn": 4}')).toEqual({ churn: 4 });
  });

  it('treats corrupt storage as no entries', () => {
    for (const stored of [undefined, '', '{', 'null', '[60]', '"60"', '7']) expect(decodeEntries(stored)).toEqual({});
  });

  it('ignores a stored value the field would not accept', () => {
    const percent = row({ id: 'fcr' });
    expect(usableEntry(percent, { fcr: 60 })).toBe(60);
    expect(usableEntry(percent, { fcr: 400 })).toBeUndefined();
    expect(usableEntry(percent, {})).toBeUndefined();
  });
});

describe('CSV', () => {
  it('exports one row per entered metric with its placement, figures, source and year', () => {
    const rows = [
      row({ id: 'fcr', name: 'First Contact Resolution', abbreviation: 'FCR', figures: [figure('average', 54, { sourceTitle: 'Guide, B2B edition', publisher: 'X and Y' })] }),
      row({ id: 'churn', name: 'Churn', direction: 'lower', figures: [figure('optimal', 3), figure('average', 10)] }),
      row({ id: 'esat', name: '=cmd|calc', figures: [figure('average', 77, { year: 2014, approximateYear: true })] }),
      row({ id: 'unused', name: 'Not entered', figures: [figure('average', 1)] }),
    ];
    const csv = benchmarkCsv(rows, { fcr: 60, churn: 2, esat: 70, stray: 5 });
    expect(csv.split('\r\n')).toEqual([
      'Metric,Your value,Unit,Placement,Typical,Leading,Source,Year',
      'First Contact Resolution (FCR),60,%,Typical,54,,"Guide, B2B edition (X and Y)",2020',
      'Churn,2,%,Leading,10,3 (optimal target),Study (Publisher),2020',
      "'=cmd|calc,70,%,Below typical,77,,Study (Publisher),about 2014",
      '',
    ]);
  });
});

describe('rows from the real content', () => {
  const metrics = readCollection('metrics').map((entry) => ({
    id: entry.id,
    data: {
      ...entry.data,
      benchmarks: (entry.data.benchmarks ?? []).map((b: any) => ({ approximateYear: false, ...b })),
    },
  }));
  const sources = readCollection('sources').map((entry) => ({ id: entry.id, data: entry.data }));
  const rows = toBenchmarkRows(metrics, sources, (id) => `/metrics/${id}/`);

  it('offers a field for metrics with a published average in their own unit, and only those', () => {
    expect(rows.length).toBeGreaterThan(0);
    const withAverage = metrics.filter((m) => m.data.benchmarks.some((b: any) => b.kind === 'average' && b.unit === m.data.unit));
    expect(rows.map((r) => r.id).sort()).toEqual(withAverage.map((m) => m.id).sort());
    for (const r of rows) {
      const metric = metrics.find((m) => m.id === r.id)!;
      expect(r.figures.length).toBe(metric.data.benchmarks.filter((b: any) => b.unit === metric.data.unit).length);
      expect(r.figures.every((f) => f.sourceTitle && f.year)).toBe(true);
      // Only averages are placed against; the other kinds are listed for reference.
      for (const f of r.figures) expect(f.label === 'average', `${r.id}: ${f.text}`).toBe(f.text.startsWith('Typical '));
    }
  });

  it('places a value for every listed metric, with an explanation', () => {
    for (const r of rows) {
      for (const f of r.figures) {
        if (f.value === undefined) continue;
        const result = placeValue(r, f.value);
        expect(result.explanation.length, r.id).toBeGreaterThan(10);
      }
    }
  });
});
