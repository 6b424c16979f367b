/**
 * A localStorage stand-in for the store tests: a Map behind the Storage interface, a read counter
 * (to prove nothing is read before the page starts), and a room counter that makes setItem throw
 * the browser's quota error once it runs out; and a page load of the self-evaluation's stores over it.
 */
import { vi } from 'vitest';
import type { StageStatements } from '../../../src/lib/assessment/scoring';

export class FakeStorage implements Storage {
  data = new Map<string, string>();
  reads = 0;
  /** Writes allowed before setItem throws a quota error (Infinity: never). */
  room = Infinity;
  get length() { return this.data.size; }
  clear() { this.data.clear(); }
  getItem(key: string) { this.reads += 1; return this.data.get(key) ?? null; }
  key(index: number) { return [...this.data.keys()][index] ?? null; }
  removeItem(key: string) { this.data.delete(key); }
  setItem(key: string, value: string) {
    if (this.room <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.room -= 1;
    this.data.set(key, String(value));
  }
}

/**
 * A page load of the self-evaluation's stores: fresh modules (over whatever storage the test keeps),
 * the stages set, and the persistent stores mounted by a subscriber, as the islands do. The caller
 * connects storage (startAssessment) when the test is ready.
 */
export async function loadAssessmentStores(stages: StageStatements[]) {
  vi.resetModules();
  const stores = {
    ...(await import('../../../src/stores/assessment/answers')),
    ...(await import('../../../src/stores/assessment/import')),
    ...(await import('../../../src/stores/assessment/notice')),
    ...(await import('../../../src/stores/assessment/shared-view')),
    ...(await import('../../../src/stores/assessment/share-open')),
  };
  stores.setStages(stages);
  const stop = [stores.$answers.subscribe(() => {}), stores.$snapshots.subscribe(() => {})];
  return { ...stores, stop: () => stop.forEach((unsubscribe) => unsubscribe()) };
}
