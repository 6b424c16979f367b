/**
 * The built search index, searched in Node the way the site searches it: Pagefind's own runtime
 * (<site>/pagefind/pagefind.js) through the same query cleaning, jargon expansion, spelling and
 * merging code as the search UI (src/lib/search/run.ts). Used by the search-quality tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseJargon, type Jargon } from '../../src/lib/search/jargon';
import { PAGEFIND_OPTIONS, pagefindEngine, type PagefindApi, type PagefindData } from '../../src/lib/search/pagefind';
import { cleanQuery } from '../../src/lib/search/query';
import { runSearch, type FilterSelection, type SearchOutcome } from '../../src/lib/search/run';
import { vocabularyFor } from '../../src/lib/search/vocabulary';
import { repoRoot, siteDir } from './built-site';

export interface SearchIndex {
  jargon: Jargon;
  search: (query: string, filters?: FilterSelection) => Promise<SearchOutcome<PagefindData>>;
  /** Site-relative URLs of the first `count` results. */
  topUrls: (outcome: SearchOutcome<PagefindData>, count: number) => Promise<string[]>;
  /** Puts back the fetch this replaced; call once the tests are done. */
  close: () => void;
}

export function readJargon(): Jargon {
  return parseJargon(parseYaml(readFileSync(join(repoRoot, 'src/data/jargon.yaml'), 'utf8')));
}

export async function openSearchIndex(): Promise<SearchIndex> {
  const indexDir = join(siteDir(), 'pagefind');
  if (!existsSync(join(indexDir, 'pagefind.js'))) throw new Error(`No search index at ${indexDir}: build first (npx astro build).`);
  const realFetch = globalThis.fetch;
  // Pagefind fetches its index files relative to its own URL; in Node that is a file: URL.
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return realFetch(input);
    return new Response(await readFile(fileURLToPath(url)));
  }) as typeof fetch;
  const api = (await import(/* @vite-ignore */ pathToFileURL(join(indexDir, 'pagefind.js')).href)) as PagefindApi;
  await api.options({ ...PAGEFIND_OPTIONS, basePath: pathToFileURL(indexDir).href + '/', baseUrl: '/' });
  const jargon = readJargon();
  const readChunk = async (key: string): Promise<string[]> => {
    const file = join(indexDir, 'vocabulary', `${key}.json`);
    return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as string[]) : [];
  };
  return {
    jargon,
    search: (query, filters = {}) =>
      runSearch(pagefindEngine(api), cleanQuery(query).text, filters, { jargon, loadVocabulary: (words) => vocabularyFor(words, readChunk) }),
    topUrls: (outcome, count) => Promise.all(outcome.hits.slice(0, count).map(async (hit) => (await hit.hit.data()).url)),
    close: () => {
      globalThis.fetch = realFetch;
    },
  };
}

/** [site-relative URL, title, type] of every indexed page, as the build wrote pagefind/pages.json. */
export function indexedPages(): [string, string, string][] {
  const file = join(siteDir(), 'pagefind', 'pages.json');
  if (!existsSync(file)) throw new Error(`No ${file}: build first (npx astro build).`);
  return Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, [string, string, string]>);
}
