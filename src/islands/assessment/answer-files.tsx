/**
 * What moves answers in or out of the self-evaluation: the JSON and CSV exports, the share link
 * (making one, and opening one from the page's address), and importing a file with the review shown
 * before anything changes. The page loads this part (one chunk) only when the reader clicks Export,
 * Share link or Import, or opens a share link, so a first visit carries none of it. It counts as loaded only once the sentences of its notices and of importing are here too
 * (./later-copy.ts, fetched from /assess/later-copy.json).
 */
import type { Answers, Snapshot } from '../../lib/assessment/answers';
import type { CatalogueStage } from '../../lib/assessment/catalogue';
import { buildJsonExport, encodeCsvExport, encodeJsonExport, exportFileName } from '../../lib/assessment/export';
import { checkImportFile } from '../../lib/assessment/import';
import { encodeShareFragment } from '../../lib/assessment/share';
import { $pendingImport, prepareImport } from '../../stores/assessment/import';
import { $laterCopy } from '../../stores/assessment/later-copy';
import { notify } from '../../stores/assessment/notice';
import { recordExport } from '../../stores/data/last-export';
import { downloadText } from '../download';
import { useStoreAfterMount } from '../use-store';
import { ImportReview } from './ImportReview';

export { openShareFragment } from '../../stores/assessment/share-open';

/** The statements in page order, with their stage: what exports name. */
function statementsOf(catalogue: CatalogueStage[]) {
  return catalogue.flatMap((stage) => stage.statements.map((s) => ({ stage: stage.number, id: s.id, text: s.text })));
}

/** Downloads the answers as a file; returns the file's name. */
export function downloadAnswers(kind: 'json' | 'csv', catalogue: CatalogueStage[], answers: Answers, snapshots: Snapshot[]): string {
  const now = new Date();
  const name = exportFileName(now, kind);
  const statements = statementsOf(catalogue);
  if (kind === 'json') {
    downloadText(name, encodeJsonExport(buildJsonExport(statements, answers, snapshots, now)), 'application/json');
    recordExport(now);
  } else downloadText(name, encodeCsvExport(statements, answers), 'text/csv');
  return name;
}

/** This page's address with the ratings in a share fragment, statements in page order. */
export function shareLink(catalogue: CatalogueStage[], answers: Answers): string {
  const ids = catalogue.flatMap((stage) => stage.statements.map((s) => s.id));
  return location.href.split('#')[0] + encodeShareFragment(ids, answers.ratings);
}

/** Checks the chosen file, reads it and prepares the review, or says why it can't be imported. */
export async function readImportFile(file: File): Promise<void> {
  const problem = checkImportFile(file.name, file.size);
  if (problem) return notify('import-error', { name: file.name, error: problem.code }, 'error');
  try {
    prepareImport(file.name, await file.text());
  } catch {
    notify('file-unreadable', { name: file.name }, 'error');
  }
}

/** The review of the file waiting to be imported, if there is one. */
export function PendingImport({ catalogue }: { catalogue: CatalogueStage[] }) {
  const pending = useStoreAfterMount($pendingImport, null);
  const copy = useStoreAfterMount($laterCopy, undefined);
  const textOf = (id: string) => statementsOf(catalogue).find((statement) => statement.id === id)?.text ?? id;
  return pending && copy ? <ImportReview pending={pending} textOf={textOf} copy={copy} /> : null;
}
