/**
 * The one reader of a built site (OUT_DIR, else dist/) for every test layer and the bench: where it
 * is, the base path it was built for, which pages the sitemap lists, and which file a URL resolves
 * to as a static host serves it. Paths under the base path are joined here and nowhere else in the
 * tests. What a page loads on a first visit, with gzip sizes, is in ./page-weight.ts.
 *
 * Node only; no Astro, no DOM.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { joinBase } from '../../src/lib/paths.ts';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The folder the site was built into: OUT_DIR (as astro.config.mjs reads it) or dist/. */
export function siteDir(): string {
  return resolve(repoRoot, process.env.OUT_DIR || 'dist');
}

/** The base path the site was built for, always with a trailing slash: "/" or "/playbook/". */
export function basePath(value = process.env.BASE_PATH || '/'): string {
  // "playbook" → "/playbook" → "/playbook/"; "/" stays "/".
  return joinBase(joinBase('/', value), '/');
}

/** A site-relative path ("stages/", "/assess/", "") as a URL path under the base: "/playbook/stages/". */
export function withBase(path: string, base = basePath()): string {
  return joinBase(base, path);
}

/** A URL path under the base back to a site-relative path without a leading slash ("" is home). */
export function withoutBase(pathname: string, base = basePath()): string {
  if (!pathname.startsWith(base)) throw new Error(`${pathname} is outside the base path ${base}`);
  return pathname.slice(base.length);
}

/** Every file under `root`, as paths relative to it with forward slashes. */
export function filesUnder(root: string, extension?: string): string[] {
  if (!existsSync(root)) throw new Error(`no built site at ${root}: build it first (npx astro build, with the same OUT_DIR)`);
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && (!extension || entry.name.endsWith(extension)))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The <loc> URLs of a sitemap or sitemap index. */
function locations(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => (match[1] ?? '').trim());
}

/** URL pathnames (base included) of every page the sitemap lists, in sitemap order. */
export function sitemapPaths(root = siteDir()): string[] {
  const index = join(root, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`no sitemap-index.xml in ${root}: build the site first (npx astro build, with the same OUT_DIR)`);
  const paths: string[] = [];
  for (const sitemapUrl of locations(readFileSync(index, 'utf8'))) {
    const file = join(root, new URL(sitemapUrl).pathname.split('/').pop() ?? '');
    if (!existsSync(file)) throw new Error(`sitemap-index.xml names ${sitemapUrl}, which is not in ${root}`);
    for (const pageUrl of locations(readFileSync(file, 'utf8'))) paths.push(new URL(pageUrl).pathname);
  }
  return paths;
}

/** Every page the sitemap lists, relative to the base path: '', 'stages/', 'stages/reactive/'… */
export function sitemapPages(root = siteDir(), base = basePath()): string[] {
  return sitemapPaths(root).map((pathname) => withoutBase(pathname, base));
}

/**
 * The file a same-site URL pathname resolves to, as a static host serves it, or undefined.
 * Pathnames outside `base` resolve to nothing: a link that forgot the base path is broken.
 */
export function fileForPath(pathname: string, root = siteDir(), base = basePath()): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const dir = resolve(root);
  const candidate = resolve(dir, rest);
  if (candidate !== dir && !candidate.startsWith(dir + sep)) return undefined;
  if (rest === '' || rest.endsWith('/')) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/**
 * The file of a page that a test names by its site-relative path ("assess/"). A named page that is
 * not in the build is a failure, never a skip: `why` says who needs it.
 */
export function requirePage(path: string, why: string, root = siteDir(), base = basePath()): string {
  const file = fileForPath(withBase(path, base), root, base);
  if (!file) throw new Error(`${withBase(path, base)} is not in the build at ${root} (named by ${why})`);
  return file;
}

/** The URL path (base included) a built HTML file is served at: "stages/index.html" → "/stages/". */
export function pathOfFile(file: string, root = siteDir(), base = basePath()): string {
  const path = relative(root, resolve(root, file)).split(sep).join('/');
  return withBase(path.replace(/(^|\/)index\.html$/, '$1'), base);
}
