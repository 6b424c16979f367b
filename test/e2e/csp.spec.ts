/**
 * The strict Content-Security-Policy in a real browser: every page in the sitemap (and the 404 page)
 * loads, hydrates its islands and runs search without a single securitypolicyviolation. Responses
 * carry the headers of dist/_headers, so both the <meta> policy and the header policy are enforced.
 */
import { expect, test, type Page } from '@playwright/test';
import { extraPages, hydrateIslands, label, openSearchOnce, pageGroups, serveWithHeaders, sitemapPages } from './helpers/site';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test.beforeEach(async ({ context, baseURL }) => {
  await serveWithHeaders(context, new URL(baseURL ?? '').origin);
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) sample: ${event.sample}`);
    });
  });
});

test.afterEach(async ({ context }) => {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
});

/**
 * Violations the page reported, plus CSP complaints Chromium only logs, such as a directive it
 * ignores in a <meta> policy (blocked loads are already in the reported list).
 */
function watch(page: Page): () => Promise<string[]> {
  const logged: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content.Security.Policy/i.test(text) && !/violates the following/.test(text)) logged.push(text);
  });
  return async () => {
    const reported = await page.evaluate(() => window.cspViolations);
    return [...reported, ...logged.splice(0)];
  };
}

for (const group of pageGroups([...sitemapPages(), ...extraPages])) {
  test(`no CSP violations: ${group.title}`, async ({ page }) => {
    const violations = watch(page);
    for (const path of group.pages) {
      await page.goto(path);
      await hydrateIslands(page);
      expect.soft(await violations(), label(path)).toEqual([]);
    }
  });
}

test('search (Pagefind and its WebAssembly) runs without CSP violations', async ({ page }) => {
  const violations = watch(page);
  await openSearchOnce(page);
  expect(await violations()).toEqual([]);
});

test('the header policy is in force: the site refuses to be framed', async ({ page, baseURL }) => {
  const response = await page.goto('./');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  // The site's own origin tries to frame its home page: frame-ancestors 'none' forbids even that.
  const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 10_000 });
  await page.setContent(`<iframe src="${baseURL}" title="framed"></iframe>`);
  expect((await refused).text()).toMatch(/frame-ancestors/);
});
