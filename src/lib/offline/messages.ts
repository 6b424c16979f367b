/**
 * What pages and the service worker say to each other (postMessage over a MessageChannel), and the
 * sentences the "Save for offline" control shows for each state.
 */
import { formatBytes } from './manifest';
import type { SaveProgress, SaveResult } from './save';

export type Request = { type: 'status' } | { type: 'save' } | { type: 'remove' } | { type: 'list' };

export interface OfflineStatus {
  pagesTotal: number;
  /** Pages of the copy stored now (read or saved). */
  pagesStored: number;
  bytes: number;
  /** The reader asked for a full copy (and has not removed it). */
  saved: boolean;
}

export type Reply =
  | ({ type: 'status' } & OfflineStatus)
  | ({ type: 'progress' } & SaveProgress)
  | ({ type: 'saved' } & SaveResult)
  | { type: 'removed' }
  | { type: 'error' }
  | { type: 'list'; pages: [url: string, title: string][] };

/** The line under the button once the size is known, before saving. */
export function offerText(status: OfflineStatus): string {
  return `An offline copy takes ${formatBytes(status.bytes)} in this browser: ${status.pagesTotal} pages and the search index.`;
}

export function savedText(status: OfflineStatus): string {
  return `Saved for offline: ${status.pagesStored} of ${status.pagesTotal} pages and search (${formatBytes(status.bytes)}). They open without a connection.`;
}

export function progressText(progress: SaveProgress): string {
  return `Saving… ${progress.pagesDone} of ${progress.pagesTotal} pages`;
}

/** The outcome of a save, honest about what is missing and what to do. */
export function resultText(result: SaveResult, bytes: number): string {
  const pages = `${result.pagesDone} of ${result.pagesTotal} pages`;
  if (result.quotaRefused) {
    return `Your browser refused more storage, so the copy is incomplete: ${pages} are saved and kept. Free some space in your browser, then save again.`;
  }
  if (result.failed.length > 0) {
    return `Saved ${pages}, but ${result.failed.length} ${result.failed.length === 1 ? 'file' : 'files'} could not be downloaded. Save again when your connection is steady.`;
  }
  return `Saved for offline: ${pages} and search (${formatBytes(bytes)}). They open without a connection.`;
}

export const REMOVED_TEXT = 'The offline copy is removed. Pages you open from now on are kept for offline reading again.';
export const UNAVAILABLE_TEXT = 'Offline reading is not available in this browser right now. Everything still works online.';
