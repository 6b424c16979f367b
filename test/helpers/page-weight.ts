/**
 * What a built page makes the browser download on a first visit (HTML, stylesheets, fonts, and the
 * JavaScript that runs before any interaction, followed through its imports), with gzip sizes as
 * most static hosts send them. Shared by the budget tests and the bench, so a "KB gzip" in a test
 * failure and in the bench table are the same number. Files are found by ./built-site.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath, fileForPath, pathOfFile, siteDir } from './built-site.ts';
import { elementsOf, inlineScriptsOf } from './html.ts';

const gzipCache = new Map<string, number>();

/** Size of `content` after gzip at the default level (what most static hosts send). */
export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** gzip size of a file, cached (a chunk shared by many pages is compressed once). */
export function gzipFileBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipBytes(readFileSync(file));
    gzipCache.set(file, size);
  }
  return size;
}

/** Module specifiers a JS file imports statically (loaded with it) and dynamically (loaded on demand). */
export function importsOf(code: string): { staticImports: string[]; dynamicImports: string[] } {
  const staticImports = new Set<string>();
  const dynamicImports = new Set<string>();
  const fromClause = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?)\s*from\s*["']([^"']+)["']/g;
  const bare = /\bimport\s*["']([^"']+)["']/g;
  // Bundlers may write import(`/x.js`) with a template literal when nothing is interpolated.
  const dynamic = /\bimport\(\s*(?:"([^"]+)"|'([^']+)'|`([^`$]+)`)\s*\)/g;
  for (const match of code.matchAll(fromClause)) staticImports.add(match[1] ?? '');
  for (const match of code.matchAll(bare)) staticImports.add(match[1] ?? '');
  for (const match of code.matchAll(dynamic)) dynamicImports.add(match[1] ?? match[2] ?? match[3] ?? '');
  // A chunk's URL kept in a string and imported later (src/integrations/lazy-module-url.ts) is loaded on demand too.
  const chunkUrl = /["'`]((?:[^"'`\s]*\/)?_astro\/[^"'`\s/]+\.m?js)["'`]/g;
  for (const match of code.matchAll(chunkUrl)) dynamicImports.add(match[1] ?? '');
  return { staticImports: [...staticImports], dynamicImports: [...dynamicImports] };
}

/** What one page makes the browser download on a first visit, by kind, as files in the build. */
export interface PageLoad {
  /** The page's HTML file. */
  html: string;
  stylesheets: string[];
  /** url() references in those stylesheets: fonts, images. */
  fonts: string[];
  /** External JS run before any interaction: <script src>, modulepreloads, islands and their static imports. */
  scripts: string[];
  /** JS only fetched later: dynamic import() targets reachable from `scripts`. */
  lazyScripts: string[];
  /** Inline <script> bodies (executable ones). */
  inlineScripts: string[];
  /** Number of <astro-island> elements (each a hydrated component). */
  islands: number;
  /** Same-site references that resolve to no file (reported, not counted). */
  missing: string[];
}

/**
 * Everything `htmlFile` loads before interaction. Islands count whatever their client: directive,
 * since load, idle, visible and media all fire without the user doing anything. Inline scripts in
 * `ignoreInline` (say, the site-wide search shortcut) are left out, with what they import.
 */
