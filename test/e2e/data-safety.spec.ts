/**
 * What a reader sees when data is at stake: CSV files a spreadsheet reads cleanly, share links and
 * imports that do what they say, number fields that refuse nonsense, and pages that say what needs
 * JavaScript when it is off.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openAssessment, rate, statementsOf } from './helpers/assess';

async function download(page: Page, button: string): Promise<{ bytes: Buffer; path: string }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { bytes: await readFile(path), path };
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(path);
}

const BOM = [0xef, 0xbb, 0xbf];

test.describe('CSV files', () => {
  test('the self-evaluation CSV starts with one byte-order mark, then the first header', async ({ page }) => {
    await openAssessment(page);
    await rate(statementsOf(page, 1).first(), 2);
    const { bytes } = await download(page, 'Export CSV');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(bytes.subarray(3, 9).toString('utf8')).toBe('stage,');
  });

  test('the benchmark CSV starts with one byte-order mark, then the first header', async ({ page }) => {
    await page.goto('metrics/benchmark/');
    const field = page.getByRole('textbox', { name: 'First Contact Resolution (FCR)' });
    await expect(field).toBeEnabled();
    await field.fill('60');
    await field.press('Enter');
    const { bytes } = await download(page, 'Download CSV');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(bytes.subarray(3, 10).toString('utf8')).toBe('Metric,');
  });
});

test.describe('share links and imports', () => {
  test('clearing the share link from the address closes the shared view', async ({ page }) => {
    await openAssessment(page);
    await rate(statementsOf(page, 1).first(), 3);
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByLabel('Link to these answers').inputValue();
    await rate(statementsOf(page, 1).first(), 1);
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Shared answers' })).toBeVisible();
    await page.evaluate(() => { location.hash = ''; });
    await expect(page.getByRole('heading', { name: 'Shared answers' })).toHaveCount(0);
    await expect(statementsOf(page, 1).first().getByRole('radio', { name: /^1 · / })).toBeChecked();
  });

  test('importing a file that matches the current answers offers nothing to apply and adds no snapshot', async ({ page }) => {
    await openAssessment(page);
    await rate(statementsOf(page, 1).first(), 3);
    const { path } = await download(page, 'Export JSON');
    await chooseFile(page, path);
    const review = page.getByRole('region', { name: 'Check the import' });
    await expect(review).toContainText('already match');
    await expect(review.getByRole('button', { name: 'Apply import' })).toHaveCount(0);
    await review.getByRole('button', { name: 'Close' }).click();
    await expect(review).toHaveCount(0);
    await expect(page.getByText('No snapshots yet.')).toBeVisible();
  });

  test('an entry the import leaves out is named with the reason, in words that count right', async ({ page }) => {
    await openAssessment(page);
    const ids = await page.evaluate(() => [...new Set([...document.querySelectorAll('input[type=radio]')].map((input) => (input as HTMLInputElement).name))]);
    const path = test.info().outputPath('one-bad.json');
    await writeFile(path, JSON.stringify({ format: 'support-maturity-self-evaluation', version: 1, ratings: { [ids[0]!]: 7, [ids[1]!]: 2 }, notes: {} }));
    await chooseFile(page, path);
    const review = page.getByRole('region', { name: 'Check the import' });
    await expect(review).toContainText('1 rating changes');
    await expect(review).toContainText('1 entry is left out');
    await expect(review).not.toContainText('1 entries');
    const statement = await statementsOf(page, 1).first().locator('legend').innerText();
    await expect(review.getByRole('listitem').filter({ hasText: statement.slice(0, 40) })).toContainText('rating 7 is not 1, 2, 3 or N/A');
  });
});

test.describe('forecast numbers', () => {
  async function fill(page: Page, figures: Record<string, string>) {
    await page.goto('metrics/forecast/');
    await expect(page.getByRole('textbox', { name: 'Customers or users today' })).toBeEnabled();
    for (const [name, value] of Object.entries(figures)) await page.getByRole('textbox', { name }).fill(value);
    await page.getByRole('button', { name: 'Update forecast' }).click();
  }

  test('a vanishing cases-per-agent figure is refused with the field’s range, and nothing prints Infinity', async ({ page }) => {
    await fill(page, {
      'Customers or users today': '1000',
      'New users per month': '100',
      'Cases per existing user per year': '6',
      'Expected deflection (%)': '20',
      'Cases an agent resolves per month': '0.000000000001',
    });
    const field = page.getByRole('textbox', { name: 'Cases an agent resolves per month' });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Cases an agent resolves per month.*from 1 to 10,000/);
    await expect(page.locator('main')).not.toContainText(/Infinity|NaN|e\+\d/);
    await page.reload();
    await expect(field).toBeEnabled();
    await expect(field).toHaveValue('');
  });

  test('the largest accepted figures give a result in full, grouped, without exponents', async ({ page }) => {
    await fill(page, {
      'Customers or users today': '100000000',
      'New users per month': '10000000',
      'Cases per new user': '1000',
      'Cases per existing user per year': '1000',
      'Expected deflection (%)': '0',
      'Cases an agent resolves per month': '1',
    });
    const summary = page.getByText(/Over the next 12 months your team handles/);
    await expect(summary).toContainText(/\d{1,3}(,\d{3}){3,} people/);
    await expect(page.locator('main')).not.toContainText(/Infinity|NaN|e\+\d/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the self-evaluation says answers are neither scored nor kept', async ({ page }) => {
    await page.goto('assess/');
    await expect(page.getByText(/cannot score your answers or keep them/)).toBeVisible();
  });

  test('the details form on a play and the start-here checklist say why they are disabled', async ({ page }) => {
    await page.goto('playbook/kickoff-call/');
    await expect(page.getByRole('textbox', { name: 'Customer name' })).toBeDisabled();
    await expect(page.getByText(/Filling in your details needs JavaScript/)).toBeVisible();
    await page.goto('playbook/start-here/');
    await expect(page.getByRole('checkbox').first()).toBeDisabled();
    await expect(page.getByText(/Ticking items off needs JavaScript/)).toBeVisible();
  });
});
