/**
 * The only script a content page runs before interaction (budget: 1 KB gzip). It waits for "/" or
 * Ctrl/Cmd-K, or a plain click on the header's Search link, and only then loads the search dialog.
 * A page opened from a search result (?highlight=…) also loads the small script that marks the
 * matched words.
 */
import dialogModule from './dialog.ts?lazy-url';
import markPageModule from './mark-page.ts?lazy-url';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** What is typed while the dialog loads, handed to its field once it has focus; undefined when not loading. */
let typedEarly: string | undefined;

function openSearch(): void {
  // The search page has its own field: the shortcut goes there.
  const field = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (field) {
    field.focus();
    field.select();
    return;
  }
  if (typedEarly !== undefined) return;
  typedEarly = '';
  import(/* @vite-ignore */ dialogModule).then(
    (dialog: typeof import('./dialog')) =>
      dialog.openSearchDialog(() => {
        const typed = typedEarly;
        typedEarly = undefined;
        return typed;
      }),
    () => {
      typedEarly = undefined;
      // Offline after the page loaded: say so instead of doing nothing.
      let note = document.getElementById('search-unavailable');
      if (!note) {
        note = document.createElement('p');
        note.id = 'search-unavailable';
        note.setAttribute('role', 'alert');
        document.querySelector('main')?.prepend(note);
      }
      note.textContent = 'Search could not load: check your connection, then try again.';
    },
  );
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const withModifier = event.ctrlKey || event.metaKey;
  if (typedEarly !== undefined && !withModifier && event.key.length === 1) {
    typedEarly += event.key;
    event.preventDefault();
    return;
  }
  if ((withModifier && event.key.toLowerCase() === 'k') || (!withModifier && event.key === '/' && !isTyping(event.target))) {
    event.preventDefault();
    openSearch();
  }
});

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  if (!(event.target instanceof Element) || !event.target.closest('[data-search-link]')) return;
  event.preventDefault();
  openSearch();
});

if (/[?&]highlight=/.test(location.search)) void import(/* @vite-ignore */ markPageModule);