export function pageLoad(htmlFile: string, root = siteDir(), base = basePath(), ignoreInline: string[] = []): PageLoad {
  const html = readFileSync(htmlFile, 'utf8');
  const pageUrl = new URL(pathOfFile(htmlFile, root, base), 'http://site');
  const inlineScripts = inlineScriptsOf(html).filter((script) => !ignoreInline.includes(script));
  const load: PageLoad = { html: htmlFile, stylesheets: [], fonts: [], scripts: [], lazyScripts: [], inlineScripts, islands: 0, missing: [] };
  const resolveFrom = (reference: string, from: URL): string | undefined => {
    const target = new URL(reference, from);
    if (target.host !== 'site') return undefined;
    const file = fileForPath(target.pathname, root, base);
    if (!file) load.missing.push(target.pathname);
    return file;
  };
  const entryScripts: string[] = [];
  for (const tag of elementsOf(html)) {
    const a = tag.attributes;
    if (tag.name === 'link' && a.href) {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet')) pushFile(load.stylesheets, resolveFrom(a.href, pageUrl));
      if (rel.includes('modulepreload')) pushFile(entryScripts, resolveFrom(a.href, pageUrl));
    }
    if (tag.name === 'script' && a.src) pushFile(entryScripts, resolveFrom(a.src, pageUrl));
    if (tag.name === 'astro-island') {
      load.islands += 1;
      for (const attribute of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const reference = a[attribute];
        if (reference) pushFile(entryScripts, resolveFrom(reference, pageUrl));
      }
    }
  }
  for (const script of load.inlineScripts) {
    for (const specifier of importsOf(script).staticImports) pushFile(entryScripts, resolveFrom(specifier, pageUrl));
  }
  const { loaded, lazy } = moduleGraph(entryScripts, root, base, resolveFrom);
  load.scripts = loaded;
  load.lazyScripts = lazy;
  for (const stylesheet of load.stylesheets) {
    const css = readFileSync(stylesheet, 'utf8');
    const cssUrl = new URL(pathOfFile(stylesheet, root, base), 'http://site');
    for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const reference = match[1] ?? '';
      if (reference.startsWith('data:') || reference.startsWith('#')) continue;
      pushFile(load.fonts, resolveFrom(reference, cssUrl));
    }
  }
  return load;
}

function pushFile(list: string[], file: string | undefined): void {
  if (file && !list.includes(file)) list.push(file);
}

/** Static import closure of `entries` (loaded), and what those modules import() on demand (lazy). */
function moduleGraph(
  entries: string[],
  root: string,
  base: string,
  resolveFrom: (reference: string, from: URL) => string | undefined,
): { loaded: string[]; lazy: string[] } {
  const loaded: string[] = [];
  const lazy: string[] = [];
  const visit = (file: string, into: string[]) => {
    if (loaded.includes(file) || into.includes(file)) return;
    into.push(file);
    if (!/\.m?js$/.test(file)) return;
    const fileUrl = new URL(pathOfFile(file, root, base), 'http://site');
    const { staticImports, dynamicImports } = importsOf(readFileSync(file, 'utf8'));
    for (const specifier of staticImports) {
      const target = resolveFrom(specifier, fileUrl) ?? resolveSibling(specifier, file);
      if (target) visit(target, into);
    }
    for (const specifier of dynamicImports) {
      const target = resolveFrom(specifier, fileUrl) ?? resolveSibling(specifier, file);
      if (target && !loaded.includes(target)) pending.push(target);
    }
  };
  const pending: string[] = [];
  for (const entry of entries) visit(entry, loaded);
  while (pending.length > 0) {
    const next = pending.shift();
    if (next && !loaded.includes(next)) visit(next, lazy);
  }
  return { loaded, lazy: lazy.filter((file) => !loaded.includes(file)) };
}

/** Relative imports between chunks resolve on disk even when the page URL and base disagree. */
function resolveSibling(specifier: string, from: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const file = resolve(dirname(from), specifier);
  return existsSync(file) ? file : undefined;
}

/** gzip bytes of what a page loads on a first visit, by kind. */
export interface PageWeight {
  html: number;
  css: number;
  fonts: number;
  /** External JS before interaction plus inline scripts (inline ones also count in `html`). */
  js: number;
  /** HTML + CSS + fonts + external JS: the first-visit transfer. */
  total: number;
  /** HTTP requests of a first visit (page, stylesheets, fonts, scripts). */
  requests: number;
}

export function pageWeight(load: PageLoad): PageWeight {
  const sum = (files: string[]) => files.reduce((total, file) => total + gzipFileBytes(file), 0);
  const html = gzipFileBytes(load.html);
  const css = sum(load.stylesheets);
  const fonts = sum(load.fonts);
  const externalJs = sum(load.scripts);
  const inlineJs = load.inlineScripts.length > 0 ? gzipBytes(load.inlineScripts.join('\n')) : 0;
  return {
    html,
    css,
    fonts,
    js: externalJs + inlineJs,
    total: html + css + fonts + externalJs,
    requests: 1 + load.stylesheets.length + load.fonts.length + load.scripts.length,
  };
}

/** Bytes as "12.3 KB" (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
