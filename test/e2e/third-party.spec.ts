/**
 * No request leaves the site: every page in the sitemap (and the 404 page), with its islands
 * hydrated, and one search, fetch only from the site's own origin. No fonts, analytics or CDNs;
 * answers never leave the browser.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { extraPages, hydrateIslands, label, openSearchOnce, pageGroups, sitemapPages } from './helpers/site';

/** Records every request to another origin, and aborts it so nothing is ever sent. */
async function watchOrigins(context: BrowserContext, origin: string): Promise<string[]> {
  const offsite: string[] = [];
  await context.route(
    (url) => url.origin !== origin && !['data:', 'blob:'].includes(url.protocol),
    async (route) => {
      offsite.push(route.request().url());
      await route.abort('blockedbyclient').catch(() => {});
    },
  );
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol) && !offsite.includes(request.url())) offsite.push(request.url());
  });
  return offsite;
}

for (const group of pageGroups([...sitemapPages(), ...extraPages])) {
  test(`no third-party requests: ${group.title}`, async ({ context, page, baseURL }) => {
    const offsite = await watchOrigins(context, new URL(baseURL ?? '').origin);
    for (const path of group.pages) {
      await page.goto(path);
      await hydrateIslands(page);
      expect.soft(offsite.splice(0), label(path)).toEqual([]);
    }
  });
}

test('no third-party requests while searching', async ({ context, page, baseURL }) => {
  const offsite = await watchOrigins(context, new URL(baseURL ?? '').origin);
  await openSearchOnce(page);
  await page.waitForLoadState('networkidle');
  expect(offsite).toEqual([]);
});
