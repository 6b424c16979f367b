/**
 * Every number field of the forecast and benchmark tools has a plausible range: at its limits a
 * value is taken, beyond them it is refused with a message naming the field and the range, and no
 * accepted combination can print Infinity, NaN or exponent notation.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeForecastInputs,
  FORECAST_FIELDS,
  forecast,
  validateForecastField,
  type ForecastInputs,
} from '../../../src/lib/metrics/forecast';
import { inputRule, validateEntry } from '../../../src/lib/metrics/benchmark-input';
import { formatCount, formatNumber, formatValue } from '../../../src/lib/metrics/format';
import { formatLimit } from '../../../src/lib/metrics/number-input';
import { UNITS } from '../../../src/schemas/metric';

const UNREADABLE_NUMBER = /e[+-]?\d|Infinity|NaN/;

/** A value just past a limit: one step of the smallest decimal the field takes. */
const step = (rule: { integer?: boolean; decimals?: number }) => (rule.integer ? 1 : 10 ** -(rule.decimals ?? 2));

describe('forecast fields', () => {
  it.each(FORECAST_FIELDS.map((field) => [field.label, field] as const))('%s: takes its limits, refuses beyond them, names itself and the range', (_, field) => {
    const { min, max } = field.rule;
    const lowest = field.rule.exclusiveMin ? min + step(field.rule) : min;
    expect(validateForecastField(field.key, String(lowest))).toEqual({ ok: true, value: lowest });
    expect(validateForecastField(field.key, String(max))).toEqual({ ok: true, value: max });
    for (const beyond of [min - step(field.rule), max + step(field.rule), field.rule.exclusiveMin ? min : max * 10]) {
      const result = validateForecastField(field.key, String(Number(beyond.toFixed(6))));
      expect(result.ok, `${field.label} ${beyond}`).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain(field.label);
        expect(result.message).toContain(formatLimit(max));
      }
    }
  });

  it('cases an agent resolves: a vanishing figure is refused, so staff can never be Infinity', () => {
    for (const raw of ['0.000000000001', `0.${'0'.repeat(300)}1`, '0.5', '1e-12']) {
      expect(validateForecastField('casesPerAgentPerMonth', raw).ok, raw).toBe(false);
    }
  });

  it('a figure with more decimals than the field takes is refused, not rounded', () => {
    const result = validateForecastField('casesPerNewUser', '4.12345');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Cases per new user.*2 decimal places/);
  });

  it('a stored figure outside its range is not used, and the stored text is reported as partly unreadable', () => {
    const decoded = decodeForecastInputs(JSON.stringify({ usersToday: 1000, casesPerAgentPerMonth: 0.000000000001 }));
    expect(decoded.value).toEqual({ usersToday: 1000 });
    expect(decoded.problem).toBe('partly');
  });

  it('the most extreme accepted figures still give finite results, printed in full with grouping', () => {
    const limit = (key: keyof ForecastInputs, end: 'min' | 'max') => {
      const field = FORECAST_FIELDS.find((f) => f.key === key)!;
      return end === 'min' ? field.rule.min + (field.rule.exclusiveMin ? step(field.rule) : 0) : field.rule.max;
    };
    const extreme: ForecastInputs = {
      usersToday: limit('usersToday', 'max'),
      newUsersPerMonth: limit('newUsersPerMonth', 'max'),
      casesPerNewUser: limit('casesPerNewUser', 'max'),
      casesPerUserPerYear: limit('casesPerUserPerYear', 'max'),
      deflectionPercent: 0,
      casesPerAgentPerMonth: limit('casesPerAgentPerMonth', 'min'),
      newUserMonths: 1,
    };
    for (const month of forecast(extreme)) {
      for (const value of [month.cases, month.staff, month.usersAtEnd]) {
        expect(Number.isFinite(value)).toBe(true);
        expect(formatCount(value)).toMatch(/^\d{1,3}(,\d{3})*$/);
      }
    }
  });

  it('fuzz: 3,000 random accepted inputs never print Infinity, NaN or an exponent', () => {
    let seed = 20250601;
    const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const refused: string[] = [];
    const unreadable: string[] = [];
    for (let run = 0; run < 3000; run += 1) {
      const inputs = { newUserMonths: [1, 3, 6, 12][run % 4]! } as ForecastInputs;
      for (const field of FORECAST_FIELDS) {
        const { min, max } = field.rule;
        const edge = rnd();
        // About a third at the edges, the rest anywhere in between, on the field's own decimal grid.
        const raw = edge < 0.15 ? min : edge < 0.3 ? max : min + rnd() * (max - min);
        const value = Math.max(min, Number(raw.toFixed(field.rule.integer ? 0 : field.rule.decimals ?? 2)));
        if (!validateForecastField(field.key, String(value)).ok) refused.push(`${field.key} ${value}`);
        inputs[field.key] = value;
      }
      for (const month of forecast(inputs)) {
        for (const text of [formatCount(month.cases), formatCount(month.staff), formatCount(month.usersAtEnd), formatNumber(month.newUserCases)]) {
          if (UNREADABLE_NUMBER.test(text)) unreadable.push(text);
        }
      }
    }
    expect(refused).toEqual([]);
    expect(unreadable).toEqual([]);
  }, 30_000);
});

describe('benchmark fields', () => {
  const row = (unit: (typeof UNITS)[number]) => ({ id: `a-${unit}-metric`, unit, name: `A ${unit} metric` });

  it.each(UNITS.map((unit) => [unit]))('%s: takes its limits, refuses beyond them, names the metric and the range', (unit) => {
    const rule = inputRule(row(unit));
    expect(validateEntry(row(unit), String(rule.min)).ok).toBe(true);
    expect(validateEntry(row(unit), String(rule.max)).ok).toBe(true);
    for (const beyond of [rule.min - 1, rule.max + 1]) {
      const result = validateEntry(row(unit), String(beyond));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain(`A ${unit} metric`);
        expect(result.message).toContain(formatLimit(rule.max));
      }
    }
  });
});

describe('numbers as printed', () => {
  it('groups thousands and never uses an exponent', () => {
    expect(formatCount(27_500_000_000_000)).toBe('27,500,000,000,000');
    expect(formatCount(1192.4)).toBe('1,192');
    expect(formatNumber(1_000_000_000)).toBe('1,000,000,000');
    expect(formatValue(12_500, 'hours')).toBe('12,500 h');
    expect(formatNumber(0.0000001)).toBe('0');
    expect(formatNumber(86.75)).toBe('86.8');
    expect(formatNumber(4.4)).toBe('4.4');
  });
});
