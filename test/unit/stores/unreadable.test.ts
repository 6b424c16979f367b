/**
 * Stored data that cannot be fully read stays until the reader decides, for every persistent store
 * on the site: the original text is kept byte for byte, the readable part is used, and the notice
 * comes back on every load (a page load here is a fresh set of modules over the same storage) until
 * the reader discards the copy.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadableAtom } from 'nanostores';
import { FakeStorage } from './fake-storage';
import { EMPTY_DETAILS } from '../../../src/lib/playbook/templates';

interface StoreCase {
  name: string;
  key: string;
  load: () => Promise<{ store: ReadableAtom<unknown>; change: () => void }>;
  /** Text that cannot be read at all, and the value the store then starts from. */
  broken: string;
  empty: unknown;
  /** Text with one bad entry among good ones, and the part that can be used. */
  partly: string;
  readable: unknown;
}

const CASES: StoreCase[] = [
  {
    name: 'self-evaluation answers',
    key: 'smp:assess:answers:v2',
    load: async () => {
      const m = await import('../../../src/stores/assessment/answers');
      return { store: m.$answers, change: () => m.rate('s2-a', 1) };
    },
    broken: '{"v":2,"ratings":{"s1-a":3',
    empty: { ratings: {}, notes: {} },
    partly: '{"v":2,"ratings":{"s1-a":3,"s1-b":7},"notes":{}}',
    readable: { ratings: { 's1-a': 3 }, notes: {} },
  },
  {
    name: 'snapshots',
    key: 'smp:assess:snapshots:v2',
    load: async () => {
      const m = await import('../../../src/stores/assessment/answers');
      return { store: m.$snapshots, change: () => { m.rate('s1-a', 2); m.saveSnapshot('New'); } };
    },
    broken: '{"v":2,"snapshots":[{"name":"March"',
    empty: [],
    partly: '{"v":2,"snapshots":[{"id":"a","name":"March","date":"2025-03-01T00:00:00.000Z","ratings":{"s1-a":2},"notes":{}},{"name":"No date"}]}',
    readable: [{ id: 'a', name: 'March', date: '2025-03-01T00:00:00.000Z', ratings: { 's1-a': 2 }, notes: {} }],
  },
  {
    name: 'quick scorecard',
    key: 'smp:assess:quick:v1',
    load: async () => {
      const m = await import('../../../src/stores/assessment/quick');
      return { store: m.$quickPicks, change: () => m.pickStage('insights', 2) };
    },
    broken: '{"v":1,"picks":',
    empty: {},
    partly: '{"v":1,"picks":{"tools":3,"focus":9}}',
    readable: { tools: 3 },
  },
  {
    name: 'your details',
    key: 'smp:details:v1',
    load: async () => {
      const m = await import('../../../src/stores/playbook/details');
      return { store: m.$details, change: () => m.setDetail('csm', 'Sam') };
    },
    broken: '{"customer":"Acme"',
    empty: EMPTY_DETAILS,
    partly: '{"customer":"Acme","contact":42}',
    readable: { ...EMPTY_DETAILS, customer: 'Acme' },
  },
  {
    name: 'start-here checklist',
    key: 'smp:start-here:v1',
    load: async () => {
      const m = await import('../../../src/stores/playbook/checklist');
      return { store: m.ticksOf('start-here'), change: () => m.setTick('learn-churn', true, 'start-here') };
    },
    broken: '["read-stages"',
    empty: [],
    partly: '["read-stages","<script>"]',
    readable: ['read-stages'],
  },
  {
    name: 'support imperatives checklist',
    key: 'smp:imperatives:v1',
    load: async () => {
      const m = await import('../../../src/stores/playbook/checklist');
      return { store: m.ticksOf('imperatives'), change: () => m.setTick('fund-support', true, 'imperatives') };
    },
    broken: '[',
    empty: [],
    partly: '["measure-value",17]',
    readable: ['measure-value'],
  },
  {
    name: 'benchmark figures',
    key: 'smp:benchmark:v1',
    load: async () => {
      const m = await import('../../../src/stores/metrics/benchmark');
      return { store: m.$entries, change: () => m.setEntry('escalation-rate', 20) };
    },
    broken: '{"churn":4',
    empty: {},
    partly: '{"churn":4,"first-contact-resolution":"60"}',
    readable: { churn: 4 },
  },
  {
    name: 'forecast figures',
    key: 'smp:forecast:v1',
    load: async () => {
      const m = await import('../../../src/stores/metrics/forecast');
      return { store: m.$forecastInputs, change: () => m.setForecastInput('newUsersPerMonth', 10) };
    },
    broken: '{"usersToday":1000',
    empty: {},
    partly: '{"usersToday":1000,"casesPerAgentPerMonth":-5}',
    readable: { usersToday: 1000 },
  },
];

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
});

