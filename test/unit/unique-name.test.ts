import { describe, expect, it } from 'vitest';
import { uniqueName } from '../../src/lib/unique-name';

describe('uniqueName', () => {
  it('keeps a name that is free', () => {
    expect(uniqueName('snap-a', new Set(['snap-b']))).toBe('snap-a');
  });

  it('appends -2, -3… until the name is free', () => {
    expect(uniqueName('snap-a', new Set(['snap-a']))).toBe('snap-a-2');
    expect(uniqueName('snap-a', new Set(['snap-a', 'snap-a-2', 'snap-a-3']))).toBe('snap-a-4');
  });

  it('uses the suffix it is given', () => {
    expect(uniqueName('Ann', new Set(['Ann', 'Ann (2)']), (n) => ` (${n})`)).toBe('Ann (3)');
  });

  it('numbers from the wanted name, not from a taken numbered one', () => {
    expect(uniqueName('x-2', new Set(['x-2']))).toBe('x-2-2');
  });
});
