/**
 * Registers the service worker (src/integrations/offline-copy.ts writes it) and, where one can run,
 * shows the "Save for offline" control and loads its code on the first click. Runs in the site-wide
 * inline script, so it stays a few lines: the worker itself is never loaded by a page. A browser
 * without service workers skips all of it and keeps the control hidden.
 */
import saveControlModule from './save-control.ts?lazy-url';

const base = import.meta.env.BASE_URL;
if (navigator.serviceWorker) {
  // After the page has loaded, so the worker's first download never competes with the page's own.
  addEventListener('load', () => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {}));
  for (const control of document.querySelectorAll<HTMLElement>('[data-offline]')) {
    control.hidden = false;
    control.querySelector('[data-offline-open]')?.addEventListener('click', () => {
      import(/* @vite-ignore */ saveControlModule).then((module: typeof import('./save-control')) => module.openSaveControl(control));
    }, { once: true });
  }
}
