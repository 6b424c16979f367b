/**
 * A new CSM's first ten minutes, on the built site: the start-here path leads somewhere at every
 * step (journey 2), and the kickoff email can be filled and copied ready to send (journey 3).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The checklist's items: each list item with a tick box. */
function checklistItems(page: Page): Locator {
  return page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('checkbox') });
}

test('start here: every item of the path opens its page, with a 200 and a heading', async ({ page }) => {
  await page.goto('playbook/start-here/');
  await expect(page.getByRole('heading', { level: 1, name: /Start here/ })).toBeVisible();
  const progress = await page.getByText(/^0 of \d+ done$/).textContent();
  const total = Number(/of (\d+)/.exec(progress ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(16);
  await expect(checklistItems(page)).toHaveCount(total);

  const items = await checklistItems(page).all();
  const links = await Promise.all(items.map(async (item) => {
    const link = item.getByRole('link');
    await expect(link, `"${await item.textContent()}" has a link`).toHaveCount(1);
    return { name: (await link.textContent())?.trim() ?? '', text: (await item.textContent())?.trim() ?? '' };
  }));

  for (const [index, { name, text }] of links.entries()) {
    await page.goto('playbook/start-here/');
    const navigation = page.waitForResponse((response) => response.request().isNavigationRequest() && response.request().frame() === page.mainFrame());
    await checklistItems(page).nth(index).getByRole('link', { name, exact: true }).click();
    const response = await navigation;
    expect(response.status(), `item ${index + 1} (${text}) → ${response.url()}`).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), `item ${index + 1} lands on a page with a heading`).toBeVisible();
    await expect(page).not.toHaveURL(/start-here/);
  }
});

test.describe('the kickoff email, filled for Acme and copied', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  async function detailsOf(page: Page): Promise<Locator> {
    const details = page.getByRole('region', { name: 'Your details' });
    await details.scrollIntoViewIfNeeded();
    await expect(details.getByRole('textbox').first()).toBeEnabled();
    return details;
  }

  test('Copy subject and Copy body give the filled email; what is not filled stays in brackets', async ({ page }) => {
    await page.goto('playbook/kickoff-call/');
    const details = await detailsOf(page);
    await details.getByRole('textbox', { name: 'Customer name' }).fill('Acme');
    await details.getByRole('textbox', { name: 'Contact name' }).fill('Jordan Ellis');

    const invitation = page.getByRole('region', { name: 'Kickoff invitation and agenda' });
    await invitation.getByRole('button', { name: 'Copy subject' }).click();
    const subject = await page.evaluate(() => navigator.clipboard.readText());
    expect(subject).toContain('Kickoff for Acme');
    expect(subject).not.toContain('[Customer]');
    expect(subject, 'the kickoff date is not filled yet, so it stays visibly bracketed').toContain('[Kickoff date]');

    await invitation.getByRole('button', { name: 'Copy body' }).click();
    const body = await page.evaluate(() => navigator.clipboard.readText());
    expect(body).toMatch(/^Hi Jordan Ellis,/);
    expect(body).not.toContain('[Contact]');
    expect(body).not.toMatch(/\{\w+\}/);
    expect(body).toContain('[Kickoff date]');
    expect(body).toContain('[Your name]');
  });

  test('"Copied" shows beside the button that was pressed, not under another one', async ({ page }) => {
    await page.goto('playbook/kickoff-call/');
    await detailsOf(page);
    const recap = page.getByRole('region', { name: 'Kickoff recap' });
    const button = recap.getByRole('button', { name: 'Copy body' });
    await button.click();
    const copied = page.getByRole('status').filter({ hasText: 'Copied' });
    await expect(copied).toHaveCount(1);
    const [buttonBox, statusBox] = [await button.boundingBox(), await copied.boundingBox()];
    expect(buttonBox && statusBox).toBeTruthy();
    if (!buttonBox || !statusBox) return;
    // Same line, just after the button.
    expect(Math.abs(statusBox.y + statusBox.height / 2 - (buttonBox.y + buttonBox.height / 2))).toBeLessThan(buttonBox.height / 2);
    expect(statusBox.x - (buttonBox.x + buttonBox.width)).toBeGreaterThanOrEqual(0);
    expect(statusBox.x - (buttonBox.x + buttonBox.width)).toBeLessThan(40);
  });

  test('"Your details" asks for each thing the page\'s emails use, one field per thing, and nothing else', async ({ page }) => {
    await page.goto('playbook/kickoff-call/');
    const details = await detailsOf(page);
    const fields = details.getByRole('textbox');
    const names = await fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
    expect(names).toEqual(['Customer name', 'Contact name', 'Your name', 'Product', 'Kickoff date', 'Date of the first result', 'Meeting date you propose']);

    // Each field fills something the reader can see in the templates, and every bracket it fills goes.
    const templates = page.getByRole('region').filter({ has: page.getByRole('button', { name: 'Copy body' }) });
    for (const [index, name] of names.entries()) {
      const value = `value-${index}`;
      await details.getByRole('textbox', { name, exact: true }).fill(value);
      await expect(templates.filter({ hasText: value }).first(), `${name} appears in a template`).toBeVisible();
    }
    for (const template of await templates.all()) {
      const text = (await template.locator('pre').textContent()) ?? '';
      expect(text, 'no placeholder marker is left once every field is filled').not.toMatch(/\[(Customer|Contact|Your name|Product|Kickoff date|First result date|Meeting date)\]/);
    }
  });

  test('a date filled on one play does not fill a different date on another', async ({ page }) => {
    await page.goto('playbook/kickoff-call/');
    const details = await detailsOf(page);
    await details.getByRole('textbox', { name: 'Kickoff date' }).fill('12 May');
    await expect(page.getByRole('region', { name: 'Kickoff invitation and agenda' })).toContainText('kickoff on 12 May');
    await expect(page.getByRole('region', { name: 'Kickoff recap' }), 'the first-result date is another date').toContainText('by [First result date]');

    await page.goto('playbook/service-outage-communication/');
    const outage = await detailsOf(page);
    await expect(outage.getByRole('textbox', { name: 'Kickoff date' })).toHaveCount(0);
    await outage.getByRole('textbox', { name: 'Time of your next update' }).fill('15:00 UTC');
    await expect(page.getByRole('region', { name: 'Initial outage notice' })).toContainText('next update by 15:00 UTC');
    await expect(page.getByRole('region', { name: 'All-clear and resolution note' })).toContainText('[Root-cause summary due]');
  });
});
