/**
 * Smoke test of a build for a sub-path (BASE_PATH=/playbook/), served under that path: links and
 * assets resolve under the base, islands hydrate, search finds pages and links to them under the
 * base, and the assessment works. Runs only against such a build (test/run-all.mjs makes one):
 *
 *   OUT_DIR=/tmp/base-dist BASE_PATH=/playbook/ npx astro build
 *   OUT_DIR=/tmp/base-dist BASE_PATH=/playbook/ npx playwright test test/e2e/base-path.spec.ts
 */
import { expect, test, type Page } from '@playwright/test';
import { basePath, hydrateIslands, openSearchOnce, sitemapPages } from './helpers/site';

test.skip(basePath === '/', 'needs a build for a sub-path: set BASE_PATH (and OUT_DIR) as in the header comment');

/** One page of each kind that exists in the build, to keep the smoke test quick. */
function samplePages(): string[] {
  const pages = sitemapPages();
  const picks = ['', 'stages/', 'playbook/', 'practices/', 'metrics/', 'assess/', 'search/', 'sources/'].filter((p) => pages.includes(p));
  for (const section of ['stages/', 'playbook/', 'practices/', 'metrics/']) {
    const first = pages.find((p) => p.startsWith(section) && p !== section);
    if (first) picks.push(first);
  }
  return picks;
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
    if (!url.pathname.startsWith(basePath)) problems.push(`outside ${basePath}: ${url.pathname}`);
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
    expect.soft(response?.status(), path).toBe(200);
    await hydrateIslands(page);
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      if (url.origin === origin) links.add(url.pathname);
    }
  }
  for (const pathname of links) {
    if (!pathname.startsWith(basePath)) {
      problems.push(`link outside ${basePath}: ${pathname}`);
      continue;
    }
    const response = await page.request.get(pathname);
    if (response.status() !== 200) problems.push(`link ${response.status()}: ${pathname}`);
  }
  expect(links.size).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});

test('search finds pages and links to them under the base path', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL ?? '').origin);
  const results = await openSearchOnce(page);
  const first = results.getByRole('link').first();
  expect(new URL((await first.getAttribute('href')) ?? '', baseURL).pathname.startsWith(basePath)).toBe(true);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${new URL(baseURL ?? '').origin}${basePath}.+`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the assessment loads, hydrates and takes an answer', async ({ page, baseURL }) => {
  test.skip(!sitemapPages().includes('assess/'), 'no assessment page in this build yet');
  const problems = watch(page, new URL(baseURL ?? '').origin);
  await page.goto('assess/');
  await hydrateIslands(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const answer = page.getByRole('radio').first();
  await answer.check();
  await expect(answer).toBeChecked();
  expect(problems).toEqual([]);
});
