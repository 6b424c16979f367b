/**
 * Vite plugin: the client script of each page named here gets its own copy of every module it
 * imports (Preact, nanostores, the stores, lib), bundled into one file with the page's script (plus
 * the chunks it loads on demand), instead of the dozen small chunks it would otherwise share with
 * the other tool pages. Why: each of those chunks is gzipped on its own, and the split cost /assess/
 * about 3 KB gzip of its 20 KB JavaScript budget (the same code measured 16.4 KB as one bundle and
 * 19.4 KB as 14 chunks). The price is that a reader who has visited another tool page downloads
 * Preact again here. Production builds only: the dev server serves modules one by one anyway.
 *
 * How: an import made from one of these scripts, or from a module already copied for them, resolves
 * to the same file with an `?own-copy` query, so the bundler sees modules no other page imports.
 * Imports with a query of their own (`?lazy-url`, `?raw`) are left to their plugins, which resolve
 * their target from the copied importer and so get copies too. Registered in astro.config.mjs.
 *
 * A plain import() in these scripts still gets a chunk of its own, loaded on demand. Vite wraps
 * each one in its preload helper (about 0.9 KB gzip, a file of its own shared with other pages),
 * which fetches the chunk's stylesheets and imports alongside it. A part loaded on demand here has
 * no stylesheet, and what it imports is the page's bundle, already loaded: these scripts get a
 * helper that only calls the import, so a failed load still rejects to the caller.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const MARK = '?own-copy';
/** The module Vite's import() wrapper imports its helper from, and this plugin's stand-in for it. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const PLAIN_IMPORT = '\0local:page-bundle/plain-import';

/** `pages`: .astro files (relative to the project root) whose <script> gets its own copies. */
export default function pageBundle(pages: string[]): Plugin {
  const scripts = pages.map((page) => resolve(page));
  const isPageScript = (id: string) => scripts.some((page) => id.startsWith(`${page}?astro&type=script`));
  return {
    name: 'local:page-bundle',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(importer.endsWith(MARK) || isPageScript(importer))) return null;
      if (source === PRELOAD_HELPER) return PLAIN_IMPORT;
      if (source.includes('?') || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer.endsWith(MARK) ? importer.slice(0, -MARK.length) : importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith('\0') || resolved.id.includes('?')) return resolved;
      return { ...resolved, id: `${resolved.id}${MARK}` };
    },
    load: {
      // A hook filter, so the bundler calls this only for the ids made above, not for every module.
      filter: { id: /\?own-copy$|^\0local:page-bundle\// },
      async handler(id) {
        if (id === PLAIN_IMPORT) return 'export const __vitePreload = (load) => load();';
        return id.endsWith(MARK) ? readFile(id.slice(0, -MARK.length), 'utf8') : null;
      },
    },
  };
}
