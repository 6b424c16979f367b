/**
 * The self-evaluation stores against a fake localStorage: restore after mount, autosave, corrupt and
 * old data, blocked and full storage, a second tab, snapshots, import and share-link actions.
 * Each test loads fresh modules, as a page load would.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../../../src/lib/assessment/storage';
import { encodeShareFragment } from '../../../src/lib/assessment/share';
import { EXPORT_FORMAT } from '../../../src/lib/assessment/export';
import { FakeStorage, loadAssessmentStores } from './fake-storage';

const STAGES = [
  { number: 1, ids: ['s1-a', 's1-b'] },
  { number: 2, ids: ['s2-a', 's2-b'] },
];

async function load() {
  const stores = await loadAssessmentStores(STAGES);
  const persistence = { ...(await import('../../../src/stores/persistence')), ...(await import('../../../src/stores/data/all-items')) };
  // What the island does: subscribe (mounting the persistent stores), then connect storage.
  const score = stores.$score.subscribe(() => {});
  return { ...stores, ...persistence, stop: () => { stores.stop(); score(); } };
}

const stored = (storage: FakeStorage, key: string) => JSON.parse(storage.data.get(key) ?? 'null');

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
});

describe('persistence', () => {
  it('touches no storage before start, restores after start, autosaves every change', async () => {
    storage.data.set(STORAGE_KEYS.answers, JSON.stringify({ v: 2, ratings: { 's1-a': 3 }, notes: {} }));
    const s = await load();
    expect(storage.reads).toBe(0);
    expect(s.$answers.get().ratings).toEqual({});
    s.startAssessment(() => storage);
    expect(s.$storageStatus.get()).toBe('saved');
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 3 });
    s.rate('s1-b', 'na');
    s.writeNote('s1-b', 'Evidence: <b>wiki</b>');
    expect(stored(storage, STORAGE_KEYS.answers)).toEqual({ v: 2, ratings: { 's1-a': 3, 's1-b': 'na' }, notes: { 's1-b': 'Evidence: <b>wiki</b>' } });
    s.writeNote('s1-b', '  ');
    expect(stored(storage, STORAGE_KEYS.answers).notes).toEqual({});
    expect(s.$score.get().stages[0]!.answered).toBe(2);
    s.stop();
  });

  it('corrupt data: starts empty, says so, keeps the raw text for download', async () => {
    storage.data.set(STORAGE_KEYS.answers, '{"v":2,"ratings":{"s1-a":3');
    const s = await load();
    s.startAssessment(() => storage);
    expect(s.$answers.get()).toEqual({ ratings: {}, notes: {} });
    expect(s.$unreadable.get()).toEqual([{ key: STORAGE_KEYS.answers, copyKey: 'smp:assess:answers:v2:unreadable', raw: '{"v":2,"ratings":{"s1-a":3' }]);
    expect(storage.data.get('smp:assess:answers:v2:unreadable')).toBe('{"v":2,"ratings":{"s1-a":3');
    s.rate('s1-a', 2);
    expect(stored(storage, STORAGE_KEYS.answers).ratings).toEqual({ 's1-a': 2 });
    s.discardUnreadable('smp:assess:answers:v2:unreadable');
    expect(s.$unreadable.get()).toEqual([]);
    expect(storage.data.has('smp:assess:answers:v2:unreadable')).toBe(false);
    s.stop();
  });

  it('migrates answers stored in format 1 instead of dropping them', async () => {
    storage.data.set(STORAGE_KEYS.legacyAnswers, JSON.stringify({ ratings: { 's1-a': 3, 's1-b': 0 } }));
    const s = await load();
    s.startAssessment(() => storage);
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 3, 's1-b': 'na' });
    expect(s.$migrated.get()).toBe(true);
    expect(stored(storage, STORAGE_KEYS.answers).v).toBe(2);
    expect(storage.data.has(STORAGE_KEYS.legacyAnswers)).toBe(false);
    s.stop();
  });

  it('answers in format 1 that cannot be read are kept as a copy of the answers, not dropped with the old key', async () => {
    storage.data.set(STORAGE_KEYS.legacyAnswers, '{"ratings":{"s1-a":3');
    const s = await load();
    s.startAssessment(() => storage);
    expect(storage.data.has(STORAGE_KEYS.legacyAnswers)).toBe(false);
    expect(storage.data.get('smp:assess:answers:v2:unreadable')).toBe('{"ratings":{"s1-a":3');
    expect(s.$unreadable.get()).toHaveLength(1);
    s.stop();
  });

  it('blocked storage: everything works in memory and the status says so', async () => {
    const s = await load();
    s.startAssessment(() => { throw new DOMException('denied', 'SecurityError'); });
    expect(s.$storageStatus.get()).toBe('blocked');
    s.rate('s1-a', 3);
    s.saveSnapshot('In memory');
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 3 });
    expect(s.$snapshots.get()).toHaveLength(1);
    s.stop();
  });

  it('full storage: the change is kept in memory and the status says so', async () => {
    const s = await load();
    s.startAssessment(() => storage);
    s.rate('s1-a', 3);
    storage.room = 0;
    s.rate('s1-b', 2);
    expect(s.$storageStatus.get()).toBe('full');
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 3, 's1-b': 2 });
    s.rate('s2-a', 1);
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 3, 's1-b': 2, 's2-a': 1 });
    s.stop();
  });

  it('a second tab: its change shows here, and a change here does not overwrite it', async () => {
    const s = await load();
    s.startAssessment(() => storage);
    s.rate('s1-a', 3);
    const otherTab = JSON.stringify({ v: 2, ratings: { 's1-a': 3, 's2-b': 1 }, notes: {} });
    storage.data.set(STORAGE_KEYS.answers, otherTab);
    // Before the storage event arrives, this tab answers another statement: both survive.
    s.rate('s1-b', 2);
    expect(stored(storage, STORAGE_KEYS.answers).ratings).toEqual({ 's1-a': 3, 's2-b': 1, 's1-b': 2 });
    const later = JSON.stringify({ v: 2, ratings: { 's1-a': 1 }, notes: {} });
    storage.data.set(STORAGE_KEYS.answers, later);
    s.receiveStorageEvent({ key: STORAGE_KEYS.answers, newValue: later });
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 1 });
    s.stop();
  });
});

describe('snapshots', () => {
  it('save, compare-ready list, delete with undo, load keeps the current answers', async () => {
    const s = await load();
    s.startAssessment(() => storage);
    expect(s.saveSnapshot('Nothing yet')).toBeNull();
    s.rate('s1-a', 2);
    const first = s.saveSnapshot('March <script>', undefined, new Date('2025-03-01T00:00:00Z'))!;
    expect(first.name).toBe('March <script>');
    s.rate('s1-a', 3);
    s.saveSnapshot('April', undefined, new Date('2025-04-01T00:00:00Z'));
    expect(stored(storage, STORAGE_KEYS.snapshots).snapshots.map((x: { name: string }) => x.name)).toEqual(['March <script>', 'April']);

    s.deleteSnapshot(first.id);
    expect(s.$snapshots.get().map((x) => x.name)).toEqual(['April']);
    s.$notice.get()!.undo!();
    expect(s.$snapshots.get().map((x) => x.name)).toEqual(['March <script>', 'April']);

    s.restoreSnapshot(first.id);
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 2 });
    expect(s.$snapshots.get().at(-1)!.ratings).toEqual({ 's1-a': 3 });
    s.stop();
  });

  it('start over clears the answers but keeps them as a snapshot, with undo', async () => {
    const s = await load();
    s.startAssessment(() => storage);
    s.rate('s1-a', 3);
    s.writeNote('s1-a', 'kept');
    s.startOver();
    expect(s.$answers.get()).toEqual({ ratings: {}, notes: {} });
    expect(s.$snapshots.get()[0]).toMatchObject({ name: 'Before starting over', ratings: { 's1-a': 3 }, notes: { 's1-a': 'kept' } });
    s.$notice.get()!.undo!();
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 3 });
    s.stop();
  });
});

describe('import and share-link actions', () => {
  const file = JSON.stringify({ format: EXPORT_FORMAT, version: 1, ratings: { 's1-a': 1, 's9-gone': 3 }, notes: {}, snapshots: [] });

  it('an import is previewed, then applied after a snapshot of the current answers', async () => {
    const s = await load();
    s.startAssessment(() => storage);
    s.rate('s1-a', 3);
    expect(s.prepareImport('team.json', file)).toBe(true);
    expect(s.$pendingImport.get()!.preview.changes).toEqual([{ id: 's1-a', from: 3, to: 1 }]);
    expect(s.$pendingImport.get()!.file.unknownIds).toEqual(['s9-gone']);
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 3 });
    s.applyImport();
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 1 });
    expect(s.$snapshots.get()[0]).toMatchObject({ name: 'Before importing team.json', ratings: { 's1-a': 3 } });
    expect(s.$pendingImport.get()).toBeNull();
    s.stop();
  });

  it('a bad import changes nothing and says why', async () => {
    const s = await load();
    s.startAssessment(() => storage);
    s.rate('s1-a', 3);
    expect(s.prepareImport('bad.json', '{oops')).toBe(false);
    expect(s.$notice.get()).toMatchObject({ code: 'import-error', tone: 'error', values: { name: 'bad.json', error: 'invalid-json' } });
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 3 });
    s.cancelImport();
    s.stop();
  });

  it('a share link is shown read-only and loaded only on request', async () => {
    const s = await load();
    s.startAssessment(() => storage);
    s.rate('s1-a', 1);
    const fragment = encodeShareFragment(['s1-a', 's1-b'], { 's1-a': 3, 's1-b': 3 });
    expect(s.openShareFragment(fragment)).toBe(true);
    expect(s.$shownRatings.get()).toEqual({ 's1-a': 3, 's1-b': 3 });
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 1 });
    s.loadSharedIntoMine();
    expect(s.$answers.get().ratings).toEqual({ 's1-a': 3, 's1-b': 3 });
    expect(s.$snapshots.get()[0]!.ratings).toEqual({ 's1-a': 1 });
    expect(s.$sharedView.get()).toBeNull();
    s.stop();
  });

  it('a tampered share link is refused', async () => {
    const s = await load();
    s.startAssessment(() => storage);
    const fragment = encodeShareFragment(['s1-a'], { 's1-a': 1 }).replace('s1-a:1', 's1-a:3');
    expect(s.openShareFragment(fragment)).toBe(false);
    expect(s.$notice.get()).toMatchObject({ code: 'share-damaged', tone: 'error' });
    expect(s.$sharedView.get()).toBeNull();
    s.stop();
  });
});

describe('quick scorecard store', () => {
  it('persists picks and scores them', async () => {
    vi.resetModules();
    const quick = await import('../../../src/stores/assessment/quick');
    const stop = quick.$quickPicks.subscribe(() => {});
    quick.startQuickScorecard(() => storage);
    quick.pickStage('tools', 3);
    quick.pickStage('insights', 9);
    expect(quick.$quickPicks.get()).toEqual({ tools: 3 });
    expect(stored(storage, STORAGE_KEYS.quick)).toEqual({ v: 1, picks: { tools: 3 } });
    for (const area of ['insights', 'expectations', 'focus', 'staffing'] as const) quick.pickStage(area, 4);
    expect(quick.$quickPicks.get()).toEqual({ tools: 3, insights: 4, expectations: 4, focus: 4, staffing: 4 });
    quick.clearPicks();
    expect(quick.$quickPicks.get()).toEqual({});
    stop();
  });
});

describe('team store', () => {
  it('adds people from files and links, reports the ones that fail', async () => {
    vi.resetModules();
    const team = await import('../../../src/stores/assessment/team');
    const ids = new Set(['s1-a', 's1-b']);
    team.addFiles([{ name: 'ana.json', text: JSON.stringify({ format: EXPORT_FORMAT, version: 1, ratings: { 's1-a': 3 } }) }, { name: 'bad.json', text: '{' }], ids);
    expect(team.$team.get().map((m) => m.label)).toEqual(['ana']);
    expect(team.$teamProblems.get()).toHaveLength(1);
    team.addShareLinks(`https://x.test/assess/${encodeShareFragment(['s1-a'], { 's1-a': 1 })}\nnot-a-link`, ids);
    expect(team.$team.get().map((m) => m.label)).toEqual(['ana', 'Shared link 2']);
    expect(team.$teamProblems.get()).toEqual([{ kind: 'link', line: 2, reason: 'not-a-link' }]);
    team.addMember('ana', {});
    expect(team.$team.get().at(-1)!.label).toBe('ana (2)');
    team.removeMember(team.$team.get()[0]!.key);
    expect(team.$team.get()).toHaveLength(2);
  });
});
