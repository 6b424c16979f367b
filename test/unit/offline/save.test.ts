import { describe, expect, it } from 'vitest';
import type { OfflineManifest } from '../../../src/lib/offline/manifest';
import { progressText, resultText } from '../../../src/lib/offline/messages';
import { isQuotaError, saveOfflineCopy, saveOrder, type SaveProgress } from '../../../src/lib/offline/save';

const manifest: OfflineManifest = {
  build: 'b1',
  pages: [
    ['/', 100, 'Home'],
    ['/stages/', 100, 'Stages'],
    ['/playbook/kickoff-call/', 100, 'Kickoff call'],
  ],
  files: [
    ['/pagefind/pagefind.js', 50],
    ['/_astro/a.css', 10],
    ['/icons/icon-192.png', 10],
  ],
};

const quotaError = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

describe('saveOrder', () => {
  it('stores the site files, then the pages, then the search index', () => {
    expect(saveOrder(manifest, '/').map(({ url }) => url)).toEqual([
      '/_astro/a.css',
      '/icons/icon-192.png',
      '/',
      '/stages/',
      '/playbook/kickoff-call/',
      '/pagefind/pagefind.js',
    ]);
  });
});

describe('saveOfflineCopy', () => {
  it('stores every file once and reports each page', async () => {
    const stored: string[] = [];
    const progress: SaveProgress[] = [];
    const result = await saveOfflineCopy(manifest, '/', async (url) => void stored.push(url), (step) => progress.push(step));
    expect(stored.sort()).toEqual([...manifest.pages, ...manifest.files].map(([url]) => url).sort());
    expect(progress.map(({ pagesDone }) => pagesDone)).toEqual([1, 2, 3]);
    expect(result).toEqual({ pagesDone: 3, pagesTotal: 3, quotaRefused: false, failed: [] });
  });

  it('stops when storage is refused and reports what fitted', async () => {
    let room = 3;
    const result = await saveOfflineCopy(manifest, '/', async () => {
      if (room === 0) throw quotaError();
      room -= 1;
    });
    expect(result.quotaRefused).toBe(true);
    expect(result.pagesDone).toBeLessThan(3);
    expect(result.failed).toEqual([]);
  });

  it('counts a file that cannot be fetched and goes on with the rest', async () => {
    const result = await saveOfflineCopy(manifest, '/', async (url) => {
      if (url === '/stages/') throw new TypeError('Failed to fetch');
    });
    expect(result).toEqual({ pagesDone: 2, pagesTotal: 3, quotaRefused: false, failed: ['/stages/'] });
  });

  it('tells a quota error from others', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('what the control says', () => {
  it('progress and outcomes', () => {
    expect(progressText({ pagesDone: 42, pagesTotal: 95 })).toBe('Saving… 42 of 95 pages');
    expect(resultText({ pagesDone: 95, pagesTotal: 95, quotaRefused: false, failed: [] }, 2_500_000)).toBe(
      'Saved for offline: 95 of 95 pages and search (2.5 MB). They open without a connection.',
    );
    expect(resultText({ pagesDone: 40, pagesTotal: 95, quotaRefused: true, failed: [] }, 2_500_000)).toMatch(/^Your browser refused more storage.*40 of 95 pages are saved and kept/);
    expect(resultText({ pagesDone: 94, pagesTotal: 95, quotaRefused: false, failed: ['/a/'] }, 2_500_000)).toMatch(/1 file could not be downloaded/);
  });
});
