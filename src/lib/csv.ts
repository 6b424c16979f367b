/**
 * The site's one CSV writer, used by every CSV export (the self-evaluation and "Benchmark
 * yourself"): RFC 4180 text with CRLF line ends and one byte-order mark, safe to open in a
 * spreadsheet.
 */

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * A cell a spreadsheet could run as a formula: one whose first visible character is = + - @ (or
 * their full-width forms), whatever whitespace or control characters come before it (spaces,
 * line breaks, no-break spaces, zero-width marks), and any cell that starts with a tab or a
 * carriage return, which some programs strip before looking.
 */
const FORMULA = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/u;

/**
 * One CSV cell. A cell that could run as a formula is prefixed with an apostrophe, so a
 * spreadsheet shows it as text; a plain number such as -20 is left alone because it cannot run.
 * Cells with commas, quotes, line breaks or surrounding spaces are quoted, so a spreadsheet keeps
 * them exactly.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA.test(text) && !PLAIN_NUMBER.test(text.trim())) text = `'${text}`;
  if (/[",\r\n]/.test(text) || text !== text.trim()) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** Rows of cells as CSV text: CRLF line ends, a CRLF after the last row too. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A whole CSV file: the rows behind one byte-order mark, so spreadsheet programs read the text as
 * UTF-8 (dashes, accents). The only place a mark is added: downloads add none.
 */
export function csvFile(rows: readonly (readonly (string | number)[])[]): string {
  return `\ufeff${toCsv(rows)}`;
}
