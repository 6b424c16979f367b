/**
 * The unreadable-data notice for pages without a Preact island (plays, checklists): a line under
 * `root` that appears while one of the page's stores keeps a copy of stored text it could not fully
 * read, and points to the "Your data" page, where the reader downloads or discards it.
 */
import { $unreadable } from '../../stores/persistence';
import { UNREADABLE_LINK, UNREADABLE_TEXT } from '../../islands/data/copy';
import { url } from '../../lib/paths';

export function showUnreadableNotice(root: HTMLElement): void {
  const notice = document.createElement('p');
  notice.className = 'unreadable-notice';
  notice.hidden = true;
  const link = document.createElement('a');
  link.href = url('/your-data/');
  link.textContent = UNREADABLE_LINK;
  notice.append(`${UNREADABLE_TEXT} `, link, '.');
  root.append(notice);
  $unreadable.subscribe((copies) => {
    notice.hidden = copies.length === 0;
  });
}
