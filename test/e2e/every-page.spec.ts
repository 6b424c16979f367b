/**
 * Every page in the sitemap, and the 404 page, visited once as a reader's browser gets it from a
 * static host (the build's _headers applied), with its islands hydrated:
 *
 *   - the browser reports no Content-Security-Policy violation (header and <meta> policy both enforced);
 *   - nothing is requested from another origin (no fonts, analytics or CDNs);
 *   - axe finds nothing, in the light scheme (every rule) and the dark one (the colour rules).
 *
 * One visit serves the three checks, and each worker keeps one browser context for all its pages:
 * a new context per page costs more than the page. Each page is its own test, so a failure names it.
 * The proof that these checks can fail is in csp.spec.ts (negative controls).
 */
import { expect, test as base, type Page } from '@playwright/test';
import { axeInBothSchemes } from './helpers/axe';
import { everyPage, hydrateIslands, label, NOT_FOUND_PAGE, recordCspViolations, recordOffsiteRequests } from './helpers/site';

interface Visitor {
  page: Page;
  cspViolations: (page: Page) => Promise<string[]>;
  offsite: string[];
}

const test = base.extend<object, { visitor: Visitor }>({
  visitor: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL ?? '';
      const context = await browser.newContext({ baseURL });
      const cspViolations = await recordCspViolations(context);
      const offsite = await recordOffsiteRequests(context, new URL(baseURL).origin);
      await use({ page: await context.newPage(), cspViolations, offsite });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

for (const path of everyPage()) {
  test(`${label(path)}: no CSP violation, no third-party request, axe clean in light and dark`, async ({ visitor }) => {
    const { page, offsite } = visitor;
    offsite.length = 0;
    const response = await page.goto(path);
    expect.soft(response?.status(), 'HTTP status').toBe(path === NOT_FOUND_PAGE ? 404 : 200);
    await hydrateIslands(page);
    const { light, dark } = await axeInBothSchemes(page);
    expect.soft(light, 'axe in light').toEqual([]);
    expect.soft(dark, 'axe in dark (colour rules)').toEqual([]);
    expect.soft(await visitor.cspViolations(page), 'CSP violations').toEqual([]);
    expect.soft(offsite, 'requests to other origins').toEqual([]);
  });
}
