/**
 * The site's one CSV writer (the self-evaluation export and "Benchmark yourself"): RFC 4180 text
 * with CRLF line ends, safe to open in a spreadsheet.
 */

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV cell. Text starting with = + - @ (or a tab or carriage return) is prefixed with an
 * apostrophe so a spreadsheet shows it instead of running it as a formula; a plain number such as
 * -20 is left alone because it cannot run. Cells with commas, quotes, line breaks or surrounding
 * spaces are quoted, so a spreadsheet keeps them exactly.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text) || text !== text.trim()) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** Rows of cells as CSV text: CRLF line ends, a CRLF after the last row too. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
