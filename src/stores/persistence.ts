/**
 * The one place where persistent stores keep their values: every store made with persistentAtom
 * (answers, snapshots and quick picks of the self-evaluation, "Your details", checklist ticks, the
 * benchmark and forecast figures) reads and writes through the engine this module installs.
 *
 * The engine starts detached (plain memory), so importing a store touches no browser global and the
 * server render and the hydration render both see empty state. `connectStorage()`, called once a
 * page's island or script has started, attaches localStorage and restores stored values. Every
 * storage call is wrapped: when storage is blocked or full, the engine keeps working in memory and
 * `$storageStatus` says changes won't be kept. Other tabs' changes arrive through storage events.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, type PersistentEvent, type PersistentListener } from '@nanostores/persistent';

/**
 * Every persistent store is made with this persistentAtom, imported from here rather than from the
 * library, so the engine below is installed before any store reads (and a test can check it).
 */
export { persistentAtom } from '@nanostores/persistent';

/**
 * - 'detached': not attached yet (server render, or before the page's code has started);
 * - 'saved': changes are written to this browser's storage;
 * - 'blocked': the browser refuses storage (private mode, settings), so changes last only while
 *   the page is open;
 * - 'full': the site's storage quota is used up, so new changes last only while the page is open.
 */
export type StorageStatus = 'detached' | 'saved' | 'blocked' | 'full';

export const $storageStatus = atom<StorageStatus>('detached');

/** True when changes are kept only while the page is open (storage blocked or full). */
export function isStorageLost(status: StorageStatus): boolean {
  return status === 'blocked' || status === 'full';
}

/** Stored text that could not be read, kept so the page can offer it as a download. */
export interface UnreadableValue {
  key: string;
  raw: string;
  /** 'unreadable': nothing could be used; 'partly': some entries were dropped. */
  kind: 'unreadable' | 'partly';
}
export const $unreadable = atom<UnreadableValue[]>([]);

/** Where unreadable text is copied before the key is rewritten, so it can still be downloaded later. */
export const unreadableKey = (key: string) => `${key}:unreadable`;

type Listener = PersistentListener;

const memory = new Map<string, string>();
let storage: Storage | undefined;
const listeners = new Set<Listener>();
const restorers = new Set<() => void>();

function giveUp(error: unknown): void {
  storage = undefined;
  const full = error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`);
  $storageStatus.set(full ? 'full' : 'blocked');
}

function read(key: string): string | undefined {
  if (storage) {
    try {
      const value = storage.getItem(key);
      if (value === null) memory.delete(key);
      else memory.set(key, value);
    } catch (error) {
      giveUp(error);
    }
  }
  return memory.get(key);
}

function write(key: string, value: string | undefined): void {
  if (value === undefined) memory.delete(key);
  else memory.set(key, value);
  if (!storage) return;
  try {
    if (value === undefined) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch (error) {
    giveUp(error);
  }
}

/** The object @nanostores/persistent reads and writes like localStorage (`engine[key]`, `key in engine`). */
const engine = new Proxy({} as Record<string, string>, {
  get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
  has: (_, key) => typeof key === 'string' && read(key) !== undefined,
  set: (_, key, value) => {
    if (typeof key === 'string') write(key, String(value));
    return true;
  },
  deleteProperty: (_, key) => {
    if (typeof key === 'string') write(key, undefined);
    return true;
  },
});

const events = {
  addEventListener(_key: string, listener: Listener, restore: () => void) {
    listeners.add(listener);
    restorers.add(restore);
  },
  removeEventListener(_key: string, listener: Listener, restore: () => void) {
    listeners.delete(listener);
    restorers.delete(restore);
  },
};

setPersistentEngine(engine, events);

/** Reads a key directly (used by actions to merge with what another tab may just have written). */
export function readStored(key: string): string | undefined {
  return read(key);
}

export function writeStored(key: string, value: string | undefined): void {
  write(key, value);
}

/** Another tab changed storage: hand it to the stores (they re-decode it). */
export function receiveStorageEvent(event: { key: string | null; newValue: string | null }): void {
  if (!storage) return;
  if (event.key !== null) {
    if (event.newValue === null) memory.delete(event.key);
    else memory.set(event.key, event.newValue);
  }
  // The library's listener handles a null key (storage cleared) and a null value (key removed) too.
  for (const listener of listeners) listener(event as PersistentEvent);
}

const onStorage = (event: StorageEvent) => receiveStorageEvent(event);
const onPageShow = () => restoreAll();

function restoreAll(): void {
  for (const restore of restorers) restore();
}

/**
 * Attaches real storage and reloads every mounted store from it. Call once after mount; later calls
 * do nothing, so several islands or scripts on one page may each call it. `getStorage`
 * is injectable for tests; by default it is the page's localStorage, which may throw just by being read.
 * `beforeRestore` runs once storage is attached (used to migrate old formats first).
 */
export function connectStorage(getStorage: () => Storage = () => window.localStorage, beforeRestore?: () => void): void {
  if ($storageStatus.get() !== 'detached') return;
  try {
    const candidate = getStorage();
    // Some browsers expose storage but refuse writes; find out now rather than at the first answer.
    const probe = 'smp:probe';
    candidate.setItem(probe, '1');
    candidate.removeItem(probe);
    storage = candidate;
    $storageStatus.set('saved');
  } catch (error) {
    giveUp(error);
  }
  // Values written while detached (a click before hydration finished) must not be lost.
  if (storage) for (const [key, value] of memory) if (storage.getItem(key) === null) write(key, value);
  beforeRestore?.();
  restoreAll();
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', onPageShow);
  }
}

/**
 * Records text that failed to decode and copies it to a side key before the store overwrites it,
 * so it survives a reload and can be downloaded.
 */
export function reportUnreadable(key: string, raw: unknown, kind: UnreadableValue['kind']): void {
  if (typeof raw !== 'string') return;
  if ($unreadable.get().some((item) => item.key === key && item.raw === raw)) return;
  if (kind === 'unreadable') write(unreadableKey(key), raw);
  $unreadable.set([...$unreadable.get().filter((item) => item.key !== key), { key, raw, kind }]);
}

/** The person downloaded or dismissed the unreadable text. */
export function forgetUnreadable(): void {
  for (const item of $unreadable.get()) if (item.kind === 'unreadable') write(unreadableKey(item.key), undefined);
  $unreadable.set([]);
}
