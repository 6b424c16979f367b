import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeInBothSchemes } from './helpers/axe';

const FCR = 'First Contact Resolution (FCR)';

async function openBenchmark(page: Page) {
  await page.goto('metrics/benchmark/');
  await expect(page.getByRole('heading', { level: 1, name: 'Benchmark yourself' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: FCR })).toBeEnabled();
}

async function enter(page: Page, name: string, value: string) {
  const field = page.getByRole('textbox', { name });
  await field.fill(value);
  await field.press('Enter');
}

test.describe('benchmark yourself', () => {
  test('an entered figure is placed against the benchmark, with what to do and the source', async ({ page }) => {
    await openBenchmark(page);
    await enter(page, FCR, '60');
    const fcr = page.getByRole('group', { name: FCR });
    await expect(fcr).toContainText('Typical');
    await expect(fcr).toContainText('At or above the published average (54%)');
    await expect(fcr).toContainText('What to do:');
    await expect(fcr).toContainText('Source:');
    await expect(fcr).toContainText('2020');
    await expect(fcr.getByRole('link', { name: 'About First Contact Resolution' })).toHaveAttribute('href', /\/metrics\/first-contact-resolution\/$/);
    await expect(page.getByRole('status').filter({ hasText: `Saved ${FCR}: 60%, typical.` })).toBeVisible();

    await enter(page, 'Escalation Rate', '60');
    await expect(page.getByRole('group', { name: 'Escalation Rate' })).toContainText('Below typical');
    await expect(page.getByText('2 figures entered: 1 typical, 1 below typical.')).toBeVisible();
  });

  test('an invalid figure gets a message tied to its field and the saved one survives a reload', async ({ page }) => {
    await openBenchmark(page);
    await enter(page, FCR, '60');
    const field = page.getByRole('textbox', { name: FCR });
    await expect(page.getByRole('group', { name: FCR })).toContainText('Typical');

    await enter(page, FCR, '150');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/First Contact Resolution \(FCR\) is a percentage and cannot be over 100: enter a value from 0 to 100\. Your saved figure, 60%, is kept\./);
    await enter(page, FCR, 'lots');
    await expect(field).toHaveAccessibleDescription(/First Contact Resolution \(FCR\) needs a number/);
    await enter(page, FCR, '');
    await expect(field).toHaveAccessibleDescription(/Enter a number for First Contact Resolution \(FCR\)\./);
    await enter(page, 'Churn', '-4');
    await expect(page.getByRole('textbox', { name: 'Churn' })).toHaveAccessibleDescription(/cannot be negative/);

    await page.reload();
    await expect(field).toBeEnabled();
    await expect(field).toHaveValue('60');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: 'Churn' })).toHaveValue('');
    await expect(page.getByRole('group', { name: FCR })).toContainText('Typical');
  });

  test('stored data that was tampered with is not used, and the page says so and keeps it', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('smp:benchmark:v1', JSON.stringify({ 'first-contact-resolution': 900, churn: '<b>x</b>', 'time-to-resolution': 20 }));
    });
    await openBenchmark(page);
    await expect(page.getByRole('textbox', { name: FCR })).toHaveValue('');
    await expect(page.getByRole('group', { name: FCR })).toContainText('A figure stored earlier, 900, is outside this field’s range');
    await expect(page.getByRole('textbox', { name: 'Churn' })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'Time to Resolution (TTR)' })).toHaveValue('20');
    await expect(page.getByText(/could not be fully read/)).toBeVisible();
    await page.getByRole('link', { name: 'Download or discard it on the Your data page' }).click();
    await expect(page.getByRole('rowheader', { name: 'Unreadable copy: Benchmark figures' })).toBeVisible();
  });

  test('each published figure is read for what it is: a target line is met or missed, a range holds the figure, other kinds are not placed and say why', async ({ page }) => {
    await openBenchmark(page);
    await enter(page, 'Churn', '2');
    const churn = page.getByRole('group', { name: 'Churn' });
    await expect(churn.getByRole('listitem').filter({ hasText: 'Typical' }).last()).toContainText('At or below the published average (10%).');
    await expect(churn).toContainText('Meets the target Below the line at 3% (Target: less than 3%).');
    await expect(page.getByRole('status').filter({ hasText: 'Saved Churn: 2%, typical, meets the target.' })).toBeVisible();

    await enter(page, 'Support Funding Level', '20');
    await expect(page.getByRole('group', { name: 'Support Funding Level' })).toContainText('Above the range Above the range reported, 2–16%.');

    const esat = page.getByRole('group', { name: 'Employee Satisfaction (ESAT)' });
    await expect(esat).toContainText('Tiered 77% · non-tiered 86%');
    await expect(esat).toContainText('Not used for placing: It gives a separate figure for each type of organisation');
    await enter(page, 'Employee Satisfaction (ESAT)', '80');
    await expect(esat).toContainText('Not placed: none of the published figures above is a level it can be set against.');
    await expect(esat).not.toContainText('Typical');
    await expect(page.getByText('3 figures entered: 1 typical, 1 meets the target, 1 above the range.')).toBeVisible();
  });

  test('Download CSV saves the entered figures with their placement, figures, source and year', async ({ page }) => {
    await openBenchmark(page);
    await enter(page, FCR, '60');
    await enter(page, 'Escalation Rate', '60');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('benchmark-yourself.csv');
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Metric,Your value,Unit,Placement,Compared with,Source,Year');
    expect(lines.find((line) => line.startsWith('Escalation Rate'))).toMatch(/^Escalation Rate,60,%,Below typical,Typical \d+(\.\d+)?%,.*,20\d\d$/);
    expect(lines.find((line) => line.startsWith(FCR))).toMatch(/^First Contact Resolution \(FCR\),60,%,Typical,Typical 54%,Customer Support Transformation.*,2020$/);
    expect(lines).toHaveLength(4); // header, two rows, final line break
  });

  test('Clear all can be undone', async ({ page }) => {
    await openBenchmark(page);
    await enter(page, FCR, '60');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page.getByRole('textbox', { name: FCR })).toHaveValue('');
    await expect(page.getByRole('status').filter({ hasText: 'Cleared 1 figure.' })).toBeVisible();
    const undo = page.getByRole('button', { name: 'Undo clear' });
    await expect(undo).toBeFocused();
    await undo.click();
    await expect(page.getByRole('textbox', { name: FCR })).toHaveValue('60');
    await expect(page.getByRole('button', { name: 'Clear all' })).toBeFocused();
  });

  test('a single figure can be removed', async ({ page }) => {
    await openBenchmark(page);
    await enter(page, FCR, '60');
    await page.getByRole('button', { name: 'Remove your First Contact Resolution figure' }).click();
    await expect(page.getByRole('textbox', { name: FCR })).toHaveValue('');
    await page.reload();
    await expect(page.getByRole('textbox', { name: FCR })).toBeEnabled();
    await expect(page.getByRole('textbox', { name: FCR })).toHaveValue('');
  });

  test('when storage is blocked the tool still works and says nothing will be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'QuotaExceededError');
      };
    });
    await openBenchmark(page);
    await expect(page.getByText(/won’t be kept after you leave this page/)).toBeVisible();
    await enter(page, FCR, '60');
    await expect(page.getByRole('group', { name: FCR })).toContainText('Typical');
  });
});

