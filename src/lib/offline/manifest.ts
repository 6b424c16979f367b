/**
 * What the offline copy holds: the list of a build's files the service worker can store, written by
 * src/integrations/offline-copy.ts into the worker itself, so each build's worker knows exactly its
 * own files and a new build is a new worker (browsers update a worker when its bytes change).
 */
import { joinBase } from '../paths.ts';

/** A page: its URL path under the base, its size in bytes and its title. */
export type OfflinePage = [url: string, bytes: number, title: string];
/** Any other file (styles, scripts, the search index, icons): URL path under the base and bytes. */
export type OfflineFile = [url: string, bytes: number];

export interface OfflineManifest {
  /** Hash of every stored file's path and content: names the build's cache. */
  build: string;
  pages: OfflinePage[];
  files: OfflineFile[];
}

/**
 * How a built file (path relative to the output folder, "/"-separated) is kept offline: every page
 * but the 404 page, every other file but the worker itself, the headers file, the sitemap and
 * robots.txt (for crawlers only).
 */
export function offlineKind(path: string): 'page' | 'file' | undefined {
  if (path === 'sw.js' || path === '_headers' || path === 'robots.txt' || /^sitemap[\w-]*\.xml$/.test(path)) return undefined;
  if (path === 'index.html' || path.endsWith('/index.html')) return 'page';
  if (path.endsWith('.html')) return undefined;
  return 'file';
}

/** URL path of a built file under the base: ("stages/index.html", "/playbook/") → "/playbook/stages/". */
export function urlOfBuiltFile(path: string, base: string): string {
  return joinBase(base, `/${path.replace(/(^|\/)index\.html$/, '$1')}`);
}

/** Bytes the whole offline copy takes. */
export function offlineBytes(manifest: OfflineManifest): number {
  return [...manifest.pages, ...manifest.files].reduce((sum, [, bytes]) => sum + bytes, 0);
}

/** A size as readers say it: "950 KB", "3.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The page's title without the site name Seo.astro adds after it. */
export function pageTitleOf(html: string): string {
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const text = raw.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return text.replace(/\s+[|·–—-]\s+Support Maturity Playbook$/, '').trim();
}
