/**
 * Everything the site keeps, at once, for the Your data page: every item with its text, restoring a
 * download exactly, deleting it all, and discarding a kept copy of unreadable text. It works through
 * persistence.ts and lives apart from it, so pages that only use a store or two don't load it.
 */
import { $storageStatus, isStorageLost, KEY_PREFIX, readStored, restoreAll, storedKeys, writeStored } from '../persistence';

/** Every key the site keeps in this browser, with its text, sorted by key. */
export function storedItems(): { key: string; value: string }[] {
  return storedKeys().flatMap((key) => {
    const value = readStored(key);
    return value === undefined ? [] : [{ key, value }];
  });
}

/**
 * Makes storage hold exactly `items` under the site's prefix (a restore; `{}` deletes everything),
 * without stamping new dates, then every store on the page reads it again. Returns false when
 * storage refused part of it (the status then says so).
 */
export function replaceStoredItems(items: Readonly<Record<string, string>>): boolean {
  for (const key of storedKeys()) if (!Object.hasOwn(items, key)) writeStored(key, undefined, false);
  for (const [key, value] of Object.entries(items)) if (key.startsWith(KEY_PREFIX)) writeStored(key, value, false);
  restoreAll();
  return !isStorageLost($storageStatus.get());
}

/** The reader downloaded a kept copy of unreadable text, or does not want it: it goes for good. */
export function discardUnreadable(copyKey: string): void {
  if (/:unreadable(:\d+)?$/.test(copyKey)) writeStored(copyKey, undefined);
  restoreAll();
}
