/**
 * Answers never leave the browser: a full run through the self-evaluation (answering, notes,
 * snapshots, export, import, share link, quick scorecard, team view) makes no request that is not
 * one of the site's own static files. No XHR, no POST, no query strings, no other origin, and two
 * fetches only: the next steps (/assess/next-steps.json) and, with the code of Export, Share link and
 * Import or a rarer message, the sentences shown later (/assess/later-copy.json): static files, the
 * same for everyone.
 */
import { expect, test, type Request } from '@playwright/test';
import { answerAllToManaged, openAssessment, rate, results, statementsOf } from './helpers/assess';

const STATIC = /\.(js|css|svg|png|ico|webp|avif|woff2?|txt|xml|webmanifest)$/;
const FETCHED = /\/assess\/(next-steps|later-copy)\.json$/;

test('a full run requests nothing but the site’s own static files', async ({ context, page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const base = new URL(baseURL ?? '').pathname;
  const offending: string[] = [];
  const seen: string[] = [];
  const check = (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:') return;
    seen.push(url.pathname);
    const type = request.resourceType();
    const ownStatic =
      url.origin === origin &&
      request.method() === 'GET' &&
      request.postData() === null &&
      url.search === '' &&
      url.pathname.startsWith(base) &&
      (((url.pathname.endsWith('/') || STATIC.test(url.pathname)) && ['document', 'script', 'stylesheet', 'image', 'font', 'manifest', 'other'].includes(type)) ||
        (type === 'fetch' && FETCHED.test(url.pathname)));
    if (!ownStatic) offending.push(`${request.method()} ${request.resourceType()} ${request.url()}`);
  };
  context.on('request', check);

  await openAssessment(page);
  await answerAllToManaged(page);
  await statementsOf(page, 1).first().getByText('Add a note (evidence)').click();
  await statementsOf(page, 1).first().getByRole('textbox').fill('Evidence that must stay private');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = test.info().outputPath('mine.json');
  await (await download).saveAs(file);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Link to these answers').inputValue();
  // A change since the export, so the import has something to apply (a file that matches offers nothing).
  await rate(statementsOf(page, 1).first(), 1);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.reload();
  await expect(results(page).getByRole('heading', { name: 'You are working through stage 3 · Managed' })).toBeVisible();

  await page.goto(link);
  await page.getByRole('button', { name: 'Load into my assessment' }).click();
  await page.goto('assess/quick/');
  await page.getByRole('group', { name: 'Technology tools' }).getByRole('radio').first().check();
  await page.goto('assess/team/');
  await page.getByLabel('Exported files (.json)').setInputFiles(file);
  await page.getByLabel('Share links, one a line').fill(link);
  await page.getByRole('button', { name: 'Add links' }).click();
  await expect(page.getByRole('table', { name: "Each person's overall stage" }).getByRole('row')).toHaveCount(3);
  await page.waitForLoadState('networkidle');

  expect(seen.length).toBeGreaterThan(3);
  expect(seen.filter((path) => path.endsWith('/assess/next-steps.json')), 'the next steps are fetched, once per page load').not.toEqual([]);
  expect(offending).toEqual([]);
  // The share fragment is never part of a request.
  expect(seen.some((path) => path.includes('share'))).toBe(false);
});
