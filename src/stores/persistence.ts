/**
 * The one place where persistent stores keep their values: every store made with persistentAtom
 * (answers, snapshots and quick picks of the self-evaluation, "Your details", checklist ticks, the
 * benchmark and forecast figures, the date of the last export) reads and writes through here, and
 * nothing else touches localStorage.
 *
 * Stores start detached (plain memory), so importing one touches no browser global and the server
 * render and the hydration render both see empty state. `connectStorage()`, called once a page's
 * island or script has started, attaches localStorage and restores stored values. Every storage call
 * is wrapped: when storage is blocked or full, stores keep working in memory and `$storageStatus`
 * says changes won't be kept. Other tabs' changes arrive through storage events.
 *
 * Nothing a reader saved is lost on reading it back:
 * - loading never writes: a store's value goes back to storage only when the reader changes it;
 * - text a decoder cannot fully use is copied, byte for byte, to `<key>:unreadable` (then
 *   `:unreadable:2`, …) before anything can overwrite it, and `$unreadable` lists those copies on
 *   every load until the reader discards them;
 * - every write records its time under SAVED_AT_KEY, for the "Your data" page.
 *
 * Written here rather than with @nanostores/persistent: that library writes the decoded value back
 * on every restore, which is exactly what trimmed partly readable data without a copy.
 */
import { atom, type WritableAtom } from 'nanostores';
import type { Decoded } from '../lib/json';

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

/** Every key the site stores starts with this. */
export const KEY_PREFIX = 'smp:';
/** When each key last changed: `{ "<key>": "<ISO date>" }`. */
export const SAVED_AT_KEY = 'smp:saved-at:v1';
const PROBE_KEY = 'smp:probe';

/** A kept copy of stored text that could not be fully read. */
export interface UnreadableCopy {
  /** The store's key the text was read from. */
  key: string;
  /** Where the copy is kept. */
  copyKey: string;
  raw: string;
}
/** The kept copies of this page's stores, on every load until the reader discards them. */
export const $unreadable = atom<UnreadableCopy[]>([]);

const COPY_KEY = /^(.+):unreadable(?::\d+)?$/;
const copyKeyFor = (key: string, n: number) => `${key}:unreadable${n > 1 ? `:${n}` : ''}`;

const memory = new Map<string, string>();
let storage: Storage | undefined;
/** The restore function of each store made on this page, by key. */
const restorers = new Map<string, () => void>();

/** The keys of the stores made so far on this page (the registry test checks each is explained). */
export const persistentKeys = (): string[] => [...restorers.keys()];

