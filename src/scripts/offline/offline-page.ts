/**
 * The offline page (/offline/), which the service worker shows in place of a page that is not
 * stored: lists the pages that are, by title, so the reader can go on reading.
 */
import { askWorker } from './worker-channel';

const list = document.querySelector<HTMLUListElement>('[data-offline-list]');
const note = document.querySelector<HTMLElement>('[data-offline-note]');

function show(pages: [url: string, title: string][]): void {
  if (!list || !note) return;
  list.replaceChildren(
    ...pages.map(([url, title]) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = title;
      item.append(link);
      return item;
    }),
  );
  list.hidden = pages.length === 0;
  note.textContent =
    pages.length === 0
      ? 'No page is stored in this browser yet. Once you are online, open the playbook and choose "Save for offline".'
      : `${pages.length} ${pages.length === 1 ? 'page is' : 'pages are'} stored in this browser and open without a connection:`;
}

askWorker({ type: 'list' }, undefined, 5000).then(
  (reply) => show(reply.type === 'list' ? reply.pages : []),
  () => {
    if (note) note.textContent = 'This browser keeps no offline copy of the site.';
  },
);
