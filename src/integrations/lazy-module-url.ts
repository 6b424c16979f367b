/**
 * Vite plugin: `import dialogUrl from './dialog.ts?lazy-url'` gives the URL of that module's own
 * built chunk (hashed, under the base path), to be loaded later with `import(dialogUrl)`; on a .css
 * file, the URL of that stylesheet, for a <link> added on demand. Why: a plain `import('./dialog')`
 * makes Vite add its preload helper (about 0.9 KB gzip) to the importing script, and the shortcut
 * listener every page runs must stay under 1 KB. Registered in astro.config.mjs.
 */
import type { Plugin } from 'vite';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** Comments and runs of whitespace dropped: plain CSS needs no more. */
function minifyCss(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').trim();
}

/** Import suffix that yields the built URL of a module, bundled as a chunk of its own, instead of the module. */
const LAZY_URL_SUFFIX = '?lazy-url';
const LAZY_URL_PREFIX = '\0lazy-url:';

/** The plugin; see the file header. */
export default function lazyModuleUrl(): Plugin {
  let serving = false;
  return {
    name: 'local:lazy-module-url',
    // Before Vite's resolver, which would otherwise take the query for an ordinary one.
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    // Hook filters, so the bundler calls these only for the ids they handle, not for every module.
    resolveId: {
      filter: { id: /\?lazy-url$/ },
      async handler(source, importer) {
        const resolved = await this.resolve(source.slice(0, -LAZY_URL_SUFFIX.length), importer, { skipSelf: true });
        // Hex, so the id does not end in ".css" (Vite would take this small JS module for a stylesheet).
        return resolved ? `${LAZY_URL_PREFIX}${Buffer.from(resolved.id).toString('hex')}` : null;
      },
    },
    load: {
      filter: { id: /^\0lazy-url:/ },
      async handler(id) {
        const target = Buffer.from(id.slice(LAZY_URL_PREFIX.length), 'hex').toString();
        const isStylesheet = target.endsWith('.css');
        // In dev, Vite serves any project file by its path (?direct: a stylesheet as CSS, not as a module).
        if (serving) return `export default ${JSON.stringify(`/@fs${target.startsWith('/') ? '' : '/'}${target}${isStylesheet ? '?direct' : ''}`)};`;
        // A stylesheet is emitted as it is (comments and runs of whitespace dropped): plain CSS needs no more.
        const reference = isStylesheet
          ? this.emitFile({ type: 'asset', name: basename(target), source: minifyCss(await readFile(target, 'utf8')) })
          : this.emitFile({ type: 'chunk', id: target });
        return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
      },
    },
  };
}
