/**
 * Shared guard for the playbook's persistent stores: writing to localStorage can throw (blocked,
 * quota, private mode). A failed write switches @nanostores/persistent to an in-memory engine and
 * is retried there, so the value still applies on this page, and `$storageStatus` tells the UI.
 */
import { atom } from 'nanostores';
import { setPersistentEngine } from '@nanostores/persistent';

export type StorageStatus = 'ok' | 'unavailable';

export const $storageStatus = atom<StorageStatus>('ok');

const noEvents = { addEventListener() {}, removeEventListener() {} };

export function writeSafely(write: () => void): void {
  try {
    write();
  } catch {
    $storageStatus.set('unavailable');
    setPersistentEngine({}, noEvents);
    try {
      write();
    } catch {
      // The in-memory engine cannot throw; nothing more to do.
    }
  }
}
