/**
 * The search dialog, loaded by the shortcut listener on first use ("/", Ctrl/Cmd-K or a click on
 * the header's Search link). A native <dialog> opened with showModal(): focus stays inside,
 * Escape closes it, and focus goes back to where it was.
 */
import { h, render } from 'preact';
import SearchPanel from '../../islands/search/SearchPanel';
import { url } from '../../lib/paths';
import type { PopularLink } from '../../lib/search/suggestions';
import stylesheet from '../../styles/search.css?lazy-url';

const searchPageHref = url('/search/');

let dialog: HTMLDialogElement | undefined;
let styles: Promise<void> | undefined;
let popular: Promise<PopularLink[]> | undefined;

/** The dialog's stylesheet, added once; waiting for it avoids a flash of unstyled dialog. */
function loadStyles(): Promise<void> {
  styles ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    // A stylesheet that fails to load must not keep the dialog shut.
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
  return styles;
}

function loadPopular(): Promise<PopularLink[]> {
  popular ??= fetch(url('/search/popular.json'))
    .then((response) => (response.ok ? (response.json() as Promise<PopularLink[]>) : []))
    .then((links) => (Array.isArray(links) ? links.filter((link) => typeof link?.title === 'string' && typeof link?.href === 'string') : []))
    .catch(() => {
      popular = undefined;
      return [];
    });
  return popular;
}

function createDialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-title');

  const header = document.createElement('div');
  header.className = 'search-dialog-header';
  const title = document.createElement('h2');
  title.id = 'search-dialog-title';
  title.textContent = 'Search';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'secondary';
  close.textContent = 'Close';
  close.setAttribute('aria-label', 'Close search');
  close.addEventListener('click', () => element.close());
  header.append(title, close);

  const body = document.createElement('div');
  body.className = 'search-dialog-body';
  element.append(header, body);
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  // Escape closes at once; otherwise a search field with text would only clear itself first.
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    element.close();
  });
  document.body.append(element);
  render(h(SearchPanel, { mode: 'dialog', facets: [], popular: loadPopular, searchPageHref }), body);
  return element;
}

/**
 * Opens the dialog with its field focused. `takeTyped` returns what the reader typed while the
 * dialog was loading; it is called in the same task as the focus, so no keystroke falls between.
 */
export async function openSearchDialog(takeTyped: () => string | undefined = () => undefined): Promise<void> {
  await loadStyles();
  dialog ??= createDialog();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  input?.focus();
  const typed = takeTyped();
  if (!input) return;
  if (typed) {
    input.value = typed;
    // The panel listens for input events, exactly as when typing.
    input.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    input.select();
  }
}
