import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../src/lib/load-once';

describe('loadOnce', () => {
  it('loads on the first call only and shares the result', async () => {
    let calls = 0;
    const part = loadOnce(async () => ({ id: ++calls }));
    expect(part.current()).toBeUndefined();
    expect(calls).toBe(0);
    const [first, second] = await Promise.all([part.get(), part.get()]);
    expect(first).toBe(second);
    expect(await part.get()).toBe(first);
    expect(calls).toBe(1);
    expect(part.current()).toEqual({ id: 1 });
  });

  it('passes a failure on and tries again on the next call', async () => {
    let calls = 0;
    const part = loadOnce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return 'loaded';
    });
    await expect(part.get()).rejects.toThrow('offline');
    expect(part.current()).toBeUndefined();
    expect(await part.get()).toBe('loaded');
    expect(calls).toBe(2);
    expect(part.current()).toBe('loaded');
  });
});
