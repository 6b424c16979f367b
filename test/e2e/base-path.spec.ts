/**
 * Smoke test of a build for a sub-path (BASE_PATH=/playbook/), served under that path: links and
 * assets resolve under the base, islands hydrate, search finds pages and links to them under the
 * base, and the assessment works. playwright.config.ts runs this spec, and only this one, when
 * BASE_PATH is set; `npm test -- base` builds for the sub-path and runs it:
 *
 *   OUT_DIR=/tmp/base-dist BASE_PATH=/playbook/ npx astro build
 *   OUT_DIR=/tmp/base-dist BASE_PATH=/playbook/ npx playwright test
 */
import { expect, test, type Page } from '@playwright/test';
import { basePath, requirePage, sitemapPages, withBase } from '../helpers/built-site.ts';
import { hydrateIslands, openSearchOnce } from './helpers/site';
import { builtHeading, builtTitle, ownHost, stylesLoaded, waitForControl } from './helpers/offline';

if (basePath() === '/') throw new Error('base-path.spec.ts needs a build for a sub-path: set BASE_PATH (and OUT_DIR) as in its header comment');

/** Home, the section indexes and the tools: a build without one of them fails here. */
const NAMED_PAGES = ['', 'stages/', 'playbook/', 'practices/', 'metrics/', 'assess/', 'search/', 'sources/'];
const SECTIONS = ['stages/', 'playbook/', 'practices/', 'metrics/'];

/** The named pages and the first page of each section. */
function samplePages(): string[] {
  for (const path of NAMED_PAGES) requirePage(path, 'the base-path smoke test');
  const pages = sitemapPages();
  const firstOfEach = SECTIONS.map((section) => {
    const first = pages.find((page) => page.startsWith(section) && page !== section);
    if (!first) throw new Error(`the sitemap lists no page under ${withBase(section)}`);
    return first;
  });
  return [...NAMED_PAGES, ...firstOfEach];
}

/** Failed or off-base requests and console errors while `page` is used. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    if (!url.pathname.startsWith(basePath())) problems.push(`outside ${basePath()}: ${url.pathname}`);
    else if (response.status() >= 400) problems.push(`${response.status()}: ${url.pathname}`);
  });
  return problems;
}

test('pages, their assets and every link on them resolve under the base path', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const problems = watch(page, origin);
  const links = new Set<string>();
  for (const path of samplePages()) {
    const response = await page.goto(path);
    expect.soft(response?.status(), withBase(path)).toBe(200);
    await hydrateIslands(page);
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      if (url.origin === origin) links.add(url.pathname);
    }
  }
  for (const pathname of links) {
    if (!pathname.startsWith(basePath())) {
      problems.push(`link outside ${basePath()}: ${pathname}`);
      continue;
    }
    const response = await page.request.get(pathname);
    if (response.status() !== 200) problems.push(`link ${response.status()}: ${pathname}`);
  }
  expect(links.size).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});

test('search finds pages and links to them under the base path', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const problems = watch(page, origin);
  const results = await openSearchOnce(page);
  const first = results.getByRole('link').first();
  expect(new URL((await first.getAttribute('href')) ?? '', baseURL).pathname.startsWith(basePath())).toBe(true);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${basePath()}.+`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the assessment loads, hydrates and takes an answer', async ({ page, baseURL }) => {
  requirePage('assess/', 'the base-path assessment test');
  const problems = watch(page, new URL(baseURL ?? '').origin);
  await page.goto('assess/');
  await hydrateIslands(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const answer = page.getByRole('radio').first();
  await answer.check();
  await expect(answer).toBeChecked();
  expect(problems).toEqual([]);
});

test.describe('offline reading under the base path', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker is scoped to the base path; offline, a page read opens and another shows the offline page', async ({ page, context }) => {
    // A host of its own, so going offline can mean shutting it down (test/e2e/helpers/offline.ts).
    const host = await ownHost();
    try {
      await page.goto(host.at(''));
      await waitForControl(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(host.at(''));
      await page.goto(host.at('playbook/'));
      await host.goOffline(context);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtHeading('playbook/'));
      expect(await stylesLoaded(page)).toBe(true);
      await page.goto(host.at('metrics/'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
      const read = page.getByRole('main').getByRole('listitem').getByRole('link', { name: builtTitle('playbook/'), exact: true });
      await expect(read).toHaveAttribute('href', withBase('playbook/'));
    } finally {
      await host.close();
    }
  });
});
