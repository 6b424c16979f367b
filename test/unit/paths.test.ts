import { describe, expect, it } from 'vitest';
import { joinBase } from '../../src/lib/paths';

describe('joinBase', () => {
  it.each([
    ['/', '/stages/', '/stages/'],
    ['/playbook/', '/stages/', '/playbook/stages/'],
    ['/playbook', 'stages/', '/playbook/stages/'],
    ['/', '/', '/'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});
