/**
 * Builds the Pagefind search index as part of `astro build`, and lets `astro dev` serve the index of
 * the last build.
 *
 * Why a local integration rather than the CLI in a postbuild script: the index then always matches
 * the build it ships with, for any OUT_DIR or BASE_PATH, and a broken index fails the build.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { joinBase, withTrailingSlash } from '../lib/paths.ts';
import { withBlockBoundaries } from '../lib/search/indexable-html.ts';
import type { PageSummaries } from '../lib/search/pagefind.ts';
import { chunkVocabulary, extractVocabulary } from '../lib/search/vocabulary.ts';

/** Folder (inside the build output) the index is written to; the browser loads `<base>pagefind/pagefind.js`. */
export const INDEX_FOLDER = 'pagefind';
/** Folder (inside the index folder) of the spelling word list, one JSON file per first letter. */
export const VOCABULARY_FOLDER = 'vocabulary';
/**
 * Every page's URL, title and type by Pagefind result id (src/lib/search/pagefind.ts reads it), so
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
 * JavaScript API, searches on the main thread (noWorker, see src/lib/search/pagefind.ts), and every
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
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = withTrailingSlash(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, INDEX_FOLDER);
        if (existsSync(join(indexDir, 'pagefind.js'))) {
          logger.info(`Search uses the index of the last build (${indexDir}). Run \`npm run build\` to refresh it.`);
        } else {
          logger.warn(`No search index yet: search will say so until you run \`npm run build\` once (looked in ${indexDir}).`);
        }
        const prefix = joinBase(base, `${INDEX_FOLDER}/`);
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
        // Pagefind reads a folder natively (in parallel, in its own process), far faster than one
        // message per page: it reads a copy of the pages with word boundaries added, in a scratch folder.
        const scratchDir = await mkdtemp(join(tmpdir(), 'smp-search-'));
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX, forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n') || 'Pagefind did not start');
          const indexedText = await copyIndexablePages(siteDir, scratchDir);
          const added = await index.addDirectory({ path: scratchDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: indexDir });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const pageCount = (await readdir(join(indexDir, 'fragment'))).filter((name) => name.endsWith('.pf_fragment')).length;
          if (pageCount === 0) throw new Error('no page carries data-pagefind-body, so the index would be empty');
          await Promise.all(UNUSED_OUTPUT.map((file) => rm(join(indexDir, file), { force: true })));
          await writeFile(join(indexDir, PAGES_FILE), JSON.stringify(await summarizePages(join(indexDir, 'fragment'))));
          const words = extractVocabulary(indexedText);
          await mkdir(join(indexDir, VOCABULARY_FOLDER), { recursive: true });
          for (const [key, chunk] of chunkVocabulary(words)) {
            await writeFile(join(indexDir, VOCABULARY_FOLDER, `${key}.json`), JSON.stringify(chunk));
          }
          logger.info(`Indexed ${pageCount} pages and ${words.length} spelling words in ${Date.now() - started} ms.`);
        } catch (error) {
          throw new Error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await pagefind.close();
          await rm(scratchDir, { recursive: true, force: true });
        }
      },
    },
  };
}

/**
 * Writes every built page into `scratchDir` at the same relative path, with a word boundary at its
 * block edges (see src/lib/search/indexable-html.ts), so Pagefind computes the same URLs as for the
 * site itself; the shipped pages are not changed. Returns the text of each page's indexed <main>,
 * for the spelling word list, so every page is read once.
 */
async function copyIndexablePages(siteDir: string, scratchDir: string): Promise<string[]> {
  const pages = (await readdir(siteDir, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  );
  const indexedText: string[] = [];
  await Promise.all(
    pages.map(async (entry) => {
      const html = await readFile(join(entry.parentPath, entry.name), 'utf8');
      const main = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html);
      if (main?.[1]) indexedText.push(main[1]);
      const copy = join(scratchDir, relative(siteDir, entry.parentPath), entry.name);
      await mkdir(dirname(copy), { recursive: true });
      await writeFile(copy, withBlockBoundaries(html));
    }),
  );
  return indexedText;
}

/**
 * [url, title, type] of every page, keyed by fragment file name (which is the result id). A fragment
 * is gzip of "pagefind_dcd" followed by the page's JSON record; a file in any other form is skipped,
 * and the UI then simply waits for the fragments as usual.
 */
async function summarizePages(fragmentDir: string): Promise<PageSummaries> {
  const signature = 'pagefind_dcd';
  const names = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  const entries = await Promise.all(
    names.map(async (name): Promise<[string, PageSummaries[string]] | null> => {
      try {
        const text = gunzipSync(await readFile(join(fragmentDir, name))).toString('utf8');
        if (!text.startsWith(signature)) return null;
        const record = JSON.parse(text.slice(signature.length)) as { url?: unknown; meta?: Record<string, unknown> };
        const title = record.meta?.['title'];
        if (typeof record.url !== 'string' || typeof title !== 'string') return null;
        const type = typeof record.meta?.['type'] === 'string' ? (record.meta['type'] as string) : 'Page';
        return [name.slice(0, -'.pf_fragment'.length), [record.url, title, type]];
      } catch {
        // A grouped or newer fragment format: leave this page out of the quick summaries.
        return null;
      }
    }),
  );
  return Object.fromEntries(entries.filter((entry) => entry !== null));
}
