/**
 * Builds the Pagefind search index as part of `astro build`, and lets `astro dev` serve the index of
 * the last build.
 *
 * Why a local integration rather than the CLI in a postbuild script: the index then always matches
 * the build it ships with, for any OUT_DIR or BASE_PATH, and a broken index fails the build.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { joinBase, withTrailingSlash } from '../lib/paths.ts';
import type { PageSummaries } from '../lib/search/pagefind.ts';
import { chunkVocabulary, vocabularyOf } from '../lib/search/vocabulary.ts';

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
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX, forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n') || 'Pagefind did not start');
          // Pagefind reads the built pages itself, in parallel (src/middleware.ts gave them their
          // block boundaries when they were rendered).
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: indexDir });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          await Promise.all(UNUSED_OUTPUT.map((file) => rm(join(indexDir, file), { force: true })));
          const records = await readPageRecords(join(indexDir, 'fragment'));
          if (records.length === 0) throw new Error('no page carries data-pagefind-body, so the index would be empty');
          await writeFile(join(indexDir, PAGES_FILE), JSON.stringify(summarizePages(records)));
          const words = vocabularyOf(records.map(([, record]) => record.content ?? ''));
          await mkdir(join(indexDir, VOCABULARY_FOLDER), { recursive: true });
          await Promise.all(
            [...chunkVocabulary(words)].map(([key, chunk]) => writeFile(join(indexDir, VOCABULARY_FOLDER, `${key}.json`), JSON.stringify(chunk))),
          );
          logger.info(`Indexed ${records.length} pages and ${words.length} spelling words in ${Date.now() - started} ms.`);
        } catch (error) {
          throw new Error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** What a fragment file holds about its page (the fields read here). */
interface PageRecord {
  url?: unknown;
  content?: string;
  meta?: Record<string, unknown>;
}

/**
 * Every page's record, keyed by fragment file name (which is the result id). A fragment is gzip of
 * "pagefind_dcd" followed by the page's JSON record; a file in any other form counts as a page but
 * gives no record.
 */
async function readPageRecords(fragmentDir: string): Promise<[string, PageRecord][]> {
  const signature = 'pagefind_dcd';
  const names = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  return Promise.all(
    names.map(async (name): Promise<[string, PageRecord]> => {
      const id = name.slice(0, -'.pf_fragment'.length);
      try {
        const text = gunzipSync(await readFile(join(fragmentDir, name))).toString('utf8');
        return [id, text.startsWith(signature) ? (JSON.parse(text.slice(signature.length)) as PageRecord) : {}];
      } catch {
        // A grouped or newer fragment format: the page is indexed, its record unread here.
        return [id, {}];
      }
    }),
  );
}

/**
 * [url, title, type] of every page with a readable record, by result id; pages without one are
 * left out, and the UI then simply waits for their fragments as usual.
 */
function summarizePages(records: [string, PageRecord][]): PageSummaries {
  const summaries: PageSummaries = {};
  for (const [id, { url, meta }] of records) {
    const title = meta?.['title'];
    if (typeof url !== 'string' || typeof title !== 'string') continue;
    summaries[id] = [url, title, typeof meta?.['type'] === 'string' ? meta['type'] : 'Page'];
  }
  return summaries;
}
