/**
 * Where persistent stores keep their values. Shared by every persistent store (details, checklist,
 * benchmark, forecast): keep these exports stable.
 *
 * localStorage can be missing (blocked, private mode) or full. @nanostores/persistent already falls
 * back to memory when it is missing at load; this module handles a write that fails later: it copies
 * what is stored into memory and carries on there, so the page keeps working and can say that changes
 * won't be kept. Copying matters: an empty engine would make every store "restore" to its initial value.
 */
import { atom } from 'nanostores';
import { setPersistentEngine } from '@nanostores/persistent';

export type StorageStatus = 'ok' | 'unavailable';

/** 'unavailable' once storage has failed (or was never there): show a notice that nothing is kept. */
export const $storageStatus = atom<StorageStatus>('ok');

const noEvents = { addEventListener() {}, removeEventListener() {} };

/** Call once a page's widget starts: flags storage that cannot be written at all. */
export function detectStorage(): void {
  try {
    const probe = '__smp_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
  } catch {
    $storageStatus.set('unavailable');
  }
}

function copyOfStorage(): Record<string, string> {
  const memory: Record<string, string> = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null) memory[key] = localStorage.getItem(key) ?? '';
    }
  } catch {
    // Nothing readable either: start from an empty memory store.
  }
  return memory;
}

/** Runs a write; if storage throws, switches every persistent store to memory and retries once. */
export function writeSafely(write: () => void): void {
  try {
    write();
  } catch {
    $storageStatus.set('unavailable');
    setPersistentEngine(copyOfStorage(), noEvents);
    write();
  }
}
