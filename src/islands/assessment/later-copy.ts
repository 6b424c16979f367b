/**
 * The sentences of the self-evaluation that a first visit rarely needs: the notices after Export,
 * Share link and Import, a share link's view and refusals, the snapshot limit, and the messages
 * about stored data (blocked or full storage, carried-over or unreadable answers, the export
 * reminder). They are not in the page's props: the page fetches them from /assess/later-copy.json
 * (src/stores/assessment/later-copy.ts) when one is about to be shown, together with the sentences
 * of importing (./import-copy.ts). Placeholders in {braces}, as in ./copy.ts.
 */
import type { LaterNoticeCode } from '../../stores/assessment/notice';
import { unreadableNoticeCopy } from '../data/copy';
import { IMPORT_COPY } from './import-copy';

const notices: Record<Exclude<LaterNoticeCode, 'import-error'>, string> = {
  'snapshot-cap': 'You already keep {count} snapshots, the most this page holds, so “{name}” cannot be saved yet. Delete the oldest, “{oldest}”, to make room, or remove others from the list of snapshots first.',
  'share-damaged': 'This share link is incomplete or has been changed, so it cannot be shown. Ask for it again, copied in full.',
  'share-version': 'This share link was made by a newer version of this page, so it cannot be shown here.',
  'shared-loaded': 'The shared answers are now yours to edit.',
  imported: 'Imported “{name}”.',
  'file-unreadable': '“{name}” could not be read.',
  downloaded: 'Downloaded {name}. It stays on this device until you send it to someone.',
  'link-copied': 'Link copied. It holds your ratings but not your notes, after the # where browsers never send it to a server.',
  'link-shown': 'Copy the link below. It holds your ratings but not your notes, after the # where browsers never send it to a server.',
};

export const LATER_COPY = {
  ...IMPORT_COPY,
  notices,
  /** The button of the snapshot-cap notice. */
  capAction: 'Delete the oldest and continue',
  sharedIntro: 'You are looking at answers from a share link, read-only. Your own answers on this device are unchanged.',
  sharedUnknown: ' {count} answers in the link refer to statements this page does not have and are left out.',
  unreadable: unreadableNoticeCopy(),
  storageBlocked:
    'This browser is not letting the page store anything, so your answers last only while this tab is open. Use Export to keep them.',
  storageFull:
    "This browser's storage for the site is full, so new answers are kept only while this tab is open. Use Export to keep them.",
  migrated: 'Answers saved by an earlier version of this page were carried over.',
  exportReminder:
    'Your answers and snapshots are kept in this browser only, and it is 30 days or more since you last exported them. Browsers can clear what sites keep: Export JSON saves a copy on your device.',
};

export type LaterCopy = typeof LATER_COPY;
