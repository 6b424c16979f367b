/**
 * Shared helpers for end-to-end tests over the built site. The site (OUT_DIR or dist/) is served by
 * test/helpers/static-host.ts at playwright.config.ts's baseURL, which includes BASE_PATH, with the
 * headers of the build's _headers file; what the build holds is read by test/helpers/built-site.ts.
 *
 *   everyPage               every page the sitemap lists, plus the 404 page
 *   hydrateIslands()        wait until a page's islands have hydrated
 *   recordCspViolations()   collect what the browser reports the CSP blocked
 *   recordOffsiteRequests() collect (and stop) every request to another origin
 *   openSearchOnce()        open the site search the way a reader does and run one query
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { sitemapPages } from '../../helpers/built-site.ts';

/** Pages readers reach that no sitemap lists: the 404 page, shown for any unknown address. */
export const NOT_FOUND_PAGE = 'this-page-does-not-exist/';

/** Every page in the built sitemap, relative to the base path ('' is home), and the 404 page. */
export const everyPage = (): string[] => [...sitemapPages(), NOT_FOUND_PAGE];

/** A page path as a test title: '' reads as '/'. */
export function label(page: string): string {
  return `/${page}`;
}

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Records, for every page of `context`, each securitypolicyviolation the browser fires, plus CSP
 * complaints Chromium only logs (a directive it ignores in a <meta> policy, say). Call the returned
 * function to read and clear what the current page reported so far.
 */
export async function recordCspViolations(context: BrowserContext): Promise<(page: Page) => Promise<string[]>> {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) sample: ${event.sample}`);
    });
  });
  const logged: string[] = [];
  context.on('console', (message) => {
    const text = message.text();
    // Blocked loads are reported as events already; the log adds the ones no event reports.
    if (/Content.Security.Policy/i.test(text) && !/violates the following/.test(text)) logged.push(text);
  });
  return async (page) => {
    const reported = await page.evaluate(() => window.cspViolations?.splice(0) ?? ['the CSP listener did not run']);
    return [...reported, ...logged.splice(0)];
  };
}

/** Records every request to another origin than `origin`, and aborts it so nothing is ever sent. */
export async function recordOffsiteRequests(context: BrowserContext, origin: string): Promise<string[]> {
  const offsite: string[] = [];
  const isOffsite = (url: URL) => url.origin !== origin && !['data:', 'blob:'].includes(url.protocol);
  await context.route(isOffsite, async (route) => {
    offsite.push(route.request().url());
    await route.abort('blockedbyclient').catch(() => {});
  });
  context.on('request', (request) => {
    if (isOffsite(new URL(request.url())) && !offsite.includes(request.url())) offsite.push(request.url());
  });
  return offsite;
}

/** Words that the site's content certainly holds, for search queries. */
export const SEARCH_QUERY = 'escalation';

/**
 * Opens search once the way a reader does: from the header link to the search page, types a query,
 * and waits for results. Returns the results list (its accessible name contains "Search results").
 */
export async function openSearchOnce(page: Page, query = SEARCH_QUERY) {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  const box = page.getByRole('searchbox').first();
  await expect(box).toBeEditable();
  await box.fill(query);
  const results = page.getByRole('list', { name: /Search results/ });
  await expect(results.getByRole('listitem').first()).toBeVisible({ timeout: 15_000 });
  return results;
}

const WAITING_ISLANDS = 'astro-island[ssr]:not([client="media"])';

/**
 * Scrolls through the page a screen at a time so islands that hydrate when visible do, then waits
 * until every island has hydrated (Astro drops the `ssr` attribute once it has). Pages without
 * islands return at once.
 */
export async function hydrateIslands(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  // client:media islands wait for a media query that may never match this viewport.
  const pending = await page.locator(WAITING_ISLANDS).count();
  if (pending === 0) return;
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 20)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += Math.max(200, innerHeight - 100)) {
      scrollTo(0, y);
      await frame();
    }
  });
  await page.waitForFunction((selector) => document.querySelector(selector) === null, WAITING_ISLANDS, { timeout: 15_000 });
}
