/**
 * Browser measurements for the bench, in headless Debian Chromium driven by playwright-core:
 * what a first visit transfers (by kind, gzip as served), the JavaScript that runs before any
 * interaction and after opening search, and search's cost and speed (bytes for the first query,
 * input-to-painted-results latency once warm), all measured from outside the site's code.
 */
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { inlineScriptsOf } from '../../../src/lib/build/csp.ts';
import { gzipBytes } from './built-site.ts';

/** Transfer (encoded body bytes) of the requests a page makes, by resource type. */
export class TransferLog {
  private pending: Promise<void>[] = [];
  readonly entries: { url: string; type: string; bytes: number }[] = [];

  constructor(page: Page) {
    page.on('requestfinished', (request: Request) => {
      this.pending.push(
        request.sizes().then(
          (sizes) => {
            this.entries.push({ url: request.url(), type: kindOf(request), bytes: sizes.responseBodySize });
          },
          () => {},
        ),
      );
    });
  }

  /** Waits for the sizes of every finished request so far. */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  mark(): number {
    return this.entries.length;
  }

  bytes(from = 0, type?: string): number {
    return this.entries.slice(from).filter((e) => !type || e.type === type).reduce((sum, e) => sum + e.bytes, 0);
  }

  count(from = 0): number {
    return this.entries.length - from;
  }
}

function kindOf(request: Request): string {
  const type = request.resourceType();
  const path = new URL(request.url()).pathname;
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  if (type === 'stylesheet') return 'css';
  if (type === 'font') return 'font';
  if (type === 'document') return 'html';
  if (type === 'image') return 'image';
  return 'other';
}

async function settleNetwork(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
}

export interface FirstVisit {
  /** gzip bytes as transferred: html, css, js, font, image, other. */
  bytes: Record<string, number>;
  /** HTML + CSS + JS + fonts (the budget's definition). */
  weight: number;
  requests: number;
  /** External scripts as transferred plus inline scripts gzip, before any interaction. */
  jsAtLoad: number;
  /** JS in all once the reader opens search on this page (the shortcut's lazy UI included). */
  jsAfterSearch: number | null;
}

/**
 * A fresh context in which the site's service worker does not run: Chromium reports a response the
 * worker answered without its network size, so with it every count below would read short. What
 * the worker costs is measured on its own (see measureWorkerInstall).
 */
const freshContext = (browser: Browser) => browser.newContext({ serviceWorkers: 'block' });

/** A cold first visit of `url`, then opening search from the header link (as a click on it does). */
export async function measureFirstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const log = new TransferLog(page);
  const response = await page.goto(url);
  await settleNetwork(page);
  await log.settle();
  const html = (await response?.text()) ?? '';
  const inlineJs = inlineScriptsOf(html);
  const inlineBytes = inlineJs.length > 0 ? gzipBytes(inlineJs.join('\n')) : 0;
  const bytes: Record<string, number> = {};
  for (const type of ['html', 'css', 'js', 'font', 'image', 'other']) bytes[type] = log.bytes(0, type);
  const requests = log.count();
  const jsAtLoad = (bytes.js ?? 0) + inlineBytes;

  let jsAfterSearch: number | null = null;
  const searchLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
  if ((await searchLink.count()) > 0 && !new URL(url).pathname.endsWith('/search/')) {
    const before = log.mark();
    await searchLink.click();
    await page.getByRole('searchbox').first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
    await settleNetwork(page);
    await log.settle();
    jsAfterSearch = jsAtLoad + log.bytes(before, 'js');
  }
  await context.close();
  return {
    bytes,
    weight: (bytes.html ?? 0) + (bytes.css ?? 0) + (bytes.js ?? 0) + (bytes.font ?? 0),
    requests,
    jsAtLoad,
    jsAfterSearch,
  };
}

export interface WorkerInstall {
  /** Bytes the worker fetches while it installs and activates on a first visit (the offline page, the page just read and their files). */
  installBytes: number;
  installRequests: number;
}

/**
 * What the service worker stores on a reader's first visit of `url`: the requests it makes while it
 * installs and activates, with what they transfer over the network (the worker's own script is
 * fetched by the browser outside any page; the bench reads its size from the build).
 */
