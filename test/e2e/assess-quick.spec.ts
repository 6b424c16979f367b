/** The quick scorecard at /assess/quick/: one pick per area, the lowest sets the overall stage. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe';

const PICKS: [area: string, label: string][] = [
  ['Technology tools', 'Health and CSAT tools'],
  ['Insights', 'Executive interest'],
  ['Support expectations', 'Value-driven support'],
  ['Support focus', 'AI-driven insights'],
  ['Support staffing', 'Aspirational roles'],
];

async function open(page: Page) {
  await page.goto('assess/quick/');
  await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible();
}

test('five areas, each option labelled with its scorecard label', async ({ page }) => {
  await open(page);
  for (const [area] of PICKS) await expect(page.getByRole('group', { name: area }).getByRole('radio')).toHaveCount(6);
  const tools = page.getByRole('group', { name: 'Technology tools' });
  for (const label of ['Spreadsheets', 'Rudimentary CRM', 'Dedicated tools added', 'Health and CSAT tools', 'App monitoring', 'Predictive insights']) {
    await expect(tools.getByRole('radio', { name: label, exact: true })).toHaveCount(1);
  }
});

test('the lowest pick is the overall stage; areas above it are ahead; picks are kept', async ({ page }) => {
  await open(page);
  for (const [area, label] of PICKS.slice(0, 4)) await page.getByRole('group', { name: area }).getByRole('radio', { name: label, exact: true }).check();
  await expect(page.getByText('4 of 5 areas placed')).toBeVisible();
  const [area, label] = PICKS[4]!;
  await page.getByRole('group', { name: area }).getByRole('radio', { name: label, exact: true }).check();
  await expect(page.getByText('Overall stage: 3 · Managed')).toBeVisible();
  const table = page.getByRole('table', { name: 'Where each area stands' });
  await expect(table.getByRole('row', { name: /Insights/ })).toContainText('Sets the overall stage');
  await expect(table.getByRole('row', { name: /Support staffing/ })).toContainText('Ahead by 3');
  await expect(page.getByRole('link', { name: /full 30-statement assessment/ })).toHaveAttribute('href', /\/assess\/$/);

  await page.reload();
  await expect(page.getByText('Overall stage: 3 · Managed')).toBeVisible();
  await page.getByRole('button', { name: 'Clear picks' }).click();
  await expect(page.getByText('0 of 5 areas placed')).toBeVisible();
});

test('axe finds nothing on the quick scorecard result', async ({ page }) => {
  await open(page);
  for (const [area, label] of PICKS) await page.getByRole('group', { name: area }).getByRole('radio', { name: label, exact: true }).check();
  expect(await axeViolations(page)).toEqual([]);
});
