import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../src/lib/metrics/format';

describe('formatValue', () => {
  it.each([
    [86.7, 'percent', '86.7%'],
    [10, 'percent', '10%'],
    [4.4, 'ratio', '4.4'],
    [35, 'score', '35'],
    [2.25, 'hours', '2.25 h'],
    [19.0, 'percent', '19%'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});
