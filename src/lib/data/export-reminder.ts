/**
 * When to remind a reader to export: their data lives only in this browser, which may clear it
 * (storage settings, a new device, Safari removing site data after seven days without a visit).
 *
 * The reminder waits EXPORT_REMINDER_DAYS after the first snapshot, or after the last export. Thirty
 * days, because snapshots exist to compare quarters (the page suggests rating again each quarter):
 * a month is long enough not to ask on every visit of a reader who works through the statements
 * over a few days, and short enough to ask at least twice before the next quarter's comparison.
 */
export const EXPORT_REMINDER_DAYS = 30;

/**
 * True when the reader keeps snapshots and has not exported for EXPORT_REMINDER_DAYS (or ever, since
 * the first one). A date that cannot be read counts as long ago.
 */
export function exportReminderDue(lastExport: string | undefined, oldestSnapshot: string | undefined, now = Date.now()): boolean {
  return oldestSnapshot !== undefined && !(now - Date.parse(lastExport ?? oldestSnapshot) < EXPORT_REMINDER_DAYS * 864e5);
}
