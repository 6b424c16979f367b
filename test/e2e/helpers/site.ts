/**
 * Shared helpers for end-to-end tests over the built site (OUT_DIR or dist/, served by astro preview
 * at playwright.config.ts's baseURL, which includes BASE_PATH).
 *
 *   sitemapPages()        every page the sitemap lists, as paths relative to the base ('' is home)
 *   extraPages            pages outside the sitemap worth visiting too (the 404 page)
 *   serveWithHeaders()    make the preview server send what dist/_headers says a static host sends
 *   openSearchOnce()      open the site search the way a reader does and run one query
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../../src/lib/build/csp.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

/** The folder the site under test was built into. */
export const siteDir = resolve(repoRoot, process.env.OUT_DIR || 'dist');

/** The base path the site was built for: "/" or "/playbook/". */
export const basePath = (() => {
  const value = process.env.BASE_PATH || '/';
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
})();

/** Every page in the built sitemap, relative to the base path: '', 'stages/', 'stages/reactive/'… */
export function sitemapPages(): string[] {
  const index = join(siteDir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`no sitemap in ${siteDir}: run \`npx astro build\` (with the same OUT_DIR) first`);
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').trim());
  const pages: string[] = [];
  for (const sitemapUrl of locations(readFileSync(index, 'utf8'))) {
    const file = join(siteDir, new URL(sitemapUrl).pathname.split('/').pop() ?? '');
    for (const pageUrl of locations(readFileSync(file, 'utf8'))) {
      const pathname = new URL(pageUrl).pathname;
      pages.push(pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, ''));
    }
  }
  return pages;
}

/** Pages readers reach that no sitemap lists: the 404 page, shown for any unknown address. */
export const extraPages = ['this-page-does-not-exist/'];

/** A page path as a test title: '' reads as '/'. */
export function label(page: string): string {
  return `/${page}`;
}

/**
 * Pages split into groups of about `size`, one test each: a browser context per page costs more
 * than visiting the page, and two workers share the groups. Failures still name each page.
 */
export function pageGroups(pages: string[], size = 12): { title: string; pages: string[] }[] {
  const groups: { title: string; pages: string[] }[] = [];
  for (let start = 0; start < pages.length; start += size) {
    const slice = pages.slice(start, start + size);
    groups.push({ title: `${label(slice[0] ?? '')} … ${label(slice.at(-1) ?? '')} (${slice.length} pages)`, pages: slice });
  }
  return groups;
}

/**
 * Makes every response from the site carry the headers dist/_headers gives its path, as Netlify or
 * Cloudflare Pages would, so the browser enforces the header CSP (frame-ancestors included) on top
 * of each page's <meta> policy. astro preview alone does not read _headers.
 */
export async function serveWithHeaders(context: BrowserContext, origin: string): Promise<void> {
  const file = join(siteDir, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: src/integrations/security-headers.ts writes it at build time`);
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  await context.route(`${origin}/**`, async (route) => {
    try {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      for (const [name, value] of headersFor(rules, new URL(route.request().url()).pathname)) headers[name.toLowerCase()] = value;
      await route.fulfill({ response, headers });
    } catch {
      // The test ended while this request was in flight (a late favicon): nothing left to serve.
    }
  });
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