async function openForecast(page: Page) {
  await page.goto('metrics/forecast/');
  await expect(page.getByRole('heading', { level: 1, name: 'Support demand forecast' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Customers or users today' })).toBeEnabled();
}

async function fillForecast(page: Page) {
  await page.getByRole('textbox', { name: 'Customers or users today' }).fill('1000');
  await page.getByRole('textbox', { name: 'New users per month' }).fill('100');
  await page.getByRole('textbox', { name: 'Cases per existing user per year' }).fill('6');
  await page.getByRole('textbox', { name: 'Expected deflection (%)' }).fill('20');
  await page.getByRole('textbox', { name: 'Cases an agent resolves per month' }).fill('100');
  await page.getByRole('button', { name: 'Update forecast' }).click();
}

test.describe('demand forecast', () => {
  test('starts from the published 4.4 cases per new user and fills a 12-month table and chart', async ({ page }) => {
    await openForecast(page);
    await expect(page.getByRole('textbox', { name: 'Cases per new user' })).toHaveValue('4.4');
    await expect(page.getByText(/Enter the 5 remaining figures/)).toBeVisible();
    await fillForecast(page);
    const table = page.getByRole('table', { name: /Monthly cases and staff needed/ });
    await expect(table.getByRole('row')).toHaveCount(13);
    // Month 1: 100 × 4.4 + 1000 × 6 ÷ 12 = 940, less 20 % = 752 cases, 8 people at 100 each.
    await expect(table.getByRole('row').nth(1)).toHaveText(/Month 1\s*1,100\s*440\s*500\s*188\s*752\s*8/);
    await expect(table.getByRole('row').nth(12)).toHaveText(/Month 12\s*2,200\s*440\s*1,050\s*298\s*1,192\s*12/);
    const chart = page.getByRole('img', { name: 'Cases to handle and staff needed, next 12 months', exact: true });
    await expect(chart).toHaveAccessibleDescription(/752 in month 1 to 1,192 in month 12/);
    await expect(page.getByRole('status').filter({ hasText: 'Forecast updated: month 12 needs 12 staff for 1,192 cases.' })).toBeVisible();
  });

  test('the table updates when a figure changes, and an invalid figure keeps the last valid forecast', async ({ page }) => {
    await openForecast(page);
    await fillForecast(page);
    const table = page.getByRole('table', { name: /Monthly cases and staff needed/ });
    const month12 = table.getByRole('row').nth(12);
    await expect(month12).toHaveText(/1,192\s*12$/);

    const deflection = page.getByRole('textbox', { name: 'Expected deflection (%)' });
    await deflection.fill('100');
    await deflection.press('Enter');
    await expect(month12).toHaveText(/1,490\s*0\s*0$/);

    await deflection.fill('150');
    await deflection.press('Enter');
    await expect(deflection).toHaveAttribute('aria-invalid', 'true');
    await expect(deflection).toHaveAccessibleDescription(/Expected deflection \(%\) is a percentage and cannot be over 100.*The forecast still uses 100\./);
    await expect(month12).toHaveText(/1,490\s*0\s*0$/);
    await expect(page.getByText(/forecast from your last valid figures/)).toBeVisible();

    const perAgent = page.getByRole('textbox', { name: 'Cases an agent resolves per month' });
    await perAgent.fill('0');
    await perAgent.press('Enter');
    await expect(perAgent).toHaveAccessibleDescription(/Cases an agent resolves per month must be at least 1: enter a value from 1 to 10,000\./);

    await page.reload();
    await expect(deflection).toBeEnabled();
    await expect(deflection).toHaveValue('100');
    await expect(perAgent).toHaveValue('100');
    await expect(page.getByRole('table', { name: /Monthly cases and staff needed/ }).getByRole('row').nth(12)).toHaveText(/1,490\s*0\s*0$/);
  });

  test('spreading new users’ cases changes the early months', async ({ page }) => {
    await openForecast(page);
    await fillForecast(page);
    await page.getByRole('combobox', { name: 'When new users raise their cases' }).selectOption({ label: 'Spread over their first 3 months' });
    // Month 1: a third of 440 new-user cases.
    await expect(page.getByRole('table', { name: /Monthly cases and staff needed/ }).getByRole('row').nth(1)).toHaveText(/Month 1\s*1,100\s*147\s*500/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('both pages still show the form and explain themselves', async ({ page }) => {
    await page.goto('metrics/benchmark/');
    await expect(page.getByRole('heading', { level: 2, name: 'How the comparison works' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: FCR })).toBeVisible();
    await expect(page.getByRole('group', { name: FCR })).toContainText('54%');
    await page.goto('metrics/forecast/');
    await expect(page.getByRole('heading', { level: 2, name: 'The model', exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Cases per new user' })).toHaveValue('4.4');
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
  });
});

test('metric tools pass axe in light and dark mode with values entered', async ({ page }) => {
  await openBenchmark(page);
  await enter(page, FCR, '60');
  await enter(page, 'Churn', '2');
  await enter(page, 'Escalation Rate', '60');
  await enter(page, 'Collaboration Rate', '50');
  await enter(page, 'Customer Satisfaction (CSAT)', '150');
  await expect(page.getByRole('textbox', { name: 'Customer Satisfaction (CSAT)' })).toHaveAttribute('aria-invalid', 'true');
  expect(await axeInBothSchemes(page), 'benchmark').toEqual({ light: [], dark: [] });

  await openForecast(page);
  await fillForecast(page);
  await expect(page.getByRole('table', { name: /Monthly cases and staff needed/ })).toBeVisible();
  const deflection = page.getByRole('textbox', { name: 'Expected deflection (%)' });
  await deflection.fill('abc');
  await deflection.press('Enter');
  await expect(deflection).toHaveAttribute('aria-invalid', 'true');
  expect(await axeInBothSchemes(page), 'forecast').toEqual({ light: [], dark: [] });
});
