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
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import * as pagefind from 'pagefind';
import { extractVocabulary } from '../lib/search-vocabulary';

/** Folder (inside the build output) the index is written to; the browser loads `<base>pagefind/pagefind.js`. */
export const INDEX_FOLDER = 'pagefind';
/** Word list for spelling suggestions, written next to the index. */
export const VOCABULARY_FILE = 'vocabulary.json';

/**
 * Inside <main data-pagefind-body>, navigation (breadcrumbs, pagers, tables of contents) is not
 * content; related-link blocks already carry data-pagefind-ignore.
 */
const EXCLUDED_FROM_INDEX = ['nav', '[role="navigation"]', '.breadcrumbs', '.pager'];

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
        updateConfig({ vite: { plugins: [yamlData()] } });
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
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX, forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n') || 'Pagefind did not start');
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) throw new Error('no page carries data-pagefind-body, so the index would be empty');
          const written = await index.writeFiles({ outputPath: indexDir });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const words = extractVocabulary(await readIndexedText(siteDir));
          await writeFile(join(indexDir, VOCABULARY_FILE), JSON.stringify(words));
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
      return { code: `export default ${JSON.stringify(yaml.load(source))};`, map: null };
    },
  };
}
