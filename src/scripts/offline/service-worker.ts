/**
 * The site's service worker, built into `<base>sw.js` by src/integrations/offline-copy.ts with this
 * build's file list (OFFLINE_MANIFEST) and base path (OFFLINE_BASE) written in front of it. Pages
 * never load this file: they only register it (src/scripts/offline/register.ts).
 *
 * - Pages: network first, so a reader online always gets the current build; each page fetched is
 *   stored with the hashed files its HTML names, so offline it opens with its own build's styles and
 *   scripts. Offline, a page not stored gets the offline page, which lists what is stored.
 * - `_astro/` files: cache first (their names change with their content).
 * - Everything else (the search index, icons): network first, the stored copy offline.
 * - One cache per build. A new build's worker installs, copies the pages the reader had read (and the
 *   whole copy if they had saved one) from the network, then deletes the old build's cache, so no
 *   stored page can point at another build's files.
 */
import { assetsOfPage, cacheKeyOf, staticImportsOf, cacheNameFor, CACHE_PREFIX, STATE_CACHE, staleCaches, strategyFor } from '../../lib/offline/caching';
import type { OfflineManifest } from '../../lib/offline/manifest';
import { offlineBytes } from '../../lib/offline/manifest';
import type { Reply, Request as OfflineRequest } from '../../lib/offline/messages';
import { saveOfflineCopy } from '../../lib/offline/save';
import { joinBase } from '../../lib/paths';

declare const OFFLINE_MANIFEST: OfflineManifest;
declare const OFFLINE_BASE: string;

