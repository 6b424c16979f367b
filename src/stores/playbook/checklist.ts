/** Ticks on the new-CSM checklist (/playbook/start-here/), kept locally by item id. */
import { parseJson } from '../../lib/json';
import { persistentAtom } from '../persistence';

export const CHECKLIST_KEY = 'smp:start-here:v1';

/** Only ids that look like checklist ids survive decoding; anything else is dropped. */
export function decodeTicks(stored: string): string[] {
  const parsed = parseJson(stored);
  if (!Array.isArray(parsed)) return [];
  return [...new Set(parsed.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,60}$/.test(id)))];
}

export const $ticks = persistentAtom<string[]>(CHECKLIST_KEY, [], { encode: JSON.stringify, decode: decodeTicks });

export function setTick(id: string, done: boolean): void {
  const rest = $ticks.get().filter((tick) => tick !== id);
  $ticks.set(done ? [...rest, id] : rest);
}
