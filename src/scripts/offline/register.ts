/**
 * Registers the service worker (src/integrations/offline-copy.ts writes it at the base path, so its
 * default scope is the whole site) and, where one can run, shows the "Save for offline" control and
 * loads its code on a click in it. Runs in the site-wide inline script, whose budget is 1 KB gzip,
 * so it is written like the Markdown loader beside it (gzip then stores the pattern almost once)
 * and leaves out what it can: no event for the control (save-control.ts sets it up once). The worker itself is never
 * loaded by a page. A browser without service workers skips all of it and keeps the control
 * hidden; `astro dev` has no worker.
 */
import saveControlModule from './save-control.ts?lazy-url';

const workers = navigator.serviceWorker;
if (workers && import.meta.env.PROD) {
  // Registered a few seconds in, when the reader is reading: the worker's first install fetches and
  // stores the page's files, and while the page still lays out and starts its scripts that work
  // slows them down. Lighthouse's mobile profile on a two-core machine, /assess/, six runs each in
  // a fresh Chrome: median blocking time 380 ms registering at once, 190 ms four seconds in, 185 ms
  // with no worker at all. A click on "Save for offline" registers it at once (worker-channel.ts). A
  // refused registration (a host without sw.js, a private mode) changes nothing for the reader.
  setTimeout(() => workers.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {}), 4000);
  for (const control of document.querySelectorAll<HTMLElement>('[data-sw]')) {
    control.hidden = false;
    control.addEventListener('click', () =>
      import(/* @vite-ignore */ saveControlModule).then((module: typeof import('./save-control')) => module.open(control)),
    );
  }
}
