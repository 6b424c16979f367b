import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../src/lib/next-task';

afterEach(() => {
  vi.useRealTimers();
});

describe('nextTask', () => {
  it('resolves in a later task, not in the current one', async () => {
    vi.useFakeTimers();
    let resumed = false;
    void nextTask().then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false);
    await vi.runAllTimersAsync();
    expect(resumed).toBe(true);
  });
});
