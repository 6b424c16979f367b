/**
 * Files a person can keep: a JSON export that round-trips through Import (answers, notes and
 * snapshots), and a CSV with one row per statement for spreadsheets.
 */
import type { Answers, Snapshot } from './answers';
import { csvFile } from '../csv';
import type { Rating } from './scoring';

export const EXPORT_FORMAT = 'support-maturity-self-evaluation';
export const EXPORT_VERSION = 1;
export const CSV_COLUMNS = ['stage', 'id', 'statement', 'rating', 'note'] as const;

export interface ExportStatement {
  stage: number;
  id: string;
  text: string;
}

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** The statements the answers were given against, in page order. */
  statements: string[];
  ratings: Answers['ratings'];
  notes: Answers['notes'];
  snapshots: Snapshot[];
}

export function buildJsonExport(
  statements: readonly ExportStatement[],
  answers: Answers,
  snapshots: readonly Snapshot[],
  now: Date,
): JsonExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    statements: statements.map((s) => s.id),
    ratings: answers.ratings,
    notes: answers.notes,
    snapshots: [...snapshots],
  };
}

export function encodeJsonExport(data: JsonExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function ratingLabel(rating: Rating | undefined): string {
  return rating === undefined ? '' : rating === 'na' ? 'N/A' : String(rating);
}

/** The CSV file, one row per statement (src/lib/csv.ts adds the byte-order mark and guards formulas). */
export function encodeCsvExport(statements: readonly ExportStatement[], answers: Answers): string {
  const rows = statements.map((s) => [String(s.stage), s.id, s.text, ratingLabel(answers.ratings[s.id]), answers.notes[s.id] ?? '']);
  return csvFile([CSV_COLUMNS, ...rows]);
}

/** File names like "self-evaluation-2025-05-14.json". */
export function exportFileName(now: Date, extension: 'json' | 'csv'): string {
  return `self-evaluation-${now.toISOString().slice(0, 10)}.${extension}`;
}
