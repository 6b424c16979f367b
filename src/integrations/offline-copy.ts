/**
 * Writes the service worker, `<base>sw.js`, once every page and the search index exist
 * (`astro:build:done`, after the Pagefind integration): the worker's source
 * (src/scripts/offline/service-worker.ts) bundled into one classic script, with this build's file
 * list and base path written in front of it.
 *
 * Why here and not as a Vite chunk: a worker's scope is the folder of its URL, so it must sit at the
 * base path under a stable name, and it must know the build's final file list (pages, hashed assets,
 * the index), which exists only now. The build id is a hash of every listed file's path and content,
 * so any change to the site makes a new worker, which replaces the old build's cache.
 *
 * Bundled with Rolldown, the bundler Vite itself runs on (installed with it; no extra package).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, offlineBytes, offlineKind, pageTitleOf, urlOfBuiltFile, type OfflineManifest } from '../lib/offline/manifest.ts';
import { withTrailingSlash } from '../lib/paths.ts';

export const WORKER_FILE = 'sw.js';
const WORKER_SOURCE = fileURLToPath(new URL('../scripts/offline/service-worker.ts', import.meta.url));

/** The build's offline file list, read from the output folder. */
export async function offlineManifest(siteDir: string, base: string): Promise<OfflineManifest> {
  const manifest: OfflineManifest = { build: '', pages: [], files: [] };
  const fingerprints: string[] = [];
  const paths = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  for (const path of paths) {
    const kind = offlineKind(path);
    if (!kind) continue;
    // Synchronous: one awaited read per file cost more in round trips than the reading itself.
    const content = readFileSync(join(siteDir, path));
    const url = urlOfBuiltFile(path, base);
    if (kind === 'page') manifest.pages.push([url, content.length, pageTitleOf(content.toString('utf8'))]);
    else manifest.files.push([url, content.length]);
    fingerprints.push(`${path} ${createHash('sha256').update(content).digest('hex')}`);
  }
  manifest.build = createHash('sha256').update(fingerprints.join('\n')).digest('hex').slice(0, 12);
  return manifest;
}

export default function offlineCopy(): AstroIntegration {
  let base = '/';
  return {
    name: 'local:offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const manifest = await offlineManifest(siteDir, base);
        const banner = `const OFFLINE_MANIFEST=${JSON.stringify(manifest)},OFFLINE_BASE=${JSON.stringify(base)};`;
        // Loaded here, not at the top: reading the config (vitest, astro check) then never starts the bundler.
        const { build } = await import('rolldown');
        const bundle = await build({
          input: WORKER_SOURCE,
          write: false,
          logLevel: 'silent',
          output: { format: 'iife', minify: true, banner },
        });
        const code = bundle.output[0].code;
        await writeFile(join(siteDir, WORKER_FILE), code);
        logger.info(
          `Offline copy ${manifest.build}: ${manifest.pages.length} pages and ${manifest.files.length} files, ${formatBytes(offlineBytes(manifest))}; ${WORKER_FILE} ${formatBytes(code.length)}.`,
        );
      },
    },
  };
}
