/**
 * The service worker's decisions, kept pure so they are tested without a browser: which requests it
 * answers and how, which caches belong to an old build, and which of a build's files a page needs.
 */
import { joinBase } from '../paths';

/**
 * - `page`: a navigation; network first (fresh when online), the stored copy offline.
 * - `asset`: a file whose name changes with its content, so cache first: anything under `_astro/`,
 *   and the search index's chunks (Pagefind names its .pf_index, .pf_fragment, .pf_filter and
 *   .pf_meta files by a hash of what they hold); a query then reads chunks it has met before without
 *   asking the network.
 * - `file`: anything else of the site (Pagefind's entry file, code and WebAssembly, icons, data
 *   files), whose name stays when its content changes; network first.
 * - `pass`: not the worker's business (another origin, outside the base path, not a GET, the worker).
 */
export type Strategy = 'page' | 'asset' | 'file' | 'pass';

const HASHED_INDEX_FILE = /_[0-9a-f]{6,}\.pf_(?:index|fragment|filter|meta)$/;

export function strategyFor(request: { url: string; method: string; mode: string }, origin: string, base: string): Strategy {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin || !url.pathname.startsWith(base)) return 'pass';
  if (url.pathname === joinBase(base, '/sw.js')) return 'pass';
  if (request.mode === 'navigate') return 'page';
  if (url.pathname.startsWith(joinBase(base, '/_astro/'))) return 'asset';
  if (url.pathname.startsWith(joinBase(base, '/pagefind/')) && HASHED_INDEX_FILE.test(url.pathname)) return 'asset';
  return 'file';
}

/** Every cache this site makes starts with this, so the worker never touches another app's caches. */
export const CACHE_PREFIX = 'smp-offline-';
/** The cache that outlives builds: it only remembers whether the reader asked for an offline copy. */
export const STATE_CACHE = `${CACHE_PREFIX}state`;

/** The cache of one build: its pages and files, never mixed with another build's. */
export function cacheNameFor(build: string): string {
  return `${CACHE_PREFIX}build-${build}`;
}

/** Caches of other builds, deleted when a new worker takes over. */
export function staleCaches(names: readonly string[], build: string): string[] {
  return names.filter((name) => name.startsWith(`${CACHE_PREFIX}build-`) && name !== cacheNameFor(build));
}

/** A cache key without query or fragment: "?highlight=…" on a page and Pagefind's "?ts=…" change nothing stored. */
export function cacheKeyOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * The hashed files a page's HTML names (its stylesheets, scripts and their preloads), so a page
 * stored for offline reading is stored with the exact styles and scripts of its own build.
 */
export function assetsOfPage(html: string, base: string): string[] {
  const prefix = joinBase(base, '/_astro/');
  const found = new Set<string>();
  for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    const reference = match[1] ?? '';
    if (reference.startsWith(prefix)) found.add(reference);
  }
  // The site-wide inline script names the chunks it loads on demand; Vite writes their URLs as strings.
  for (const match of html.matchAll(/["'`](\/[^"'`\s]*?\/_astro\/[^"'`\s/]+\.(?:js|css))["'`]/g)) {
    const reference = match[1] ?? '';
    if (reference.startsWith(prefix)) found.add(reference);
  }
  return [...found];
}

/**
 * The modules a built script imports statically (`import{…}from"./chunk.js"`, `import"./chunk.js"`),
 * as absolute URLs: they load with the script, so a page stored offline needs them too. Dynamic
 * `import()` targets load on demand and are left to the full copy.
 */
export function staticImportsOf(code: string, scriptUrl: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    found.add(new URL(match[1] ?? '', scriptUrl).href);
  }
  return [...found];
}