/** One page load: fresh modules, the store in use, storage attached. */
async function openPage(store: StoreCase) {
  vi.resetModules();
  const persistence = await import('../../../src/stores/persistence');
  const { discardUnreadable } = await import('../../../src/stores/data/all-items');
  const { store: atom, change } = await store.load();
  const stop = atom.subscribe(() => {});
  persistence.connectStorage(() => storage);
  return { ...persistence, discardUnreadable, atom, change, stop };
}

/** Keys whose stored text is exactly `raw`. */
const keysHolding = (raw: string) => [...storage.data].filter(([, value]) => value === raw).map(([key]) => key);

describe.each(CASES)('$name', (store) => {
  it('unreadable text: kept byte for byte and announced on every load until discarded', async () => {
    storage.data.set(store.key, store.broken);

    const first = await openPage(store);
    expect(first.atom.get()).toEqual(store.empty);
    expect(first.$unreadable.get()).toEqual([expect.objectContaining({ key: store.key, raw: store.broken })]);
    // Loading alone writes nothing over what the reader had.
    expect(storage.data.get(store.key)).toBe(store.broken);
    first.stop();

    const reload = await openPage(store);
    expect(keysHolding(store.broken)).not.toEqual([]);
    expect(reload.$unreadable.get()).toEqual([expect.objectContaining({ key: store.key, raw: store.broken })]);

    // The reader carries on: the store saves again, and the copy stays.
    reload.change();
    expect(storage.data.get(store.key)).not.toBe(store.broken);
    reload.stop();
    const afterChange = await openPage(store);
    expect(keysHolding(store.broken)).toHaveLength(1);
    expect(afterChange.$unreadable.get()).toEqual([expect.objectContaining({ key: store.key, raw: store.broken })]);

    afterChange.discardUnreadable(afterChange.$unreadable.get()[0]!.copyKey);
    expect(afterChange.$unreadable.get()).toEqual([]);
    afterChange.stop();
    const afterDiscard = await openPage(store);
    expect(keysHolding(store.broken)).toEqual([]);
    expect(afterDiscard.$unreadable.get()).toEqual([]);
    afterDiscard.stop();
  });

  it('partly readable text: the readable part is used and the whole text is kept, on every load', async () => {
    storage.data.set(store.key, store.partly);
    const first = await openPage(store);
    expect(first.atom.get()).toEqual(store.readable);
    expect(first.$unreadable.get()).toEqual([expect.objectContaining({ key: store.key, raw: store.partly })]);
    first.stop();

    const reload = await openPage(store);
    expect(reload.atom.get()).toEqual(store.readable);
    expect(keysHolding(store.partly)).not.toEqual([]);
    expect(reload.$unreadable.get()).toEqual([expect.objectContaining({ key: store.key, raw: store.partly })]);
    reload.stop();
  });

  it('readable text raises no notice and is not rewritten on load', async () => {
    vi.resetModules();
    const first = await openPage(store);
    first.change();
    const saved = storage.data.get(store.key);
    first.stop();
    const reload = await openPage(store);
    expect(reload.$unreadable.get()).toEqual([]);
    expect(storage.data.get(store.key)).toBe(saved);
    reload.stop();
  });
});

describe('a second damage while the first copy waits', () => {
  it('keeps both copies rather than overwriting the first', async () => {
    const [answers] = CASES;
    storage.data.set(answers!.key, 'first damage');
    (await openPage(answers!)).stop();
    storage.data.set(answers!.key, 'second damage');
    const page = await openPage(answers!);
    expect(keysHolding('first damage')).toHaveLength(1);
    expect(keysHolding('second damage')).not.toEqual([]);
    expect(page.$unreadable.get().map((item) => item.raw).sort()).toEqual(['first damage', 'second damage']);
    page.stop();
  });
});
