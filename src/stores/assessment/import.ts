/** A file chosen for import: read, shown for confirmation, then applied (current answers kept as a snapshot first). */
import { atom } from 'nanostores';
import { NAME_MAX, type Snapshot } from '../../lib/assessment/answers';
import { decodeImport, previewImport, type ImportedFile, type ImportPreview } from '../../lib/assessment/import';
import { $answers, $snapshots, allIds, byDate, newSnapshot, updateSnapshots } from './answers';
import { askToKeepData } from '../persistence';
import { dismissNotice, notify } from './notice';

export interface PendingImport {
  fileName: string;
  file: ImportedFile;
  preview: ImportPreview;
}
export const $pendingImport = atom<PendingImport | null>(null);

/** Reads a chosen file into a pending import (shown for confirmation) or an error notice. */
export function prepareImport(fileName: string, text: string): boolean {
  const result = decodeImport(text, new Set(allIds()));
  if (!result.ok) {
    $pendingImport.set(null);
    notify('import-error', { name: fileName, error: result.error.code, version: result.error.version ?? '' }, 'error');
    return false;
  }
  dismissNotice();
  $pendingImport.set({
    fileName,
    file: result.file,
    preview: previewImport(allIds(), $answers.get(), $snapshots.get(), result.file),
  });
  return true;
}

export function cancelImport(): void {
  $pendingImport.set(null);
}

/**
 * Applies the pending import: the current answers are kept as a snapshot first (when they differ and
 * aren't empty), the file's new snapshots are added, and the answers replaced. When the snapshots
 * would pass the cap, nothing changes (and false is returned) unless `removeOldest` says the reader
 * agreed to delete the oldest ones the preview names. Worked out again against the current state,
 * in case another tab changed it since the preview.
 */
export function applyImport(options: { removeOldest?: boolean } = {}): boolean {
  const pending = $pendingImport.get();
  if (!pending) return false;
  const { file, fileName } = pending;
  const preview = previewImport(allIds(), $answers.get(), $snapshots.get(), file);
  if (preview.overCap > 0 && !options.removeOldest) {
    $pendingImport.set({ ...pending, preview });
    return false;
  }
  $pendingImport.set(null);
  if (preview.unchanged) return true;
  const removed = new Set(preview.removed.map((s) => s.id));
  let kept: Snapshot | undefined;
  updateSnapshots((snapshots) => {
    const have = new Set(snapshots.map((s) => s.id));
    const list = [...snapshots, ...file.snapshots.filter((s) => !have.has(s.id))];
    if (preview.keepsCurrent) list.push((kept = newSnapshot(`Before importing ${fileName}`.slice(0, NAME_MAX), $answers.get(), list)));
    return list.filter((s) => !removed.has(s.id)).sort(byDate);
  });
  askToKeepData();
  $answers.set(file.answers);
  notify('imported', { name: fileName, kept: kept?.name ?? '' });
  return true;
}
