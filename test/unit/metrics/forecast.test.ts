import { describe, expect, it } from 'vitest';
import {
  chartScale,
  completeInputs,
  decodeForecastInputs,
  describeForecast,
  forecast,
  forecastMonth,
  staffNeeded,
  summarise,
  validateForecastField,
  type ForecastInputs,
} from '../../../src/lib/metrics/forecast';

const base: ForecastInputs = {
  usersToday: 1000,
  newUsersPerMonth: 100,
  casesPerNewUser: 4.4,
  casesPerUserPerYear: 6,
  deflectionPercent: 20,
  casesPerAgentPerMonth: 100,
  newUserMonths: 1,
};

describe('forecast formulas', () => {
  it('works out month 1 by hand', () => {
    const month = forecastMonth(base, 1);
    expect(month.usersAtEnd).toBe(1100);
    expect(month.newUserCases).toBeCloseTo(440); // 100 joiners × 4.4
    expect(month.existingUserCases).toBeCloseTo(500); // 1000 × 6 ÷ 12; this month's joiners are not existing yet
    expect(month.grossCases).toBeCloseTo(940);
    expect(month.deflectedCases).toBeCloseTo(188);
    expect(month.cases).toBeCloseTo(752);
    expect(month.staff).toBe(8); // 7.52 rounded up
  });

  it('works out month 12: joiners from months 1–11 count as existing users', () => {
    const month = forecastMonth(base, 12);
    expect(month.usersAtEnd).toBe(2200);
    expect(month.existingUserCases).toBeCloseTo(1050); // 2100 × 6 ÷ 12
    expect(month.cases).toBeCloseTo(1192); // (440 + 1050) × 0.8
    expect(month.staff).toBe(12);
  });

  it('returns twelve months numbered 1 to 12 that grow with the user base', () => {
    const months = forecast(base);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (let i = 1; i < months.length; i++) expect(months[i]!.cases).toBeGreaterThan(months[i - 1]!.cases);
  });

  it('spreads a new user’s cases over the chosen months without counting anyone twice', () => {
    const spread = { ...base, newUserMonths: 3 };
    expect(forecastMonth(spread, 1).newUserCases).toBeCloseTo(146.667, 2); // one cohort, a third of its cases
    expect(forecastMonth(spread, 3).newUserCases).toBeCloseTo(440); // three cohorts, a third each
    expect(forecastMonth(spread, 3).existingUserCases).toBeCloseTo(500); // nobody has finished settling in
    expect(forecastMonth(spread, 4).existingUserCases).toBeCloseTo(550); // month 1 joiners are existing now
    // Once every cohort is settled, the spread no longer changes the month's total.
    const settled = forecastMonth(spread, 12);
    const sameMonthAsDefault = forecastMonth(base, 12);
    expect(settled.grossCases).toBeCloseTo(sameMonthAsDefault.grossCases - (2 * 100 * 6) / 12);
  });

  it('gives zero cases and zero staff when nothing generates cases', () => {
    const months = forecast({ ...base, usersToday: 0, newUsersPerMonth: 0 });
    expect(months.every((m) => m.cases === 0 && m.staff === 0)).toBe(true);
    const noRates = forecast({ ...base, casesPerNewUser: 0, casesPerUserPerYear: 0 });
    expect(noRates.every((m) => m.cases === 0 && m.staff === 0)).toBe(true);
  });

  it('gives zero cases and zero staff at 100 % deflection, with everything counted as prevented', () => {
    const months = forecast({ ...base, deflectionPercent: 100 });
    expect(months.every((m) => m.cases === 0 && m.staff === 0)).toBe(true);
    expect(months[0]!.deflectedCases).toBeCloseTo(940);
  });

  it('leaves cases untouched at 0 % deflection', () => {
    expect(forecastMonth({ ...base, deflectionPercent: 0 }, 1).cases).toBeCloseTo(940);
  });

  it('rounds staff up, but not for floating-point dust', () => {
    expect(staffNeeded(300, 100)).toBe(3);
    expect(staffNeeded(300.01, 100)).toBe(4);
    expect(staffNeeded(0.1 + 0.2 + 269.7, 90)).toBe(3); // 270.00000000000006 would otherwise become 4
    expect(staffNeeded(0, 50)).toBe(0);
    expect(staffNeeded(1, 50)).toBe(1);
  });

  it('refuses inputs the form would reject', () => {
    expect(() => forecast({ ...base, usersToday: -1 })).toThrow(RangeError);
    expect(() => forecast({ ...base, casesPerAgentPerMonth: 0 })).toThrow(/at least 1/);
    expect(() => forecast({ ...base, deflectionPercent: 101 })).toThrow(/over 100/);
    expect(() => forecast({ ...base, casesPerNewUser: Number.NaN })).toThrow(RangeError);
    expect(() => forecast({ ...base, newUsersPerMonth: 2.5 })).toThrow(/whole number/);
    expect(() => forecast({ ...base, newUserMonths: 2 })).toThrow(/spread/);
  });
});

