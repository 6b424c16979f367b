/**
 * Figures entered on /metrics/benchmark/, kept in this browser under a namespaced, versioned key.
 * Only values that passed the field's validation are ever written, so a bad entry never replaces a
 * good one; decoding leaves out anything that is not a metric id mapped to a number, and says so.
 */
import { atom } from 'nanostores';
import { decodeStoredEntries, type Entries } from '../../lib/metrics/benchmark-input';
import { persistentAtom } from '../persistence';

export const BENCHMARK_KEY = 'smp:benchmark:v1';

export const $entries = persistentAtom<Entries>(BENCHMARK_KEY, {}, { encode: JSON.stringify, decode: decodeStoredEntries });

/** What "Clear all" removed, so it can be undone; null when there is nothing to undo. */
export const $clearedEntries = atom<Entries | null>(null);

export function setEntry(id: string, value: number): void {
  const next = { ...$entries.get(), [id]: value };
  $clearedEntries.set(null);
  $entries.set(next);
}

export function removeEntry(id: string): void {
  const next = { ...$entries.get() };
  delete next[id];
  $entries.set(next);
}

/** Removes every entry and keeps a copy for undoClear. Returns how many were removed. */
export function clearEntries(): number {
  const current = $entries.get();
  const count = Object.keys(current).length;
  if (count === 0) return 0;
  $clearedEntries.set(current);
  $entries.set({});
  return count;
}

/** Puts back what the last clearEntries removed, keeping anything entered since. Returns how many came back. */
export function undoClear(): number {
  const cleared = $clearedEntries.get();
  if (!cleared) return 0;
  $clearedEntries.set(null);
  $entries.set({ ...cleared, ...$entries.get() });
  return Object.keys(cleared).length;
}
