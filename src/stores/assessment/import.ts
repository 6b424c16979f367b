/** A file chosen for import: read, shown for confirmation, then applied (current answers kept as a snapshot first). */
import { atom } from 'nanostores';
import { NAME_MAX } from '../../lib/assessment/answers';
import { decodeImport, previewImport, type ImportedFile, type ImportPreview } from '../../lib/assessment/import';
import { $answers, $snapshots, allIds, replaceAnswers, updateSnapshots } from './answers';
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

export function applyImport(): void {
  const pending = $pendingImport.get();
  if (!pending) return;
  const kept = replaceAnswers(pending.file.answers, `Before importing ${pending.fileName}`.slice(0, NAME_MAX));
  updateSnapshots((snapshots) => {
    const have = new Set(snapshots.map((s) => s.id));
    const added = pending.file.snapshots.filter((s) => !have.has(s.id));
    return [...snapshots, ...added].sort((a, b) => a.date.localeCompare(b.date));
  });
  $pendingImport.set(null);
  notify('imported', { name: pending.fileName, kept: kept?.name ?? '' });
}