/** The few service-worker types used here (the DOM library the project compiles with lacks them). */
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchRequestEvent extends LifecycleEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends LifecycleEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<{ url: string }[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchRequestEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const manifest = OFFLINE_MANIFEST;
const base = OFFLINE_BASE;
const origin = worker.location.origin;
const CACHE = cacheNameFor(manifest.build);
const OFFLINE_PAGE = joinBase(base, '/offline/');
const SAVED_FLAG = `${origin}${joinBase(base, '/offline-copy-saved')}`;
const titles = new Map(manifest.pages.map(([url, , title]) => [`${origin}${url}`, title]));
const pageUrls = new Set(titles.keys());

const openCache = () => caches.open(CACHE);

/** Fetches a URL of this build and stores it unless it is stored already. */
async function storeUrl(url: string): Promise<void> {
  const cache = await openCache();
  const key = cacheKeyOf(new URL(url, origin).href);
  if (await cache.match(key)) return;
  const response = await fetch(key, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} for ${key}`);
  await cache.put(key, response);
}

/** Stores a page's script or stylesheet, and for a script the modules it imports, recursively. */
async function storeAsset(url: string, seen = new Set<string>()): Promise<void> {
  const absolute = cacheKeyOf(new URL(url, origin).href);
  if (seen.has(absolute)) return;
  seen.add(absolute);
  await storeUrl(absolute);
  if (!absolute.endsWith('.js')) return;
  const stored = await (await openCache()).match(absolute);
  const imports = stored ? staticImportsOf(await stored.text(), absolute) : [];
  await Promise.all(imports.map((module) => storeAsset(module, seen).catch(() => {})));
}

/** Stores a page and the hashed files its HTML names, from a response already fetched or the network. */
async function storePage(url: string, fetched?: Response): Promise<void> {
  const cache = await openCache();
  const response = fetched ?? (await fetch(url, { cache: 'no-cache' }));
  if (response.status !== 200 || response.redirected || !response.headers.get('content-type')?.includes('text/html')) return;
  const html = await response.clone().text();
  const seen = new Set<string>();
  await Promise.all(assetsOfPage(html, base).map((asset) => storeAsset(asset, seen).catch(() => {})));
  await cache.put(cacheKeyOf(url), response);
}

async function wasSaved(): Promise<boolean> {
  return Boolean(await (await caches.open(STATE_CACHE)).match(SAVED_FLAG));
}

/** Pages of any build's cache that this build also has: the ones the reader has read before. */
async function pagesReadBefore(): Promise<string[]> {
  const read = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === STATE_CACHE) continue;
    for (const request of await (await caches.open(name)).keys()) if (pageUrls.has(request.url)) read.add(request.url);
  }
  return [...read];
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await storePage(`${origin}${OFFLINE_PAGE}`);
      await Promise.all((await pagesReadBefore()).map((url) => storePage(url).catch(() => {})));
      if (await wasSaved()) await saveOfflineCopy(manifest, base, storeUrl);
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), manifest.build).map((name) => caches.delete(name)));
      await worker.clients.claim();
      // The page that registered this worker was loaded before it ran: store it now.
      const open = await worker.clients.matchAll({ type: 'window' });
      await Promise.all(open.map(({ url }) => storePage(url).catch(() => {})));
    })(),
  );
});

async function fromCache(url: string): Promise<Response | undefined> {
  return (await openCache()).match(cacheKeyOf(url));
}

/** Stores a file fetched for a page (when complete), while the page already uses the response. */
function keep(event: FetchRequestEvent, response: Response): void {
  if (response.status !== 200) return;
  const copy = response.clone();
  event.waitUntil(openCache().then((cache) => cache.put(cacheKeyOf(event.request.url), copy)).catch(() => {}));
}

async function networkFirst(event: FetchRequestEvent, isPage: boolean): Promise<Response> {
  const { request } = event;
  try {
    const response = await fetch(request);
    if (isPage) event.waitUntil(storePage(request.url, response.clone()).catch(() => {}));
    else keep(event, response);
    return response;
  } catch (error) {
    const stored = (await fromCache(request.url)) ?? (isPage ? await fromCache(`${origin}${OFFLINE_PAGE}`) : undefined);
    if (stored) return stored;
    throw error;
  }
}

async function cacheFirst(event: FetchRequestEvent): Promise<Response> {
  const stored = await fromCache(event.request.url);
  if (stored) return stored;
  const response = await fetch(event.request);
  keep(event, response);
  return response;
}

worker.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, origin, base);
  if (strategy === 'pass') return;
  event.respondWith(strategy === 'asset' ? cacheFirst(event) : networkFirst(event, strategy === 'page'));
});

async function status(): Promise<Reply> {
  const stored = new Set((await (await openCache()).keys()).map((request) => request.url));
  const pagesStored = [...pageUrls].filter((url) => stored.has(url)).length;
  return { type: 'status', pagesTotal: pageUrls.size, pagesStored, bytes: offlineBytes(manifest), saved: await wasSaved() };
}

async function answer(request: OfflineRequest, reply: (message: Reply) => void): Promise<void> {
  if (request.type === 'status') return reply(await status());
  if (request.type === 'save') {
    await (await caches.open(STATE_CACHE)).put(SAVED_FLAG, new Response('1'));
    const result = await saveOfflineCopy(manifest, base, storeUrl, (progress) => reply({ type: 'progress', ...progress }));
    return reply({ type: 'saved', ...result });
  }
  if (request.type === 'remove') {
    await caches.delete(STATE_CACHE);
    await caches.delete(CACHE);
    await storePage(`${origin}${OFFLINE_PAGE}`).catch(() => {});
    return reply({ type: 'removed' });
  }
  const keys = (await (await openCache()).keys()).map((request) => request.url);
  const offlinePage = `${origin}${OFFLINE_PAGE}`;
  const pages = keys
    .filter((url) => pageUrls.has(url) && url !== offlinePage)
    .map((url): [string, string] => [new URL(url).pathname, titles.get(url) ?? url])
    .sort((a, b) => a[1].localeCompare(b[1]));
  reply({ type: 'list', pages });
}

worker.addEventListener('message', (event) => {
  const port = event.ports[0];
  const request = event.data as OfflineRequest;
  if (!port || typeof request !== 'object' || request === null) return;
  const reply = (message: Reply) => port.postMessage(message);
  event.waitUntil(answer(request, reply).catch(() => reply({ type: 'error' })));
});
