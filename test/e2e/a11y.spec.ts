/**
 * axe on every page in the sitemap (and the 404 page), after islands have hydrated, in the light
 * and the dark colour scheme: zero violations. The dark pass runs the rules that depend on colour
 * (the scheme changes nothing else), which halves the time of this, the slowest spec. The islands'
 * interactive states (dialogs, results, errors) are checked by their own feature specs.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { extraPages, hydrateIslands, label, pageGroups, sitemapPages } from './helpers/site';

/** axe rules whose outcome can change with the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Violations in a readable form: rule, impact, and the first few offending elements. */
async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Only violations are reported: skipping the details of passing nodes makes axe much faster.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (rules) builder.withRules(rules);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const group of pageGroups([...sitemapPages(), ...extraPages], 6)) {
  test(`axe, light and dark: ${group.title}`, async ({ page }) => {
    test.setTimeout(20_000 * group.pages.length);
    for (const path of group.pages) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await hydrateIslands(page);
      expect.soft(await axeViolations(page), `${label(path)} in light`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect.soft(await axeViolations(page, COLOUR_RULES), `${label(path)} in dark`).toEqual([]);
    }
  });
}
