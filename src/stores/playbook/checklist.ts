/**
 * Ticks on the site's checklists, kept locally by item id: the new CSM's path (/playbook/start-here/)
 * and the leader's support imperatives (/practices/support-imperatives/). Each list has its own key,
 * so ticking one never touches the other; the start-here key is unchanged from before there were two.
 */
import type { WritableAtom } from 'nanostores';
import { parseJson, unreadable, usable, type Decoded } from '../../lib/json';
import { persistentAtom } from '../persistence';

export const CHECKLIST_KEYS = {
  'start-here': 'smp:start-here:v1',
  imperatives: 'smp:imperatives:v1',
} as const;
export type ChecklistName = keyof typeof CHECKLIST_KEYS;

/** The start-here key, kept for the code and tests that name it. */
export const CHECKLIST_KEY = CHECKLIST_KEYS['start-here'];

export function isChecklistName(name: string | undefined): name is ChecklistName {
  return name !== undefined && Object.hasOwn(CHECKLIST_KEYS, name);
}

const TICK_ID = /^[a-z0-9-]{1,60}$/;

/** The stored ticks: only ids that look like checklist ids are used, once each; anything else counts as left out. */
export function decodeStoredTicks(stored: string): Decoded<string[]> {
  const parsed = parseJson(stored);
  if (!Array.isArray(parsed)) return unreadable([]);
  const ticks = parsed.filter((id): id is string => typeof id === 'string' && TICK_ID.test(id));
  return usable([...new Set(ticks)], parsed.length - ticks.length);
}

/** The usable ticks of a stored list (for code that only needs the ids). */
export function decodeTicks(stored: string): string[] {
  return decodeStoredTicks(stored).value;
}

const lists = new Map<ChecklistName, WritableAtom<string[]>>();

/** The ticks of one list, created on first use so a page only reads the key it shows. */
export function ticksOf(name: ChecklistName): WritableAtom<string[]> {
  let store = lists.get(name);
  if (!store) {
    store = persistentAtom<string[]>(CHECKLIST_KEYS[name], [], { encode: JSON.stringify, decode: decodeStoredTicks });
    lists.set(name, store);
  }
  return store;
}

export const $ticks = ticksOf('start-here');

export function setTick(id: string, done: boolean, name: ChecklistName = 'start-here'): void {
  const store = ticksOf(name);
  const rest = store.get().filter((tick) => tick !== id);
  store.set(done ? [...rest, id] : rest);
}
