/**
 * The snapshot cap refuses, never drops: around 499/500/501 by saving and by importing, and a load
 * never trims what storage holds. A page load is a fresh set of modules over the same storage.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { SNAPSHOTS_MAX, type Snapshot } from '../../../src/lib/assessment/answers';
import { EXPORT_FORMAT } from '../../../src/lib/assessment/export';
import { STORAGE_KEYS } from '../../../src/lib/assessment/storage';
import { FakeStorage, loadAssessmentStores } from './fake-storage';

const STAGES = [{ number: 1, ids: ['s1-a', 's1-b'] }];

function snapshots(count: number, from = 0, prefix = 'own'): Snapshot[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${from + i}`,
    name: `${prefix} ${from + i}`,
    date: new Date(Date.UTC(2020, 0, 1) + (from + i) * 86_400_000).toISOString(),
    ratings: { 's1-a': 2 },
    notes: {},
  }));
}

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
});

function store(list: Snapshot[], ratings: Record<string, number> = { 's1-a': 3 }) {
  storage.data.set(STORAGE_KEYS.snapshots, JSON.stringify({ v: 2, snapshots: list }));
  storage.data.set(STORAGE_KEYS.answers, JSON.stringify({ v: 2, ratings, notes: {} }));
}

const storedNames = (): string[] => JSON.parse(storage.data.get(STORAGE_KEYS.snapshots) ?? '{"snapshots":[]}').snapshots.map((s: Snapshot) => s.name);

async function openPage() {
  const stores = await loadAssessmentStores(STAGES);
  stores.startAssessment(() => storage);
  return stores;
}

describe('saving at the cap', () => {
  it('is 500', () => {
    expect(SNAPSHOTS_MAX).toBe(500);
  });

  it('499 stored: the 500th is saved and survives a reload', async () => {
    store(snapshots(499));
    const page = await openPage();
    expect(page.saveSnapshot('Number 500')).not.toBeNull();
    page.stop();
    const reload = await openPage();
    expect(reload.$snapshots.get()).toHaveLength(500);
    expect(reload.$snapshots.get().at(-1)!.name).toBe('Number 500');
    reload.stop();
  });

  it('500 stored: saving one more is refused before anything changes, and says so', async () => {
    store(snapshots(500));
    const before = storage.data.get(STORAGE_KEYS.snapshots);
    const page = await openPage();
    expect(page.saveSnapshot('Number 501')).toBeNull();
    expect(storage.data.get(STORAGE_KEYS.snapshots)).toBe(before);
    expect(page.$notice.get()).toMatchObject({ code: 'snapshot-cap', tone: 'error', values: { name: 'Number 501', oldest: 'own 0' } });
    page.stop();
  });

  it('500 stored: the reader may delete the oldest to make room, explicitly', async () => {
    store(snapshots(500));
    const page = await openPage();
    page.saveSnapshot('Number 501');
    page.$notice.get()!.action!();
    expect(page.$notice.get()).toMatchObject({ code: 'snapshot-saved', values: { name: 'Number 501' } });
    page.stop();
    const names = storedNames();
    expect(names).toHaveLength(500);
    expect(names[0]).toBe('own 1');
    expect(names.at(-1)).toBe('Number 501');
  });

  it('501 stored (kept by an older version): a load keeps all 501, and saving is refused', async () => {
    store(snapshots(501));
    const page = await openPage();
    expect(page.$snapshots.get()).toHaveLength(501);
    expect(page.$snapshots.get().at(-1)!.name).toBe('own 500');
    expect(page.saveSnapshot('One more')).toBeNull();
    page.stop();
    expect(storedNames()).toHaveLength(501);
  });

  it('replacing the answers at the cap keeps them: the action is refused until there is room', async () => {
    store(snapshots(500), { 's1-a': 3, 's1-b': 1 });
    const page = await openPage();
    page.startOver();
    expect(page.$answers.get().ratings).toEqual({ 's1-a': 3, 's1-b': 1 });
    expect(page.$notice.get()).toMatchObject({ code: 'snapshot-cap', tone: 'error' });
    page.$notice.get()!.action!();
    expect(page.$answers.get().ratings).toEqual({});
    expect(page.$snapshots.get().at(-1)).toMatchObject({ name: 'Before starting over', ratings: { 's1-a': 3, 's1-b': 1 } });
    expect(page.$snapshots.get()).toHaveLength(500);
    page.stop();
  });
});

describe('importing at the cap', () => {
  const file = (list: Snapshot[], ratings: Record<string, number> = { 's1-a': 1 }) =>
    JSON.stringify({ format: EXPORT_FORMAT, version: 1, ratings, notes: {}, snapshots: list });

  it('a file of 600 snapshots: nothing is called unreadable, the preview says how many are over, Apply waits for consent', async () => {
    store(snapshots(3));
    const page = await openPage();
    expect(page.prepareImport('big.json', file(snapshots(600, 10, 'file')))).toBe(true);
    const pending = page.$pendingImport.get()!;
    expect(pending.file.skipped).toEqual([]);
    // 3 own + 600 new + the snapshot of the current answers = 604: 104 over.
    expect(pending.preview.overCap).toBe(104);
    expect(pending.preview.removed.map((s) => s.name).slice(0, 4)).toEqual(['own 0', 'own 1', 'own 2', 'file 10']);
    expect(pending.preview.removed).toHaveLength(104);

    expect(page.applyImport()).toBe(false);
    expect(page.$pendingImport.get()).not.toBeNull();
    expect(storedNames()).toEqual(['own 0', 'own 1', 'own 2']);

    expect(page.applyImport({ removeOldest: true })).toBe(true);
    page.stop();
    const reload = await openPage();
    const names = reload.$snapshots.get().map((s) => s.name);
    expect(names).toHaveLength(500);
    expect(names).toContain('Before importing big.json');
    expect(names).not.toContain('own 0');
    expect(reload.$answers.get().ratings).toEqual({ 's1-a': 1 });
    reload.stop();
  });

  it('no answers of your own: 500 in the file fit exactly, 501 are one over', async () => {
    store([], {});
    const page = await openPage();
    page.prepareImport('exact.json', file(snapshots(500, 0, 'file')));
    expect(page.$pendingImport.get()!.preview.overCap).toBe(0);
    page.prepareImport('over.json', file(snapshots(501, 0, 'file')));
    expect(page.$pendingImport.get()!.preview.overCap).toBe(1);
    page.stop();
  });

  it('answers of your own: the snapshot that keeps them counts too (499 fit, 500 are one over)', async () => {
    store([], { 's1-a': 3 });
    const page = await openPage();
    page.prepareImport('fits.json', file(snapshots(499, 0, 'file')));
    expect(page.$pendingImport.get()!.preview.overCap).toBe(0);
    expect(page.applyImport()).toBe(true);
    expect(page.$snapshots.get()).toHaveLength(500);
    page.stop();

    store([], { 's1-a': 3 });
    const again = await openPage();
    again.prepareImport('over.json', file(snapshots(500, 0, 'file')));
    expect(again.$pendingImport.get()!.preview.overCap).toBe(1);
    again.stop();
  });
});
