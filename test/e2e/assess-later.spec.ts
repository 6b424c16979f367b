/**
 * What /assess/ fetches only when it is needed: the sentences a first visit rarely shows
 * (/assess/later-copy.json) and the code that opens a share link. A first visit fetches neither;
 * a share link opened in a fresh tab, a refused one and the snapshot limit still say what they
 * said before, and when that code cannot be fetched the reader is told and loses nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAssessment, rate, statementsOf } from './helpers/assess';

const LATER = /\/assess\/later-copy\.json$/;
const FILES_CODE = /\/_astro\/answer-files\.[\w-]+\.js$/;

/** A share link for one answer (stage 1, first statement, rated 2), made through the page. */
async function shareLink(page: Page): Promise<string> {
  await openAssessment(page);
  await rate(statementsOf(page, 1).first(), 2);
  await page.getByRole('button', { name: 'Share link' }).click();
  return page.getByLabel('Link to these answers').inputValue();
}

test('a first visit, answering included, fetches neither the later sentences nor the share-link code', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openAssessment(page);
  await rate(statementsOf(page, 1).first(), 3);
  await expect(page.getByText('1 of 30 answered')).toBeVisible();
  expect(fetched.filter((path) => LATER.test(path) || FILES_CODE.test(path))).toEqual([]);
});

test('share links opened in a fresh tab: shown, or refused with the same words as before', async ({ page, context }) => {
  const link = await shareLink(page);

  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('heading', { name: 'Shared answers' })).toBeVisible();
  await expect(fresh.getByText('You are looking at answers from a share link, read-only.')).toBeVisible();

  const tampered = await context.newPage();
  await tampered.goto(link.replace(/:2/, ':3'));
  await expect(tampered.getByRole('alert')).toContainText(
    'This share link is incomplete or has been changed, so it cannot be shown. Ask for it again, copied in full.',
  );
  await expect(tampered.getByRole('heading', { name: 'Shared answers' })).toHaveCount(0);

  const newer = await context.newPage();
  await newer.goto(link.replace('#share=1.', '#share=2.'));
  await expect(newer.getByRole('alert')).toContainText('This share link was made by a newer version of this page, so it cannot be shown here.');
});

test('a share link whose code cannot be fetched says so and leaves the own answers in place', async ({ page, context }) => {
  const link = await shareLink(page);
  const offline = await context.newPage();
  await offline.route(FILES_CODE, (route) => route.abort());
  await offline.goto(link);
  await expect(offline.getByRole('alert')).toContainText('This part of the page could not be loaded, so nothing was done.');
  await expect(offline.getByRole('heading', { name: 'Shared answers' })).toHaveCount(0);
  await expect(offline.getByText('1 of 30 answered')).toBeVisible();
  await expect(statementsOf(offline, 1).first().getByRole('radio', { name: /^2 · / })).toBeChecked();
});

test('at the snapshot limit the notice and its way out are worded as before', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    const snapshots = Array.from({ length: 500 }, (_, i) => ({
      id: `snap-${i}`,
      name: `Week ${i + 1}`,
      date: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString(),
      ratings: {},
      notes: {},
    }));
    localStorage.setItem('smp:assess:snapshots:v2', JSON.stringify({ v: 2, snapshots }));
    sessionStorage.setItem('seeded', '1');
  });
  await openAssessment(page);
  await rate(statementsOf(page, 1).first(), 3);
  await page.getByLabel('Snapshot name').fill('Today');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'You already keep 500 snapshots, the most this page holds, so “Today” cannot be saved yet. Delete the oldest, “Week 1”, to make room',
  );
  await page.getByRole('button', { name: 'Delete the oldest and continue' }).click();
  await expect(page.getByText('Saved the snapshot “Today”.')).toBeVisible();
  const list = page.getByRole('table', { name: /Saved snapshots/ });
  await expect(list.getByRole('rowheader', { name: 'Week 1', exact: true })).toHaveCount(0);
  await expect(list.getByRole('rowheader', { name: 'Today' })).toBeVisible();
});
