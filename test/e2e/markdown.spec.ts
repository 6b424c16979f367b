/**
 * "Copy as Markdown" on play, practice and metric pages, and a play on paper. The copied Markdown is
 * read back with `marked` (a parser the site does not use) and its headings, list items, tables and
 * templates are compared with what the page shows, never with the converter's own output.
 */
import { expect, test, type Page } from '@playwright/test';
import { marked } from 'marked';
import { axeInBothSchemes } from './helpers/axe';

interface Reading {
  headings: string[];
  items: string[];
  tables: string[][];
  code: string[];
  links: string[];
}

/**
 * Headings ("H2 Goal"), list items (their own text, nested lists aside), table rows, preformatted
 * text and link targets: of the page's <article> as shown (hidden parts left out), or of `html`.
 */
function read(page: Page, html?: string): Promise<Reading> {
  return page.evaluate((source) => {
    const root = source === undefined ? document.querySelector('article')! : new DOMParser().parseFromString(source, 'text/html').body;
    const shown = (element: Element) => source !== undefined || element.checkVisibility();
    const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const all = (selector: string) => [...root.querySelectorAll(selector)].filter(shown);
    const ownText = (item: Element) => {
      const copy = item.cloneNode(true) as Element;
      for (const nested of copy.querySelectorAll('ul, ol')) nested.remove();
      return words(copy.textContent);
    };
    return {
      headings: all('h1, h2, h3, h4, h5, h6').map((h) => `${h.tagName} ${words(h.textContent)}`),
      items: all('li').map(ownText),
      tables: all('table').map((table) => [...table.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => words(cell.textContent)).join(' | '))),
      code: all('pre').map((pre) => (pre.textContent ?? '').trim()),
      links: all('a').map((a) => (a as HTMLAnchorElement).href),
    };
  }, html);
}

async function copyAsMarkdown(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied as Markdown' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('Copy as Markdown', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('a play copies as Markdown that parses back to the headings, list items and filled templates on the page', async ({ page }) => {
    await page.goto('playbook/kickoff-call/');
    const contact = page.getByRole('textbox', { name: 'Contact name' });
    await expect(contact).toBeEnabled();
    await contact.fill('Priya Raman');
    await expect(page.locator('pre').first()).toContainText('Hi Priya Raman,');

    const markdown = await copyAsMarkdown(page);
    const copied = await read(page, marked.parse(markdown, { async: false }));
    const shown = await read(page);

    // "Your details" is a form to fill on screen: the copy has the templates it filled instead.
    expect(shown.headings).toContain('H3 Your details');
    expect(copied.headings).toEqual(shown.headings.filter((heading) => heading !== 'H3 Your details'));
    expect(copied.headings[0]).toBe('H1 Kickoff call');
    expect(shown.items.length).toBeGreaterThan(10);
    expect(copied.items).toEqual(shown.items);
    // The templates as filled at the moment of copying; what was left empty stays in brackets.
    expect(copied.code).toEqual(shown.code);
    expect(copied.code[0]).toContain('Hi Priya Raman,');
    expect(copied.code[0]).toContain('[Kickoff date]');
    expect(markdown).not.toMatch(/\{contact\}|Copy body|Open in email|Clear details|Play · /);
    expect(copied.links).toContain(page.url());
  });

  test('a metric copies with its benchmark table, and a practice with its lists', async ({ page }) => {
    await page.goto('metrics/first-contact-resolution/');
    const metric = await read(page, marked.parse(await copyAsMarkdown(page), { async: false }));
    const metricShown = await read(page);
    expect(metricShown.tables.length).toBeGreaterThan(0);
    expect(metric.tables).toEqual(metricShown.tables);
    expect(metric.headings).toEqual(metricShown.headings);
    expect(metric.links).toContain(page.url());

    await page.goto('practices/swarming-vs-tiered-support/');
    const practice = await read(page, marked.parse(await copyAsMarkdown(page), { async: false }));
    const practiceShown = await read(page);
    expect(practiceShown.tables.length).toBeGreaterThan(0);
    expect(practiceShown.items.length).toBeGreaterThan(0);
    expect(practice.headings).toEqual(practiceShown.headings);
    expect(practice.items).toEqual(practiceShown.items);
    expect(practice.tables).toEqual(practiceShown.tables);
  });
});

test('when the clipboard is refused, the Markdown is shown selected in a text box, with a message', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.goto('playbook/kickoff-call/');
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copying was blocked' })).toBeVisible();
  const box = page.getByRole('textbox', { name: 'This page as Markdown' });
  await expect(box).toBeFocused();
  const markdown = await box.inputValue();
  expect(markdown.startsWith('# Kickoff call\n')).toBe(true);
  // All of it selected, ready for Ctrl+C.
  expect(await box.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd))).toBe(markdown);
  expect(markdown).toContain('From the Support Maturity Playbook: <');
  expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
});

test('when the converter cannot load (offline after the page loaded), the button says so', async ({ page }) => {
  await page.goto('metrics/first-contact-resolution/');
  await page.route('**/copy-page.*.js', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copy as Markdown could not load: check your connection, then try again.' })).toBeVisible();
});

test('a play prints on at most three A4 pages, with its address under the title and no form or buttons', async ({ page }) => {
  for (const slug of ['kickoff-call', 'service-outage-communication', 'quarterly-business-review']) {
    await page.goto(`playbook/${slug}/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(`Online at ${canonical}`)).toBeVisible();
    await expect(page.getByRole('button', { name: /Copy|Clear details/ })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    expect(pages, `${slug} printed`).toBeGreaterThan(0);
    expect(pages, `${slug} printed`).toBeLessThanOrEqual(3);
    await page.emulateMedia({ media: 'screen' });
  }
});
