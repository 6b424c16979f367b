/**
 * The Your data page after a reader has used every tool: it lists what each tool keeps, in words;
 * "Download everything" saves it, "Delete everything" leaves no `smp:` key, and importing the
 * download brings back exactly what was there.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAssessment, rate, statementsOf } from './helpers/assess';

/** Islands that hydrate when visible: bring the control into view and wait until it works. */
async function ready(control: Locator): Promise<Locator> {
  await control.scrollIntoViewIfNeeded();
  await expect(control).toBeEnabled();
  return control;
}

/** Everything the site keeps in this browser, key by key. */
async function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith('smp:')).sort().map((key) => [key, localStorage.getItem(key) ?? ''])));
}

async function useEveryTool(page: Page): Promise<void> {
  await openAssessment(page);
  await rate(statementsOf(page, 1).first(), 2);
  await page.getByLabel('Snapshot name').fill('Baseline');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(page.getByText('Saved the snapshot “Baseline”.')).toBeVisible();

  await page.goto('assess/quick/');
  await page.getByRole('group', { name: 'Insights' }).getByRole('radio', { name: 'Executive interest', exact: true }).check();
  await expect(page.getByText('1 of 5 areas placed')).toBeVisible();

  await page.goto('playbook/kickoff-call/');
  await (await ready(page.getByRole('textbox', { name: 'Customer name' }))).fill('Contoso');

  await page.goto('playbook/start-here/');
  await (await ready(page.getByRole('checkbox').first())).check();

  await page.goto('practices/support-imperatives/');
  await (await ready(page.getByRole('checkbox').first())).check();

  await page.goto('metrics/benchmark/');
  const fcr = await ready(page.getByRole('textbox', { name: 'First Contact Resolution (FCR)' }));
  await fcr.fill('60');
  await fcr.press('Enter');

  await page.goto('metrics/forecast/');
  await ready(page.getByRole('textbox', { name: 'Customers or users today' }));
  const figures = {
    'Customers or users today': '1000',
    'New users per month': '100',
    'Cases per existing user per year': '6',
    'Expected deflection (%)': '20',
    'Cases an agent resolves per month': '100',
  };
  for (const [name, value] of Object.entries(figures)) await page.getByRole('textbox', { name }).fill(value);
  await page.getByRole('button', { name: 'Update forecast' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Forecast updated' })).toBeVisible();
}

test('lists what every tool keeps, downloads it, deletes it, and the download restores it exactly', async ({ page }) => {
  test.setTimeout(120_000);
  await useEveryTool(page);

  await page.goto('your-data/');
  const table = page.getByRole('table', { name: 'Every item, with what it holds' });
  for (const title of [
    'Self-evaluation answers',
    'Self-evaluation snapshots',
    'Quick scorecard picks',
    'Your details for email templates',
    'Start-here checklist',
    'Support imperatives checklist',
    'Benchmark figures',
    'Forecast figures',
    'Dates of change',
  ]) {
    await expect(table.getByRole('rowheader', { name: title, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('rowheader', { name: 'Not recognised' })).toHaveCount(0);

  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download everything' }).click();
  const file = await waiting;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.getByRole('status')).toContainText(/Downloaded .*\.json with \d+ items/);
  const before = await stored(page);
  expect(Object.keys(before)).toContain('smp:last-export:v1');

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Nothing. This site keeps nothing in this browser right now.')).toBeVisible();
  expect(await stored(page)).toEqual({});
  await page.reload();
  await expect(page.getByText('Nothing. This site keeps nothing in this browser right now.')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('heading', { name: 'Check the restore' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore from the file' }).click();
  await expect(page.getByRole('status')).toContainText(/Restored \d+ items/);
  expect(await stored(page)).toEqual(before);

  await openAssessment(page);
  await expect(page.getByText('1 of 30 answered')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load Baseline' })).toBeVisible();
});

test('a file that is not a download of everything is refused with a reason, and nothing changes', async ({ page }) => {
  await openAssessment(page);
  await rate(statementsOf(page, 1).first(), 3);
  await page.goto('your-data/');
  await expect(page.getByRole('rowheader', { name: 'Self-evaluation answers', exact: true })).toBeVisible();
  const before = await stored(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await expect(page.getByText(/“notes\.json” is a JSON file, but not one “Download everything” saved\..*Nothing was changed\./)).toBeVisible();
  expect(await stored(page)).toEqual(before);
});