function giveUp(error: unknown): void {
  storage = undefined;
  const full = error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`);
  $storageStatus.set(full ? 'full' : 'blocked');
}

/** Reads a key directly (used by actions to merge with what another tab may just have written). */
export function readStored(key: string): string | undefined {
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

/** Writes (or removes, for undefined) one key; `stamp` records the time under SAVED_AT_KEY. */
export function writeStored(key: string, value: string | undefined, stamp = true): void {
  if (value === undefined) memory.delete(key);
  else memory.set(key, value);
  if (storage) {
    try {
      if (value === undefined) storage.removeItem(key);
      else storage.setItem(key, value);
    } catch (error) {
      giveUp(error);
    }
  }
  if (stamp && key.startsWith(KEY_PREFIX) && key !== SAVED_AT_KEY && key !== PROBE_KEY) {
    let dates: Record<string, string> = {};
    try {
      dates = { ...JSON.parse(readStored(SAVED_AT_KEY) ?? '{}') };
    } catch {
      // A damaged record of dates is replaced: it holds nothing the reader wrote.
    }
    if (value === undefined) delete dates[key];
    else dates[key] = new Date().toISOString();
    writeStored(SAVED_AT_KEY, Object.keys(dates).length > 0 ? JSON.stringify(dates) : undefined, false);
  }
}

/** Every key under the site's prefix, from storage when attached, otherwise from memory. */
export function storedKeys(): string[] {
  const keys = new Set<string>();
  try {
    for (let i = 0; storage && i < storage.length; i += 1) keys.add(storage.key(i) ?? '');
  } catch (error) {
    giveUp(error);
  }
  if (!storage) for (const key of memory.keys()) keys.add(key);
  return [...keys].filter((key) => key.startsWith(KEY_PREFIX)).sort();
}

/**
 * Copies text that could not be fully read to the first free copy key of `key` (unless an identical
 * copy is already kept), so nothing can overwrite it before the reader decides.
 */
export function keepUnreadable(key: string, raw: string): void {
  keepCopy(key, raw);
  listCopies();
}

function keepCopy(key: string, raw: string): void {
  const copies = storedKeys().filter((k) => COPY_KEY.exec(k)?.[1] === key);
  if (copies.some((copyKey) => readStored(copyKey) === raw)) return;
  let n = 1;
  while (readStored(copyKeyFor(key, n)) !== undefined) n += 1;
  writeStored(copyKeyFor(key, n), raw);
}

function listCopies(): void {
  $unreadable.set(
    storedKeys().flatMap((copyKey) => {
      const key = COPY_KEY.exec(copyKey)?.[1];
      const raw = key && restorers.has(key) ? readStored(copyKey) : undefined;
      return key && raw !== undefined ? [{ key, copyKey, raw }] : [];
    }),
  );
}

/** How a store turns its value into stored text and back; decode never throws. */
export interface StoreCodec<T> {
  encode: (value: T) => string;
  decode: (raw: string) => Decoded<T>;
}

/**
 * A store kept under `key`. Its value is `initial` until storage is attached, then whatever storage
 * holds (decoded), and every set() is written at once. Setting a value that encodes to the text
 * already stored writes nothing.
 */
export function persistentAtom<T>(key: string, initial: T, codec: StoreCodec<T>): WritableAtom<T> {
  const store = atom<T>(initial);
  const show = store.set;
  /** The stored text the value was last read from or written as. */
  let known: string | undefined;
  const restore = () => {
    const raw = readStored(key);
    if (raw === known) return;
    known = raw;
    if (raw === undefined) return show(initial);
    const { value, problem } = codec.decode(raw);
    if (problem) keepUnreadable(key, raw);
    show(value);
  };
  store.set = (value: T) => {
    const raw = codec.encode(value);
    if (raw !== readStored(key)) writeStored(key, raw);
    known = raw;
    show(value);
  };
  restorers.set(key, restore);
  if ($storageStatus.get() !== 'detached') {
    restore();
    listCopies();
  }
  return store;
}


/** Every store on the page reads storage again (after a restore, or when the page comes back from the cache). */
export function restoreAll(): void {
  for (const restore of restorers.values()) restore();
  listCopies();
}

/** Another tab changed storage: the stores it concerns read it again. */
export function receiveStorageEvent(event: { key: string | null; newValue: string | null }): void {
  if (!storage) return;
  if (event.key === null) return restoreAll();
  if (event.newValue === null) memory.delete(event.key);
  else memory.set(event.key, event.newValue);
  restorers.get(event.key)?.();
  if (COPY_KEY.test(event.key)) listCopies();
}

const onStorage = (event: StorageEvent) => receiveStorageEvent(event);

/**
 * Attaches real storage and reloads every store made so far from it (stores made later load as they
 * are made). Call once after mount; later calls do nothing, so several islands or scripts on one page
 * may each call it. `getStorage` is injectable for tests; by default it is the page's localStorage,
 * which may throw just by being read. `beforeRestore` runs once storage is attached (used to migrate
 * old formats first).
 */
export function connectStorage(getStorage: () => Storage = () => window.localStorage, beforeRestore?: () => void): void {
  if ($storageStatus.get() !== 'detached') return;
  try {
    const candidate = getStorage();
    // Some browsers expose storage but refuse writes; find out now rather than at the first answer.
    candidate.setItem(PROBE_KEY, '1');
    candidate.removeItem(PROBE_KEY);
    storage = candidate;
    $storageStatus.set('saved');
  } catch (error) {
    giveUp(error);
  }
  // Values written while detached (a click before hydration finished) must not be lost.
  if (storage) for (const [key, value] of memory) if (storage.getItem(key) === null) writeStored(key, value);
  beforeRestore?.();
  restoreAll();
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', restoreAll);
  }
}

let askedToKeep = false;

/**
 * Asks the browser not to clear the site's storage when space runs low (it may ask the reader, or
 * decide by itself). Once per page, and only when storage is attached.
 */
export function askToKeepData(): void {
  if (askedToKeep || !storage) return;
  askedToKeep = true;
  try {
    void navigator.storage?.persist?.().catch(() => false);
  } catch {
    // Not offered by this browser: nothing to do.
  }
}

/**
 * This tab's sessionStorage, for what must survive a reload but not the closing of the tab (a team
 * workshop in progress, whose colleagues' answers are not the reader's to keep unless they say so).
 * Guarded like localStorage: when the browser refuses, reading gives undefined and writing false.
 */
export function readTabStored(key: string): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeTabStored(key: string, value: string | undefined): boolean {
  try {
    if (value === undefined) globalThis.sessionStorage.removeItem(key);
    else globalThis.sessionStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
