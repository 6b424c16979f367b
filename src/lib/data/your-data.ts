/**
 * The "Your data" page's logic: what a stored key is in words (from the registry the page passes
 * in), sizes, and the "Download everything" file: one versioned JSON file holding every item as it
 * is stored, which Import reads back, checks and previews before it restores exactly. Pure.
 */
import { isRecord } from '../assessment/answers';
import { parseJson } from '../json';

export const BACKUP_FORMAT = 'support-maturity-playbook-data';
export const BACKUP_VERSION = 1;
/** Browsers give a site 5 to 10 MB of local storage, so a real backup is well under this. */
export const BACKUP_MAX_BYTES = 10 * 1024 * 1024;
/** Keys as the site writes them. */
const STORED_KEY = /^smp:[a-z0-9:.-]{1,120}$/i;

export interface KeyWords {
  title: string;
  holds: string;
  page?: string;
}

/** What `key` holds in words: the registry's entry, a kept copy of unreadable text, or a key this version does not know. */
export function describeKey(key: string, registry: readonly (KeyWords & { key: string })[]): KeyWords & { copyOf?: string } {
  const exact = registry.find((entry) => entry.key === key);
  if (exact) return exact;
  const copyOf = /^(.+):unreadable(?::\d+)?$/.exec(key)?.[1];
  if (copyOf) {
    const original = registry.find((entry) => entry.key === copyOf);
    return {
      title: `Unreadable copy: ${original?.title ?? copyOf}`,
      holds: 'Stored text that could not be fully read, kept exactly as it was until you download or discard it.',
      copyOf,
      ...(original?.page ? { page: original.page } : {}),
    };
  }
  return {
    title: 'Not recognised',
    holds: 'A key this version of the site does not use, perhaps left by an earlier version. It is listed so you can see it and delete it.',
  };
}

/** Size of stored text in bytes, as UTF-8 (what it takes in a downloaded file). */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** "1 byte", "512 bytes", "2.4 KB", "1.1 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${unit}`;
}

/** The dates of change the site keeps under its saved-at key, by key; anything unreadable is ignored. */
export function savedDates(text: string | undefined): Record<string, string> {
  const parsed = parseJson(text);
  if (!isRecord(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !Number.isNaN(Date.parse(entry[1]))));
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** Every stored item, key → text exactly as stored. */
  items: Record<string, string>;
}

export function encodeBackup(items: readonly { key: string; value: string }[], now: Date): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), items: Object.fromEntries(items.map(({ key, value }) => [key, value])) };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** "support-maturity-playbook-data-2025-05-14.json" */
export function backupFileName(now: Date): string {
  return `support-maturity-playbook-data-${now.toISOString().slice(0, 10)}.json`;
}

export type BackupError = 'wrong-type' | 'too-big' | 'empty' | 'not-text' | 'invalid-json' | 'not-a-backup' | 'unknown-version' | 'bad-items';
export type BackupResult = { ok: true; exportedAt: string; items: Record<string, string> } | { ok: false; error: BackupError; version?: string };

/** Checks name and size before the file is read at all. */
export function checkBackupFile(name: string, size: number): BackupError | null {
  if (!/\.json$/i.test(name)) return 'wrong-type';
  if (size > BACKUP_MAX_BYTES) return 'too-big';
  return size === 0 ? 'empty' : null;
}

/** Reads a "Download everything" file. Every item must be a site key holding text, or nothing is taken. */
export function decodeBackup(text: string): BackupResult {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, error: 'too-big' };
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(text)) return { ok: false, error: 'not-text' };
  const data = parseJson(text.replace(/^\ufeff/, ''));
  if (data === undefined) return { ok: false, error: 'invalid-json' };
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) return { ok: false, error: 'not-a-backup' };
  if (data.version !== BACKUP_VERSION) {
    const shown = typeof data.version === 'number' || typeof data.version === 'string' ? String(data.version).slice(0, 12) : 'missing';
    return { ok: false, error: 'unknown-version', version: shown };
  }
  const items = data.items;
  if (!isRecord(items) || !Object.entries(items).every(([key, value]) => STORED_KEY.test(key) && typeof value === 'string')) {
    return { ok: false, error: 'bad-items' };
  }
  const exportedAt = typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt)) ? data.exportedAt : '';
  return { ok: true, exportedAt, items: items as Record<string, string> };
}

export interface RestorePreview {
  /** Keys the file adds, replaces with other text, leaves as they are, and keys here it does not have (deleted by the restore). */
  added: string[];
  replaced: string[];
  unchanged: string[];
  removed: string[];
}

export function previewRestore(current: Readonly<Record<string, string>>, incoming: Readonly<Record<string, string>>): RestorePreview {
  const keys = Object.keys(incoming).sort();
  return {
    added: keys.filter((key) => !Object.hasOwn(current, key)),
    replaced: keys.filter((key) => Object.hasOwn(current, key) && current[key] !== incoming[key]),
    unchanged: keys.filter((key) => Object.hasOwn(current, key) && current[key] === incoming[key]),
    removed: Object.keys(current).filter((key) => !Object.hasOwn(incoming, key)).sort(),
  };
}
