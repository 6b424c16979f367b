/**
 * Stores a build's offline copy, file by file, a few at a time: the site's scripts and styles first
 * (a page is little use without them), then the pages, then the search index. When the browser
 * refuses more storage it stops and keeps what fits; a file that cannot be fetched is counted and
 * skipped, so one bad response never loses the rest.
 */
import type { OfflineManifest } from './manifest';

export interface SaveProgress {
  pagesDone: number;
  pagesTotal: number;
}

export interface SaveResult extends SaveProgress {
  /** The browser refused to store more (its storage quota): what fitted is kept. */
  quotaRefused: boolean;
  /** URLs that could not be fetched or stored for another reason. */
  failed: string[];
}

/** How many files are fetched at once: enough to hide latency, few enough to spare a slow link. */
const PARALLEL = 4;

/** True for the error a browser throws when storage is full or refused. */
export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'QuotaExceededError';
}

/** The order files are stored in: site files, pages, then the search index (`pagefind/`). */
export function saveOrder(manifest: OfflineManifest, base: string): { url: string; isPage: boolean }[] {
  const isIndex = (url: string) => url.startsWith(`${base}pagefind/`);
  const files = manifest.files.map(([url]) => url);
  return [
    ...files.filter((url) => !isIndex(url)).map((url) => ({ url, isPage: false })),
    ...manifest.pages.map(([url]) => ({ url, isPage: true })),
    ...files.filter(isIndex).map((url) => ({ url, isPage: false })),
  ];
}

/**
 * Runs `store` on every file of the copy in `saveOrder`, reporting pages as they are stored.
 * `store` fetches one URL and puts it in the cache (skipping what is already there).
 */
export async function saveOfflineCopy(
  manifest: OfflineManifest,
  base: string,
  store: (url: string) => Promise<void>,
  onProgress: (progress: SaveProgress) => void = () => {},
): Promise<SaveResult> {
  const queue = saveOrder(manifest, base);
  const result: SaveResult = { pagesDone: 0, pagesTotal: manifest.pages.length, quotaRefused: false, failed: [] };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!result.quotaRefused && next < queue.length) {
      const item = queue[next++];
      if (!item) return;
      try {
        await store(item.url);
        if (item.isPage) {
          result.pagesDone += 1;
          onProgress({ pagesDone: result.pagesDone, pagesTotal: result.pagesTotal });
        }
      } catch (error) {
        if (isQuotaError(error)) result.quotaRefused = true;
        else result.failed.push(item.url);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return result;
}
