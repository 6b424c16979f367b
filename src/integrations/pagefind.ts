/**
 * Builds the Pagefind search index as part of `astro build`, and lets `astro dev` serve the index of
 * the last build. Also teaches Vite to import the YAML data files in src/data/ (the jargon list),
 * so the pages, the search islands and the tests all read one parsed copy.
 *
 * Why a local integration rather than the CLI in a postbuild script: the index then always matches
 * the build it ships with, for any OUT_DIR or BASE_PATH, and a broken index fails the build.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import * as pagefind from 'pagefind';
import type { PageSummaries } from '../lib/search-pagefind';
import { chunkVocabulary, extractVocabulary } from '../lib/search-vocabulary.ts';

/** Folder (inside the build output) the index is written to; the browser loads `<base>pagefind/pagefind.js`. */
export const INDEX_FOLDER = 'pagefind';
/** Folder (inside the index folder) of the spelling word list, one JSON file per first letter. */
export const VOCABULARY_FOLDER = 'vocabulary';
/**
 * Every page's URL, title and type by Pagefind result id (src/lib/search-pagefind.ts reads it), so
 * results can be painted as soon as the search answers, while their excerpts are still loading.
 */
export const PAGES_FILE = 'pages.json';

/**
 * Inside <main data-pagefind-body>, navigation (breadcrumbs, pagers, tables of contents) is not
 * content; related-link blocks already carry data-pagefind-ignore.
 */
const EXCLUDED_FROM_INDEX = ['nav', '[role="navigation"]', '.breadcrumbs', '.pager'];

/**
 * Pagefind writes its ready-made UIs next to the index; this site has its own small UI over the
 * JavaScript API, searches on the main thread (noWorker, see src/lib/search-pagefind.ts), and every
 * page declares lang="en", so these are never requested.
 */
const UNUSED_OUTPUT = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js',
  'wasm.unknown.pagefind',
];

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

export default function pagefindSearch(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'local:pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [yamlData(), lazyModuleUrl()] } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, INDEX_FOLDER);
        if (existsSync(join(indexDir, 'pagefind.js'))) {
          logger.info(`Search uses the index of the last build (${indexDir}). Run \`npm run build\` to refresh it.`);
        } else {
          logger.warn(`No search index yet: search will say so until you run \`npm run build\` once (looked in ${indexDir}).`);
        }
        const prefix = `${base}${INDEX_FOLDER}/`;
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const relative = decodeURIComponent(path.slice(prefix.length));
          const file = normalize(join(indexDir, relative));
          // Read on each request, so a build made while dev runs is picked up without a restart.
          if (!file.startsWith(indexDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.setHeader('content-type', 'text/plain; charset=utf-8');
            response.end('No search index has been built yet. Run `npm run build`, then reload.');
            return;
          }
          response.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          response.setHeader('cache-control', 'no-cache');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const indexDir = join(siteDir, INDEX_FOLDER);
        const started = Date.now();
        // The spelling list needs only the pages: work it out while Pagefind's own process indexes.
        const vocabulary = readIndexedText(siteDir).then(extractVocabulary);
        vocabulary.catch(() => {});
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX, forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n') || 'Pagefind did not start');
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) throw new Error('no page carries data-pagefind-body, so the index would be empty');
          const written = await index.writeFiles({ outputPath: indexDir });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          await Promise.all(UNUSED_OUTPUT.map((file) => rm(join(indexDir, file), { force: true })));
          await writeFile(join(indexDir, PAGES_FILE), JSON.stringify(await summarizePages(join(indexDir, 'fragment'))));
          const words = await vocabulary;
          await mkdir(join(indexDir, VOCABULARY_FOLDER), { recursive: true });
          for (const [key, chunk] of chunkVocabulary(words)) {
            await writeFile(join(indexDir, VOCABULARY_FOLDER, `${key}.json`), JSON.stringify(chunk));
          }
          logger.info(`Indexed ${added.page_count} pages and ${words.length} spelling words in ${Date.now() - started} ms.`);
        } catch (error) {
          throw new Error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * [url, title, type] of every page, keyed by fragment file name (which is the result id). A fragment
 * is gzip of "pagefind_dcd" followed by the page's JSON record; a file in any other form is skipped,
 * and the UI then simply waits for the fragments as usual.
 */
async function summarizePages(fragmentDir: string): Promise<PageSummaries> {
  const summaries: PageSummaries = {};
  const signature = 'pagefind_dcd';
  for (const name of await readdir(fragmentDir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    try {
      const text = gunzipSync(await readFile(join(fragmentDir, name))).toString('utf8');
      if (!text.startsWith(signature)) continue;
      const record = JSON.parse(text.slice(signature.length)) as { url?: unknown; meta?: Record<string, unknown> };
      const title = record.meta?.['title'];
      if (typeof record.url !== 'string' || typeof title !== 'string') continue;
      const type = typeof record.meta?.['type'] === 'string' ? (record.meta['type'] as string) : 'Page';
      summaries[name.slice(0, -'.pf_fragment'.length)] = [record.url, title, type];
    } catch {
      // A grouped or newer fragment format: leave this page out of the quick summaries.
    }
  }
  return summaries;
}

/** Text of every page's indexed <main>, for the spelling word list (tags stripped roughly; exactness is not needed). */
async function readIndexedText(siteDir: string): Promise<string[]> {
  const texts: string[] = [];
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const html = await readFile(join(entry.parentPath, entry.name), 'utf8');
    const main = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html);
    if (main?.[1]) texts.push(main[1]);
  }
  return texts;
}

/** `import data from '…/x.yaml'` for YAML files in src/data/: parsed at build time, shipped as JSON. */
function yamlData(): Plugin {
  const dataYaml = /[\\/]src[\\/]data[\\/][^\\/]+\.ya?ml$/;
  return {
    name: 'local:yaml-data',
    transform(source, id) {
      if (!dataYaml.test(id)) return null;
      return { code: `export default ${JSON.stringify(parseYaml(source))};`, map: null };
    },
  };
}

function minifyCss(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').trim();
}

/** Import suffix that yields the built URL of a module, bundled as a chunk of its own, instead of the module. */
const LAZY_URL_SUFFIX = '?lazy-url';
const LAZY_URL_PREFIX = '\0lazy-url:';

/**
 * `import dialogUrl from './search-dialog.ts?lazy-url'` gives the URL of that module's own built
 * chunk (hashed, under the base path), to be loaded later with `import(dialogUrl)`; on a .css file,
 * the URL of that stylesheet, for a <link> added on demand. Why: a plain
 * `import('./search-dialog')` makes Vite add its preload helper (about 0.9 KB gzip) to the importing
 * script, and the shortcut listener every page runs must stay under 1 KB.
 */
function lazyModuleUrl(): Plugin {
  let serving = false;
  return {
    name: 'local:lazy-module-url',
    // Before Vite's resolver, which would otherwise take the query for an ordinary one.
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(LAZY_URL_SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -LAZY_URL_SUFFIX.length), importer, { skipSelf: true });
      // Hex, so the id does not end in ".css" (Vite would take this small JS module for a stylesheet).
      return resolved ? `${LAZY_URL_PREFIX}${Buffer.from(resolved.id).toString('hex')}` : null;
    },
    async load(id) {
      if (!id.startsWith(LAZY_URL_PREFIX)) return null;
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
  };
}
