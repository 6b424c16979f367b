/**
 * The Content-Security-Policy in a real browser, served as a static host serves the build: the header
 * policy from _headers on top of each page's <meta> policy. Every page is checked in
 * every-page.spec.ts; here: search (Pagefind and its WebAssembly), framing, and negative controls
 * showing that the violation check fails when a page's inline script is missing from either policy.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { basePath, requirePage, siteDir, withBase } from '../helpers/built-site.ts';
import { hashSource } from '../helpers/csp.ts';
import { inlineScriptsOf } from '../helpers/html.ts';
import { serveSite } from '../helpers/static-host.ts';
import { openSearchOnce, recordCspViolations } from './helpers/site';

test('search (Pagefind and its WebAssembly) runs without CSP violations', async ({ context, page }) => {
  const cspViolations = await recordCspViolations(context);
  await openSearchOnce(page);
  expect(await cspViolations(page)).toEqual([]);
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

/**
 * A copy of the build in which the home page's first inline script is no longer allowed by one of
 * the two policies, served by the same static host; what the browser reports there.
 */
async function violationsWithoutScriptHash(browser: Browser, policy: 'meta' | 'header'): Promise<string[]> {
  const home = requirePage('', 'the CSP negative control');
  const script = inlineScriptsOf(readFileSync(home, 'utf8'))[0];
  if (script === undefined) throw new Error('the home page has no inline script: the negative control needs one to remove');
  const hash = hashSource(script);
  const copy = mkdtempSync(join(tmpdir(), 'smp-csp-control-'));
  try {
    cpSync(siteDir(), copy, { recursive: true });
    const file = policy === 'meta' ? join(copy, 'index.html') : join(copy, '_headers');
    const original = readFileSync(file, 'utf8');
    const tampered = original.replaceAll(` ${hash}`, '');
    expect(tampered, `the ${policy} policy lists ${hash} (the script's hash) before the control removes it`).not.toBe(original);
    writeFileSync(file, tampered);
    const host = await serveSite(copy, basePath());
    const context = await browser.newContext();
    try {
      const cspViolations = await recordCspViolations(context);
      const page = await context.newPage();
      await page.goto(`${host.origin}${withBase('')}`);
      return await cspViolations(page);
    } finally {
      await context.close();
      await host.close();
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

test.describe('negative controls: the violation check fails when it should', () => {
  test('an inline script missing from the page’s <meta> policy is reported', async ({ browser }) => {
    expect(await violationsWithoutScriptHash(browser, 'meta')).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked inline/));
  });

  test('an inline script missing from the _headers policy is reported', async ({ browser }) => {
    expect(await violationsWithoutScriptHash(browser, 'header')).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked inline/));
  });
});
