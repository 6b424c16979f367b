import { describe, expect, it } from 'vitest';
import { capped, RELATED_CAP } from '../../../src/lib/navigation/related';

describe('capped', () => {
  it('shows at most six and counts the rest', () => {
    const items = Array.from({ length: 19 }, (_, i) => i);
    expect(RELATED_CAP).toBe(6);
    expect(capped(items)).toEqual({ shown: [0, 1, 2, 3, 4, 5], total: 19, more: 13 });
  });

  it('shows a short list whole', () => {
    expect(capped(['a', 'b'])).toEqual({ shown: ['a', 'b'], total: 2, more: 0 });
    expect(capped([])).toEqual({ shown: [], total: 0, more: 0 });
  });
});