export async function measureWorkerInstall(browser: Browser, url: string): Promise<WorkerInstall> {
  const context = await browser.newContext();
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    if (request.serviceWorker()) sizes.push(request.sizes().then((s) => Math.max(s.responseBodySize, 0), () => 0));
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
  await settleNetwork(page);
  await page.waitForTimeout(1000);
  const bytes = await Promise.all(sizes);
  await context.close();
  return { installBytes: bytes.reduce((total, size) => total + size, 0), installRequests: bytes.length };
}

export interface SearchRun {
  /** Everything transferred from the first keystroke to its results (Pagefind JS, WASM, index, fragments). */
  firstQueryBytes: number;
  firstQueryRequests: number;
  /** Keystroke to painted results, ms, each warm query. */
  latencies: number[];
  medianLatency: number;
}

/** Words the content holds; each query's results differ from the one before. */
export const QUERIES = ['churn', 'onboarding', 'escalation', 'satisfaction', 'renewal', 'swarming', 'deflection', 'handoff', 'outage', 'forecast'];

/**
 * On the search page: one cold query (bytes), then QUERIES, each typed into the search box by
 * Playwright and timed in the page by code the bench injects (nothing the site ships): from the
 * input event to the frame after the results list (accessible name containing "Search results")
 * shows new results.
 */
export async function measureSearch(browser: Browser, searchUrl: string, { withWorker = false } = {}): Promise<SearchRun> {
  // withWorker: a returning reader, the page under the control of the service worker (installed on
  // an earlier visit); byte counts then read short, only the latencies are meant.
  const context = withWorker ? await browser.newContext() : await freshContext(browser);
  const page = await context.newPage();
  const log = new TransferLog(page);
  await page.goto(searchUrl);
  if (withWorker) {
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
    await settleNetwork(page);
    await page.reload();
  }
  await settleNetwork(page);
  const box = page.getByRole('searchbox').first();
  await box.waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null, undefined, { timeout: 15_000 });
  await log.settle();
  const before = log.mark();
  const first = await timeQuery(page, box, 'playbook');
  if (!Number.isFinite(first)) throw new Error('the first search query showed no results');
  await settleNetwork(page);
  await log.settle();
  const firstQueryBytes = log.bytes(before);
  const firstQueryRequests = log.count(before);
  const latencies: number[] = [];
  for (const query of QUERIES) latencies.push(await timeQuery(page, box, query));
  await context.close();
  return { firstQueryBytes, firstQueryRequests, latencies, medianLatency: median(latencies.filter(Number.isFinite)) };
}

/** Where the injected timer leaves its answer (ms, or NaN when no new results showed within 15 s). */
const ANSWER = '__benchSearchLatency';

/** ms from the input event of `query` typed into `box` to the frame after the new results are painted. */
async function timeQuery(page: Page, box: Locator, query: string): Promise<number> {
  await page.evaluate((answer) => {
    const resultsList = (): Element | undefined =>
      [...document.querySelectorAll('ul, ol, [role="list"]')].find((list) => {
        const labelledBy = list.getAttribute('aria-labelledby');
        const name = list.getAttribute('aria-label') ?? (labelledBy ? document.getElementById(labelledBy)?.textContent : '') ?? '';
        return name.includes('Search results') && list.getBoundingClientRect().height > 0;
      });
    const previous = resultsList()?.textContent ?? '';
    (window as unknown as Record<string, unknown>)[answer] = new Promise<number>((resolve) => {
      let started: number | undefined;
      // Capture phase on window: runs before the page's own listeners on the field.
      window.addEventListener('input', (event) => (started = event.timeStamp), { capture: true, once: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(Number.NaN);
      }, 15_000);
      const observer = new MutationObserver(() => {
        const list = resultsList();
        if (started === undefined || !list || !list.querySelector('li') || list.textContent === previous) return;
        observer.disconnect();
        clearTimeout(timer);
        const from = started;
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - from), 0));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, ANSWER);
  await box.fill(query);
  return page.evaluate((answer) => (window as unknown as Record<string, Promise<number>>)[answer] as Promise<number>, ANSWER);
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
