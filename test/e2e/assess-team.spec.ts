/** The team view at /assess/team/: several people's exports and share links side by side, in the browser only. */
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe';

const FORMAT = 'support-maturity-self-evaluation';

/** Statement ids as the page lists them (from the full assessment's radios). */
async function statementIds(page: Page): Promise<string[]> {
  await page.goto('assess/');
  return page.evaluate(() => [...new Set([...document.querySelectorAll('input[type=radio]')].map((input) => (input as HTMLInputElement).name))]);
}

async function exportFile(name: string, ratings: Record<string, number | string>): Promise<string> {
  const path = test.info().outputPath(name);
  await writeFile(path, JSON.stringify({ format: FORMAT, version: 1, exportedAt: new Date().toISOString(), ratings, notes: {}, snapshots: [] }));
  return path;
}

test('two exported files: spread per statement, 2-point differences, stages and the median', async ({ page }) => {
  const ids = await statementIds(page);
  expect(ids).toHaveLength(30);
  const all3 = Object.fromEntries(ids.map((id) => [id, 3]));
  const ana = await exportFile('ana.json', all3);
  const ben = await exportFile('ben.json', { ...all3, [ids[0]!]: 1, [ids[1]!]: 2 });

  await page.goto('assess/team/');
  await page.getByLabel('Exported files (.json)').setInputFiles([ana, ben]);
  const people = page.getByRole('table', { name: "Each person's overall stage" });
  await expect(people.getByRole('row', { name: /ana/ })).toContainText('6 · Predictive');
  await expect(people.getByRole('row', { name: /ben/ })).toContainText('1 · Reactive');
  await expect(page.getByText('Team median: 3.5 (between 3 · Managed and 4 · Strategic)')).toBeVisible();

  const differ = page.getByRole('region', { name: 'Where people differ by 2 points' });
  await expect(differ.getByRole('listitem')).toHaveCount(1);
  await expect(differ.getByRole('listitem')).toContainText('from 1 to 3');

  const spread = page.getByRole('table', { name: 'How many people gave each rating' });
  await expect(spread.getByRole('row')).toHaveCount(31);
  await expect(spread.getByRole('row').nth(1).getByRole('cell')).toHaveText(['1', '0', '1', '0', '0']);

  await people.getByRole('button', { name: 'Remove ben' }).click();
  await expect(page.getByText('Team median: 6 · Predictive')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('share links and bad files: people added, problems named, nothing lost', async ({ page }) => {
  await page.goto('assess/');
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  const first = page.getByRole('region', { name: 'Stage 1 · Reactive' }).getByRole('group').filter({ has: page.getByRole('radio') }).first();
  await first.getByRole('radio', { name: /^2 · / }).check();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Link to these answers').inputValue();

  const broken = test.info().outputPath('broken.json');
  await writeFile(broken, '{"format": "support-maturity');
  await page.goto('assess/team/');
  await page.getByLabel('Share links, one a line').fill(`${link}\n${link.slice(0, -10)}`);
  await page.getByRole('button', { name: 'Add links' }).click();
  await expect(page.getByRole('table', { name: "Each person's overall stage" }).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('alert')).toContainText('The link on line 2 is incomplete or has been changed.');

  await page.getByLabel('Exported files (.json)').setInputFiles(broken);
  await expect(page.getByRole('alert')).toContainText('“broken.json” is not valid JSON');
  await page.getByRole('button', { name: 'Add my own answers' }).click();
  await expect(page.getByRole('table', { name: "Each person's overall stage" }).getByRole('row')).toHaveCount(3);
});
