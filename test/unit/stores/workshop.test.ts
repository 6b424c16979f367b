/**
 * The workshop store over a fake sessionStorage (the tab) and localStorage (the browser): a reload
 * resumes from the tab, a closed tab forgets unless the session was saved, discarding forgets
 * everywhere, and the agreed answers replace the facilitator's with a snapshot kept first.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../../../src/lib/assessment/storage';
import { SNAPSHOTS_MAX } from '../../../src/lib/assessment/answers';
import type { Participant } from '../../../src/lib/assessment/workshop';
import { FakeStorage, loadAssessmentStores } from './fake-storage';

const STAGES = [
  { number: 1, ids: ['s1-a', 's1-b'] },
  { number: 2, ids: ['s2-a'] },
];
const PEOPLE: Participant[] = [
  { label: 'Ana', ratings: { 's1-a': 3, 's1-b': 3, 's2-a': 1 }, notes: { 's2-a': 'No data yet' } },
  { label: 'Ben', ratings: { 's1-a': 3, 's1-b': 1, 's2-a': 2 }, notes: {} },
];
const TAB_KEY = 'smp:assess:workshop-tab:v1';
const SAVED_KEY = 'smp:assess:workshop:v1';

let local: FakeStorage;
let tab: FakeStorage;

/** A page load of the team view: fresh modules, storage attached as the island does. */
async function openPage() {
  const assessment = await loadAssessmentStores(STAGES);
  const kept = await import('../../../src/stores/assessment/workshop-kept');
  const workshop = await import('../../../src/stores/assessment/workshop');
  const apply = await import('../../../src/stores/assessment/workshop-apply');
  assessment.startAssessment(() => local);
  return { ...assessment, ...kept, ...workshop, ...apply };
}

beforeEach(() => {
  local = new FakeStorage();
  tab = new FakeStorage();
  vi.stubGlobal('sessionStorage', tab);
});
afterEach(() => vi.unstubAllGlobals());

describe('workshop store', () => {
  it('keeps the session in the tab only, and a reload picks it up where it was', async () => {
    let page = await openPage();
    expect(page.hasKeptWorkshop()).toBe(false);
    page.startWorkshop(STAGES, PEOPLE);
    page.recordRating('s1-b', 2);
    page.recordNote('s1-b', 'Depends on the region');
    page.goNext();
    expect(tab.data.has(TAB_KEY)).toBe(true);
    expect([...local.data.keys()].filter((key) => key.includes('workshop'))).toEqual([]);

    page = await openPage();
    expect(page.hasKeptWorkshop()).toBe(true);
    expect(page.resumeWorkshop()).toBe(true);
    const session = page.$workshop.get()!;
    expect(session.order).toEqual(['s1-b', 's2-a', 's1-a']);
    expect(session.position).toBe(1);
    expect(session.agreed).toEqual({ ratings: { 's1-b': 2 }, notes: { 's1-b': 'Depends on the region' } });
    expect(session.participants[0]!.notes).toEqual({ 's2-a': 'No data yet' });
  });

  it('a closed tab forgets an unsaved session; a saved one comes back until it is discarded', async () => {
    let page = await openPage();
    page.startWorkshop(STAGES, PEOPLE);
    tab = new FakeStorage();
    vi.stubGlobal('sessionStorage', tab);
    page = await openPage();
    expect(page.resumeWorkshop()).toBe(false);

    page.startWorkshop(STAGES, PEOPLE);
    page.saveSession();
    page.recordRating('s1-a', 3);
    expect(JSON.parse(local.data.get(SAVED_KEY)!).agreed.ratings).toEqual({ 's1-a': 3 });
    tab = new FakeStorage();
    vi.stubGlobal('sessionStorage', tab);
    page = await openPage();
    expect(page.resumeWorkshop()).toBe(true);
    expect(page.$workshopSaved.get()).toBe(true);
    expect(page.$workshop.get()!.agreed.ratings).toEqual({ 's1-a': 3 });

    page.discardWorkshop();
    expect(page.$workshop.get()).toBeNull();
    expect(local.data.has(SAVED_KEY)).toBe(false);
    expect(tab.data.has(TAB_KEY)).toBe(false);
  });

  it('stop saving: the browser copy goes, the tab copy stays', async () => {
    const page = await openPage();
    page.startWorkshop(STAGES, PEOPLE);
    page.saveSession();
    page.unsaveSession();
    page.recordRating('s1-a', 1);
    expect(local.data.has(SAVED_KEY)).toBe(false);
    expect(JSON.parse(tab.data.get(TAB_KEY)!).agreed.ratings).toEqual({ 's1-a': 1 });
  });

  it('a damaged saved session is copied aside, not lost', async () => {
    local.data.set(SAVED_KEY, '{"version":1,"order":');
    const page = await openPage();
    expect(page.resumeWorkshop()).toBe(false);
    expect(local.data.get(`${SAVED_KEY}:unreadable`)).toBe('{"version":1,"order":');
  });

  it('works in memory when the tab refuses storage', async () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => { throw new DOMException('denied', 'SecurityError'); },
      setItem: () => { throw new DOMException('denied', 'SecurityError'); },
    });
    const page = await openPage();
    page.startWorkshop(STAGES, PEOPLE);
    page.recordRating('s1-b', 'na');
    expect(page.$workshop.get()!.agreed.ratings).toEqual({ 's1-b': 'na' });
  });

  it('the agreed answers replace the facilitator’s (each note ending with the spread), whose answers are kept as a snapshot first', async () => {
    const page = await openPage();
    page.rate('s1-a', 1);
    page.startWorkshop(STAGES, PEOPLE);
    page.recordRating('s1-a', 3);
    page.recordNote('s1-a', 'Seen in the tool');
    const results: unknown[] = [];
    page.applyToAssessment((result) => results.push(result));
    expect(results).toMatchObject([{ kind: 'applied', kept: { name: 'Before the team workshop', ratings: { 's1-a': 1 } } }]);
    expect(JSON.parse(local.data.get(STORAGE_KEYS.answers)!)).toEqual({ v: 2, ratings: { 's1-a': 3 }, notes: { 's1-a': 'Seen in the tool\nTeam workshop: Ana 3, Ben 3.' } });
  });

  it('at the snapshot cap nothing changes and the facilitator is told why', async () => {
    const snapshots = Array.from({ length: SNAPSHOTS_MAX }, (_, i) => ({ id: `snap-${i}`, name: `Old ${i}`, date: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), ratings: { 's1-a': 2 }, notes: {} }));
    local.data.set(STORAGE_KEYS.snapshots, JSON.stringify({ v: 2, snapshots }));
    const page = await openPage();
    expect(page.$snapshots.get()).toHaveLength(SNAPSHOTS_MAX);
    page.rate('s1-a', 1);
    page.startWorkshop(STAGES, PEOPLE);
    page.recordRating('s1-a', 3);
    const results: unknown[] = [];
    page.applyToAssessment((result) => results.push(result));
    expect(results).toEqual([{ kind: 'snapshots-full' }]);
    expect(page.$answers.get().ratings).toEqual({ 's1-a': 1 });
  });
});
