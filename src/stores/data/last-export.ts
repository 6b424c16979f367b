/**
 * When the reader last took a copy of their data (the self-evaluation's JSON export, or "Download
 * everything" on the Your data page), kept so the export reminder knows when to speak. A date the
 * site writes for itself, not something the reader entered: plain functions, no store.
 */
import { readStored, writeStored } from '../persistence';

export const LAST_EXPORT_KEY = 'smp:last-export:v1';

/** The ISO date of the last export, if there was one. */
export function lastExport(): string | undefined {
  return readStored(LAST_EXPORT_KEY);
}

export function recordExport(now = new Date()): void {
  writeStored(LAST_EXPORT_KEY, now.toISOString());
}
