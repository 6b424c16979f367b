import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { axeInBothSchemes } from './helpers/axe';
import { hydrateIslands } from './helpers/site';

/** Islands here hydrate when visible (client:visible): bring the field into view, wait for it to come alive. */
async function ready(field: Locator): Promise<Locator> {
  await field.scrollIntoViewIfNeeded();
  await expect(field).toBeEnabled();
  return field;
}

test('details filled on one play appear in the templates of another', async ({ page }) => {
  await page.goto('playbook/kickoff-call/');
  const template = page.getByRole('region', { name: /./ }).filter({ has: page.getByRole('button', { name: 'Copy' }) }).first();
  await expect(template).toContainText('[Customer]');

  const customer = await ready(page.getByRole('textbox', { name: 'Customer name' }));
  await customer.fill('Northwind Traders');
  await page.getByRole('textbox', { name: 'Contact name' }).fill('Priya');
  await expect(template).toContainText('Priya');

  await page.goto('playbook/renewal-preparation/');
  const other = page.getByRole('region', { name: /./ }).filter({ has: page.getByRole('button', { name: 'Copy' }) }).first();
  await other.scrollIntoViewIfNeeded();
  await expect(other).toContainText('Priya');
  await expect(await ready(page.getByRole('textbox', { name: 'Contact name' }))).toHaveValue('Priya');
});

test('values are shown as text, never as markup', async ({ page }) => {
  await page.goto('playbook/kickoff-call/');
  const contact = await ready(page.getByRole('textbox', { name: 'Contact name' }));
  await contact.fill('<img src=x onerror="window.__pwned=1">');
  await expect(page.locator('pre').first()).toContainText('<img src=x');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('Copy puts the filled text on the clipboard and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('playbook/kickoff-call/');
  const contact = await ready(page.getByRole('textbox', { name: 'Contact name' }));
  await contact.fill('Jordan');
  await page.getByRole('button', { name: 'Copy body' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' }).first()).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Jordan');
  expect(copied).not.toContain('{contact}');
});

test('the start-here checklist keeps its ticks after a reload', async ({ page }) => {
  await page.goto('playbook/start-here/');
  await expect(page.getByRole('heading', { level: 1, name: /Start here/ })).toBeVisible();
  const first = await ready(page.getByRole('checkbox').first());
  await first.check();
  await expect(page.getByText(/^1 of \d+ done$/)).toBeVisible();
  await page.reload();
  await expect(await ready(page.getByRole('checkbox').first())).toBeChecked();
  await expect(page.getByText(/^1 of \d+ done$/)).toBeVisible();
});

test('the playbook index groups plays by phase with jump links and loads no island', async ({ page }) => {
  await page.goto('playbook/');
  await expect(page.getByRole('heading', { level: 1, name: 'CSM playbook' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Jump to a phase' }).getByRole('link', { name: 'Onboarding' }).click();
  await expect(page).toHaveURL(/#phase-onboarding$/);
  await expect(page.locator('astro-island')).toHaveCount(0);
});

test('playbook pages pass axe in light and dark mode with details filled', async ({ page }) => {
  await page.goto('playbook/kickoff-call/');
  await (await ready(page.getByRole('textbox', { name: 'Customer name' }))).fill('Contoso');
  for (const path of ['playbook/kickoff-call/', 'playbook/', 'playbook/start-here/']) {
    if (path !== 'playbook/kickoff-call/') await page.goto(path);
    await hydrateIslands(page);
    expect(await axeInBothSchemes(page), path).toEqual({ light: [], dark: [] });
  }
});

test('when the clipboard is refused, Copy selects the text and says how to copy it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto('playbook/kickoff-call/');
  await ready(page.getByRole('textbox', { name: 'Customer name' }));
  await page.getByRole('button', { name: 'Copy body' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: /Copying was blocked.*Ctrl\+C/ }).first()).toBeVisible();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected).toContain('[Contact]');
});

test('with storage blocked, details still fill the templates and a notice says they are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto('playbook/kickoff-call/');
  const contact = await ready(page.getByRole('textbox', { name: 'Contact name' }));
  await expect(page.getByText(/not letting the site store data/)).toBeVisible();
  await contact.fill('Fabrikam');
  await expect(page.locator('pre').first()).toContainText('Hi Fabrikam');
});

test('templates read as plain text with visible placeholders before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('playbook/service-outage-communication/');
  await expect(page.getByRole('heading', { level: 2, name: /Email template/ })).toBeVisible();
  await expect(page.locator('pre').first()).toContainText('[Contact]');
  await expect(page.getByRole('link', { name: 'Open in email' }).first()).toHaveAttribute('href', /^mailto:\?subject=/);
  await context.close();
});