describe('forecast field validation', () => {
  it('accepts plain numbers and a trailing % on the deflection field', () => {
    expect(validateForecastField('usersToday', ' 1200 ')).toEqual({ ok: true, value: 1200 });
    expect(validateForecastField('deflectionPercent', '15%')).toEqual({ ok: true, value: 15 });
    expect(validateForecastField('casesPerNewUser', '4.4')).toEqual({ ok: true, value: 4.4 });
  });

  it.each([
    ['usersToday', '', 'Enter a number for Customers or users today.'],
    ['usersToday', 'lots', 'Customers or users today needs a number'],
    ['usersToday', '1,200', 'use a point for decimals'],
    ['usersToday', '-5', 'cannot be negative'],
    ['usersToday', '12.5', 'Customers or users today must be a whole number.'],
    ['usersToday', '1e6', 'Customers or users today needs a number'],
    ['usersToday', '999999999999', 'would be a typing slip'],
    ['deflectionPercent', '120', 'Expected deflection (%) is a percentage and cannot be over 100'],
    ['casesPerAgentPerMonth', '0', 'Cases an agent resolves per month must be at least 1: enter a value from 1 to 10,000.'],
  ] as const)('%s "%s" → %s', (field, raw, message) => {
    const result = validateForecastField(field, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('stored forecast inputs', () => {
  it('keeps valid fields and reports the tampered ones as left out', () => {
    const stored = JSON.stringify({ usersToday: 500, newUsersPerMonth: -3, deflectionPercent: 'ten', casesPerAgentPerMonth: 0, newUserMonths: 6, extra: 1 });
    expect(decodeForecastInputs(stored)).toEqual({ value: { usersToday: 500, newUserMonths: 6 }, problem: 'partly' });
    expect(decodeForecastInputs('{"usersToday":500}')).toEqual({ value: { usersToday: 500 }, problem: null });
  });

  it('reports corrupt or odd storage as unreadable, with no figures', () => {
    for (const stored of ['', '{not json', 'null', '[1,2]', '42']) expect(decodeForecastInputs(stored)).toEqual({ value: {}, problem: 'unreadable' });
  });

  it('is complete only when every figure is present, with the spread defaulting to one month', () => {
    const { newUserMonths: _omit, ...withoutSpread } = base;
    expect(completeInputs(withoutSpread)).toEqual({ ...withoutSpread, newUserMonths: 1 });
    const { casesPerAgentPerMonth: _missing, ...incomplete } = base;
    expect(completeInputs(incomplete)).toBeUndefined();
  });
});

describe('chart scale and description', () => {
  it('picks a round axis top and evenly spaced ticks', () => {
    expect(chartScale(1192)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
    expect(chartScale(8)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(chartScale(0.3)).toEqual({ top: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
    expect(chartScale(0)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it('describes the year in words for the chart', () => {
    const months = forecast(base);
    const text = describeForecast(months);
    expect(text).toContain('752 in month 1');
    expect(text).toContain('1,192 in month 12');
    expect(text).toContain('peaking at 12');
    expect(summarise(months)?.peakStaff).toBe(12);
    expect(describeForecast([])).toBe('No forecast yet.');
  });
});
