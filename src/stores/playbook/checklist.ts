/**
 * Ticks on the site's checklists, kept locally by item id: the new CSM's path (/playbook/start-here/)
 * and the leader's support imperatives (/practices/support-imperatives/). Each list has its own key,
 * so ticking one never touches the other; the start-here key is unchanged from before there were two.
 */
import type { WritableAtom } from 'nanostores';
import { parseJson } from '../../lib/json';
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

/** Only ids that look like checklist ids survive decoding; anything else is dropped. */
export function decodeTicks(stored: string): string[] {
  const parsed = parseJson(stored);
  if (!Array.isArray(parsed)) return [];
  return [...new Set(parsed.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,60}$/.test(id)))];
}

const lists = new Map<ChecklistName, WritableAtom<string[]>>();

/** The ticks of one list, created on first use so a page only reads the key it shows. */
export function ticksOf(name: ChecklistName): WritableAtom<string[]> {
  let store = lists.get(name);
  if (!store) {
    store = persistentAtom<string[]>(CHECKLIST_KEYS[name], [], { encode: JSON.stringify, decode: decodeTicks });
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
