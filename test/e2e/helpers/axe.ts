/**
 * axe-core in the page under test, for every spec that checks accessibility.
 *
 * Why not AxeBuilder.analyze(): it injects axe's 550 KB source twice per call and, by default, opens
 * a blank page to merge results across frames. The site has no frames, so one injection per document
 * and axe.run() in the page give the same violations for a third of the time (measured: 16 s instead
 * of 43 s for six pages in light and dark). The source is the axe-core that @axe-core/playwright
 * itself depends on, so the version stays the one package.json pins.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/** axe rules whose outcome can change with the colour scheme (the site's dark mode is CSS only). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeScan {
  /** Only these rules (all of axe's WCAG and best-practice rules when left out). */
  rules?: string[];
  /** Only this part of the page, as a CSS selector. */
  include?: string;
}

/** Violations on the page as it is now, in a readable form: rule, impact, first offending elements. */
export async function axeViolations(page: Page, scan: AxeScan = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = { resultTypes: ['violations'] };
  if (scan.rules) options.runOnly = { type: 'rule', values: scan.rules };
  const violations = await page.evaluate(
    async ([include, runOptions]) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
      const { violations } = await axe.run(include ? { include: [include] } : document, runOptions);
      return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    },
    [scan.include, options] as const,
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`);
}

/**
 * Violations in the light scheme (every rule) and then in the dark one (the colour rules: nothing
 * else changes with the scheme), without reloading. The page is left in the light scheme.
 */
export async function axeInBothSchemes(page: Page, scan: Omit<AxeScan, 'rules'> = {}): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page, scan);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, { ...scan, rules: COLOUR_RULES });
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark };
}
