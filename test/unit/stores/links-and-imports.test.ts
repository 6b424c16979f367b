/**
 * The smaller promises of the self-evaluation's actions: a team link box that reads one link a line
 * whatever follows it, a shared view that follows the address, and an import that changes nothing
 * offering nothing to apply.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMAT } from '../../../src/lib/assessment/export';
import { encodeShareFragment } from '../../../src/lib/assessment/share';
import { STORAGE_KEYS } from '../../../src/lib/assessment/storage';
import { FakeStorage, loadAssessmentStores } from './fake-storage';

const IDS = new Set(['s1-a', 's1-b']);
const link = (ratings: Record<string, 1 | 2 | 3>) => `https://example.org/assess/${encodeShareFragment([...IDS], ratings)}`;

describe('team link box', () => {
  async function team() {
    vi.resetModules();
    return import('../../../src/stores/assessment/team');
  }

  it('takes a link followed by a label as one person, named by the label', async () => {
    const t = await team();
    t.addShareLinks(`${link({ 's1-a': 3 })} (Anna's answers)`, IDS);
    expect(t.$teamProblems.get()).toEqual([]);
    expect(t.$team.get().map((m) => m.label)).toEqual(["Anna's answers"]);
  });

  it('counts lines as the reader sees them: blank lines are skipped, not renumbered', async () => {
    const t = await team();
    t.addShareLinks(`${link({ 's1-a': 1 })}\n\n  \nnot a link at all\r\n${link({ 's1-a': 2 }).slice(0, -4)}  Ben`, IDS);
    expect(t.$team.get().map((m) => m.label)).toEqual(['Shared link 1']);
    expect(t.$teamProblems.get()).toEqual([
      { kind: 'link', line: 4, reason: 'not-a-link' },
      { kind: 'link', line: 5, reason: 'damaged' },
    ]);
  });
});

describe('with storage', () => {
  let storage: FakeStorage;
  beforeEach(() => {
    storage = new FakeStorage();
  });

  async function openPage() {
    const stores = await loadAssessmentStores([{ number: 1, ids: [...IDS] }]);
    stores.startAssessment(() => storage);
    return stores;
  }

  it('the shared view follows the address: a share fragment opens it, an address without one closes it', async () => {
    const s = await openPage();
    const load = async () => s;
    await s.followLocationHash(encodeShareFragment([...IDS], { 's1-a': 3 }), load);
    expect(s.$sharedView.get()).not.toBeNull();
    await s.followLocationHash('', load);
    expect(s.$sharedView.get()).toBeNull();
    await s.followLocationHash(encodeShareFragment([...IDS], { 's1-a': 2 }), load);
    await s.followLocationHash('#results', load);
    expect(s.$sharedView.get()).toBeNull();
  });

  it('an address that changes while the decoder loads: only the latest counts', async () => {
    const s = await openPage();
    let loaded: (opener: typeof s) => void = () => {};
    const opening = s.followLocationHash(encodeShareFragment([...IDS], { 's1-a': 3 }), () => new Promise((resolve) => (loaded = resolve)));
    await s.followLocationHash('', async () => s);
    loaded(s);
    await opening;
    expect(s.$sharedView.get()).toBeNull();
  });

  it('an address with a share fragment only loads the opener; without one it loads nothing', async () => {
    const s = await openPage();
    const load = vi.fn(async () => s);
    await s.followLocationHash('#results', load);
    await s.followLocationHash('', load);
    expect(load).not.toHaveBeenCalled();
    await s.followLocationHash(encodeShareFragment([...IDS], { 's1-a': 3 }), load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('an import that changes nothing says so, and applying it adds no snapshot', async () => {
    storage.data.set(STORAGE_KEYS.answers, JSON.stringify({ v: 2, ratings: { 's1-a': 3 }, notes: { 's1-a': 'wiki' } }));
    const s = await openPage();
    s.prepareImport('same.json', JSON.stringify({ format: EXPORT_FORMAT, version: 1, ratings: { 's1-a': 3 }, notes: { 's1-a': 'wiki' }, snapshots: [] }));
    expect(s.$pendingImport.get()!.preview.unchanged).toBe(true);
    s.applyImport();
    expect(s.$snapshots.get()).toEqual([]);
    expect(storage.data.has(STORAGE_KEYS.snapshots)).toBe(false);
  });

  it('an import that only adds snapshots keeps the answers as they are, with no snapshot of them', async () => {
    storage.data.set(STORAGE_KEYS.answers, JSON.stringify({ v: 2, ratings: { 's1-a': 3 }, notes: {} }));
    const s = await openPage();
    const snapshot = { id: 'march', name: 'March', date: '2025-03-01T00:00:00.000Z', ratings: { 's1-a': 1 }, notes: {} };
    s.prepareImport('more.json', JSON.stringify({ format: EXPORT_FORMAT, version: 1, ratings: { 's1-a': 3 }, notes: {}, snapshots: [snapshot] }));
    expect(s.$pendingImport.get()!.preview.unchanged).toBe(false);
    s.applyImport();
    expect(s.$snapshots.get().map((x) => x.name)).toEqual(['March']);
  });

  it('the preview names every entry it leaves out and why', async () => {
    const s = await openPage();
    s.prepareImport('mixed.json', JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      ratings: { 's1-a': 7, 's1-b': 2 },
      notes: { 's1-b': 42 },
      snapshots: [{ name: 'Undated', ratings: {} }, { id: 'ok', name: 'Fine', date: '2025-01-01T00:00:00Z', ratings: { 's1-a': 'x' } }],
    }));
    expect(s.$pendingImport.get()!.file.skipped).toEqual([
      { id: 's1-a', problem: 'rating', value: '7' },
      { id: 's1-b', problem: 'note', value: '42' },
      { snapshot: 'Undated', problem: 'snapshot-date' },
      { snapshot: 'Fine', id: 's1-a', problem: 'rating', value: '"x"' },
    ]);
  });
});
