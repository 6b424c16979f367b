/**
 * The unreadable-data notice in words, written once for every page that shows it. Islands get it as
 * props (in the page's HTML, not in their JavaScript: /assess/ has a tight script budget); the
 * playbook scripts import it.
 */
import { url } from '../../lib/paths';

export interface UnreadableNoticeCopy {
  text: string;
  link: string;
  href: string;
}

export const UNREADABLE_TEXT =
  'Some data this page saved in your browser could not be fully read. The page uses what it could and keeps the original text, untouched, until you decide what to do with it.';
export const UNREADABLE_LINK = 'Download or discard it on the Your data page';

/** The notice's words and the Your data page's address under the base path. */
export function unreadableNoticeCopy(): UnreadableNoticeCopy {
  return { text: UNREADABLE_TEXT, link: UNREADABLE_LINK, href: url('/your-data/') };
}
