/**
 * The one-line notice the self-evaluation shows after an action ("Deleted the snapshot …", with
 * Undo where an action can be taken back). The store holds a code and values; the page words it
 * (src/islands/assessment/copy.ts and, for the rarer ones, later-copy.ts).
 */
import { atom } from 'nanostores';

/**
 * Notices whose words are fetched when one is shown (src/islands/assessment/later-copy.ts), not
 * carried by every first visit: those after Export, Share link and Import, a share link's, and the
 * snapshot limit's.
 */
export type LaterNoticeCode =
  | 'snapshot-cap'
  | 'share-damaged'
  | 'share-version'
  | 'shared-loaded'
  | 'imported'
  | 'import-error'
  | 'file-unreadable'
  | 'downloaded'
  | 'link-copied'
  | 'link-shown';

/** What a notice says: an everyday notice, whose words come with the page, or a later one. */
export type NoticeCode =
  | 'snapshot-saved'
  | 'snapshot-needs-answers'
  | 'snapshot-deleted'
  | 'snapshot-back'
  | 'snapshot-loaded'
  | 'cleared'
  // A part of the page loaded on demand (importing, exporting, sharing) could not be fetched.
  | 'part-unavailable'
  | LaterNoticeCode;

export interface Notice {
  code: NoticeCode;
  tone: 'info' | 'error';
  /** Placeholders of the sentence: a name, the snapshot the replaced answers were kept as (`kept`)… */
  values: Record<string, string>;
  /** Offered as an "Undo" button next to the text. */
  undo?: () => void;
  /** The way out the notice offers (at the snapshot cap: delete the oldest and go on), as a button. */
  action?: () => void;
}
export const $notice = atom<Notice | null>(null);

export function notify(code: NoticeCode, values: Record<string, string> = {}, tone: Notice['tone'] = 'info', undo?: () => void, action?: () => void): void {
  $notice.set({ code, values, tone, ...(undo ? { undo } : {}), ...(action ? { action } : {}) });
}

export function dismissNotice(): void {
  $notice.set(null);
}

