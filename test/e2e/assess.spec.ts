/**
 * The 30-statement self-evaluation at /assess/: answering, the result, persistence, snapshots,
 * export and import, share links, bad input, a second tab, printing, and accessibility.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeInBothSchemes } from './helpers/axe';
import { answerAllToManaged, openAssessment, rate, rateStages, results, stageSection, statementsOf, verdict } from './helpers/assess';

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(path);
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

test('the form is on the server: 30 statements by stage, four choices each, readable without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await page.goto('assess/');
  for (let stage = 1; stage <= 6; stage += 1) await expect(page.locator(`h2#stage-${stage}`)).toBeVisible();
  const statements = page.getByRole('region', { name: 'Statements to rate' }).getByRole('group').filter({ has: page.getByRole('radio') });
  await expect(statements).toHaveCount(30);
  const first = statements.first();
  for (const label of [/^1 · /, /^2 · /, /^3 · /, /^N\/A · /]) await expect(first.getByRole('radio', { name: label })).toHaveCount(1);
  await expect(statementsOf(page, 5)).toHaveCount(6);
  await expect(statementsOf(page, 6)).toHaveCount(4);
  await expect(stageSection(page, 5)).toContainText('6 statements');
  // Without JavaScript there is nothing to press and nothing is scored: the buttons, the progress
  // bar and the result stay hidden.
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Next unanswered' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'How the result is worked out' })).toBeVisible();
  await context.close();
});

test('answer all → result header, stage table, what holds you back and next steps; reload keeps it', async ({ page }) => {
  await openAssessment(page);
  await expect(page.getByText('0 of 30 answered')).toBeVisible();
  await answerAllToManaged(page);
  await expect(page.getByText('All 30 answered')).toBeVisible();

  const result = results(page);
  await expect(verdict(page)).toHaveText('You are working through stage 3 · Managed');
  await expect(verdict(page).getByRole('link')).toHaveAttribute('href', /\/stages\/managed\/$/);
  await expect(result.getByText('Based on all 30 statements.')).toBeVisible();
  const table = result.getByRole('table', { name: 'How much of each stage is in place' });
  await expect(table.getByRole('row', { name: /3 · Managed/ })).toContainText('You are here');
  await expect(table.getByRole('row', { name: /5 · Proactive/ }).getByRole('cell').last()).toHaveText('Established, ahead');
  await expect(table.getByRole('columnheader')).toHaveText(['Stage', 'In place', 'Status']);
  await expect(result.getByText(/Ahead: stage 5 · Proactive, stage 6 · Predictive/)).toBeVisible();

  const blockerText = (await statementsOf(page, 3).first().locator('legend').textContent()) ?? '';
  await expect(result.getByRole('heading', { name: 'What holds you at stage 3' })).toBeVisible();
  await expect(result.getByRole('listitem').filter({ hasText: blockerText }).filter({ hasText: 'rated 1, not in place' })).toHaveCount(1);

  // The three most important steps in the header, all four in the plan: stage 3's 1 first, then stage 4's 2s.
  const why = /^Stage \d · (not|partly) in place/;
  const top = result.getByRole('list', { name: 'Most important next steps' });
  await expect(top.getByRole('listitem').getByText(why)).toHaveText([/^Stage 3 · not in place/, /^Stage 4 · partly in place/, /^Stage 4 · partly in place/]);
  const plan = result.getByRole('region', { name: /^Days / }).getByRole('listitem').getByText(why);
  await expect(plan).toHaveCount(4);
  await expect(result.getByRole('heading', { name: 'Days 1–30' })).toBeVisible();
  await expect(result.getByRole('heading', { name: 'Days 61–90' })).toBeVisible();
  const firstLink = top.getByRole('link').first();
  const href = await firstLink.getAttribute('href');
  expect(href).toMatch(/\/(practices|playbook|metrics)\/[a-z0-9-]+\/$/);
  expect((await page.request.get(href!)).status()).toBe(200);
  await result.getByRole('link', { name: 'All 4 next steps, as a 90-day plan' }).click();
  await expect(result.getByRole('heading', { name: 'All next steps, as a 90-day plan' })).toBeInViewport();

  await page.reload();
  await expect(page.getByText('All 30 answered')).toBeVisible();
  await expect(verdict(page)).toHaveText('You are working through stage 3 · Managed');
  await expect(statementsOf(page, 3).first().getByRole('radio', { name: /^1 · / })).toBeChecked();
});

test('no verdict before the evidence: what is still needed, then a provisional result with the count', async ({ page }) => {
  await openAssessment(page);
  const result = results(page);
  await expect(result.getByText('Rate the 5 Reactive statements to see where you stand.')).toBeVisible();
  await expect(result.getByRole('heading', { level: 3 })).toHaveCount(0);
  await expect(result.getByRole('table')).toHaveCount(0);

  // A 1 already keeps stage 1 open, but two statements are still unrated: still no verdict.
  await rate(statementsOf(page, 1).nth(0), 1);
  await rate(statementsOf(page, 1).nth(1), 3);
  await rate(statementsOf(page, 1).nth(2), 3);
  await expect(result.getByText('Rate the 2 remaining Reactive statements to see where you stand.')).toBeVisible();
  await rate(statementsOf(page, 1).nth(3), 3);
  await expect(result.getByText('Rate the last Reactive statement to see where you stand.')).toBeVisible();
  await expect(verdict(page)).toHaveCount(0);
  await result.getByRole('link', { name: 'Go to the first one to rate' }).click();
  await expect(statementsOf(page, 1).nth(4)).toBeInViewport();

  await rate(statementsOf(page, 1).nth(4), 'N/A');
  await expect(verdict(page)).toHaveText('You are working through stage 1 · Reactive');
  await expect(result.getByText('Provisional: based on 5 of 30 statements.', { exact: false })).toBeVisible();

  // Stage 1 established and stage 2 untouched: the page asks for stage 2 instead of guessing.
  await rate(statementsOf(page, 1).nth(0), 3);
  await expect(result.getByText('Rate the 5 Formal statements to see where you stand.')).toBeVisible();
  await expect(result.getByText('Established so far: 1 · Reactive.')).toBeVisible();
  await expect(verdict(page)).toHaveCount(0);
});

test('cards: answered ones look answered, the progress bar stays on screen and finds the next unanswered', async ({ page }) => {
  await openAssessment(page);
  const first = statementsOf(page, 1).nth(0);
  const second = statementsOf(page, 1).nth(1);
  const unansweredBorder = await first.evaluate((card) => getComputedStyle(card).borderLeftColor);
  await rate(first, 2);
  await expect(first).not.toHaveCSS('border-left-color', unansweredBorder);
  await expect(second).toHaveCSS('border-left-color', unansweredBorder);
  await expect(stageSection(page, 1)).toContainText('1 of 5 answered');

  // Far down the worksheet, the progress bar is still on screen.
  await stageSection(page, 4).getByRole('heading').scrollIntoViewIfNeeded();
  await expect(page.getByText('1 of 30 answered')).toBeInViewport();
  const next = page.getByRole('button', { name: 'Next unanswered' });
  await expect(next).toBeInViewport();

  // "Next unanswered" goes on from the card last answered, skipping answered ones.
  await rate(statementsOf(page, 1).nth(2), 3);
  await next.click();
  await expect(statementsOf(page, 1).nth(3).getByRole('radio').first()).toBeFocused();
  await expect(statementsOf(page, 1).nth(3)).toBeInViewport();
  await rateStages(page, [2, 3, 4, 5, 6], 3);
  await next.click();
  await expect(second.getByRole('radio').first()).toBeFocused();
  await rateStages(page, [1], 3);
  await expect(page.getByText('All 30 answered')).toBeVisible();
  await expect(next).toBeHidden();
});

test('if the next steps cannot be fetched, the result says so and still names the stage', async ({ page }) => {
  await page.route('**/assess/next-steps.json', (route) => route.abort());
  await openAssessment(page);
  await rateStages(page, [1], 2);
  await expect(verdict(page)).toHaveText('You are working through stage 1 · Reactive');
  await expect(results(page).getByText('The next steps could not be loaded. Check your connection, then reload the page.').first()).toBeVisible();

  // Back online, the next answer tries again.
  await page.unroute('**/assess/next-steps.json');
  await rate(statementsOf(page, 2).first(), 3);
  await expect(results(page).getByRole('list', { name: 'Most important next steps' }).getByText(/^Stage 1 · partly in place/)).toHaveCount(3);
});

test('notes are kept with the answers and shown as text', async ({ page }) => {
  await openAssessment(page);
  const statement = statementsOf(page, 1).first();
  await rate(statement, 2);
  await statement.getByText('Add a note (evidence)').click();
  // The note is named after its statement, so a screen reader says which statement it belongs to.
  const text = (await statement.locator('legend').textContent())?.trim() ?? '';
  expect(text.length).toBeGreaterThan(20);
  await expect(statement.getByRole('textbox')).toHaveAccessibleName(`Note on: ${text}`);
  await statement.getByRole('textbox').fill('<img src=x onerror=alert(1)> wiki page');
  await page.reload();
  await expect(page.getByText('1 of 30 answered')).toBeVisible();
  const again = statementsOf(page, 1).first();
  await again.getByText(/Note \(evidence\)/).click();
  await expect(again.getByRole('textbox')).toHaveValue('<img src=x onerror=alert(1)> wiki page');
});

test('snapshots: save, compare per stage, trend chart, delete with undo', async ({ page }) => {
  await openAssessment(page);
  await rateStages(page, [1], 3);
  await rateStages(page, [2], 1);
  await page.getByLabel('Snapshot name').fill('January');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(page.getByText('Saved the snapshot “January”.')).toBeVisible();

  await rateStages(page, [2], 3);
  await page.getByLabel('Snapshot name').fill('April');
  await page.getByRole('button', { name: 'Save snapshot' }).click();

  const list = page.getByRole('table', { name: /Saved snapshots/ });
  await expect(list.getByRole('row')).toHaveCount(3);
  const from = page.getByLabel('From', { exact: true });
  await from.selectOption((await from.locator('option', { hasText: 'January' }).getAttribute('value'))!);
  const comparison = page.getByRole('table', { name: /Overall stage 2 → 3/ });
  await expect(comparison.getByRole('row', { name: /2 · Formal/ })).toContainText('+100 points');
  await expect(page.getByRole('img', { name: /Overall stage over time/ })).toBeVisible();

  await list.getByRole('button', { name: 'Delete January' }).click();
  await expect(list.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('row')).toHaveCount(3);
  await page.reload();
  await expect(page.getByRole('table', { name: /Saved snapshots/ }).getByRole('row')).toHaveCount(3);
});

test('export JSON and CSV, then import round trip: preview, snapshot first, apply', async ({ page }) => {
  await openAssessment(page);
  await answerAllToManaged(page);
  const json = await downloadText(page, 'Export JSON');
  expect(json.name).toMatch(/^self-evaluation-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(json.text);
  expect(data.version).toBe(1);
  expect(data.statements).toHaveLength(30);
  expect(Object.keys(data.ratings)).toHaveLength(30);

  const csv = await downloadText(page, 'Export CSV');
  const lines = csv.text.replace(/^\ufeff/, '').trim().split(/\r\n/);
  expect(lines[0]).toBe('stage,id,statement,rating,note');
  expect(lines).toHaveLength(31);

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('0 of 30 answered')).toBeVisible();
  await rate(statementsOf(page, 1).first(), 1);

  await chooseFile(page, json.path);
  const review = page.getByRole('region', { name: 'Check the import' });
  await expect(review).toContainText('30 ratings change');
  await expect(review).toContainText('saved as a snapshot first');
  await review.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText('All 30 answered')).toBeVisible();
  await expect(verdict(page)).toHaveText('You are working through stage 3 · Managed');
  await expect(page.getByRole('table', { name: /Saved snapshots/ }).getByRole('rowheader', { name: /Before importing/ })).toBeVisible();

  // The CSV is for spreadsheets: importing it is refused with a pointer to the JSON export.
  await chooseFile(page, csv.path);
  await expect(page.getByRole('alert')).toContainText('the CSV export is for spreadsheets only');
  await expect(page.getByText('All 30 answered')).toBeVisible();

  // Importing the same JSON again has nothing to change: the review says so and offers only Close.
  await chooseFile(page, json.path);
  await expect(page.getByRole('region', { name: 'Check the import' })).toContainText('already match');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Check the import' })).toHaveCount(0);
});

test('offline after the page loaded: Export, Share link and Import say they could not load, and nothing changes', async ({ page }) => {
  await openAssessment(page);
  await rate(statementsOf(page, 1).first(), 3);
  // What these buttons need is fetched on the first click, so a lost connection must not leave them dead.
  await page.route(/\/_astro\/answer-files\.[\w-]+\.js$/, (route) => route.abort());
  const unavailable = 'This part of the page could not be loaded, so nothing was done.';
  for (const button of ['Export JSON', 'Share link']) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('alert')).toContainText(unavailable);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
  }
  const path = test.info().outputPath('answers.json');
  await writeFile(path, JSON.stringify({ format: 'support-maturity-self-evaluation', version: 1, ratings: { 's1-team': 1 } }));
  await chooseFile(page, path);
  await expect(page.getByRole('alert')).toContainText(unavailable);
  await expect(page.getByRole('region', { name: 'Check the import' })).toHaveCount(0);
  await expect(page.getByText('1 of 30 answered')).toBeVisible();

  // The sentences of its notices and of importing come with that code: without them it does not
  // count as loaded either, and the next click fetches them again.
  await page.unroute(/\/_astro\/answer-files\.[\w-]+\.js$/);
  await page.route('**/assess/later-copy.json', (route) => route.abort());
  await page.reload();
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('alert')).toContainText(unavailable);
  await page.unroute('**/assess/later-copy.json');
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('textbox', { name: 'Link to these answers' })).toHaveValue(/#share=1\.s1-/);
});

test('bad imports are refused with a clear message and change nothing', async ({ page }) => {
  await openAssessment(page);
  await rate(statementsOf(page, 1).first(), 3);
  const dir = test.info().outputPath();
  const files: [string, string | Buffer, RegExp][] = [
    ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), /“photo.png” is not a JSON file/],
    ['broken.json', '{"format": "support-maturity-self-evaluation", "vers', /“broken.json” is not valid JSON/],
    ['future.json', JSON.stringify({ format: 'support-maturity-self-evaluation', version: 7, ratings: {} }), /format version 7/],
    ['strangers.json', JSON.stringify({ format: 'support-maturity-self-evaluation', version: 1, ratings: { 's9-unknown': 3 } }), /None of the statements/],
    ['huge.json', `{"pad":"${'x'.repeat(1024 * 1024 + 10)}"}`, /over 1 MB/],
  ];
  for (const [name, content, message] of files) {
    const path = join(dir, name);
    await writeFile(path, content);
    await chooseFile(page, path);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByText('1 of 30 answered')).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Check the import' })).toHaveCount(0);
});

test('HTML in imported names and notes is shown as text', async ({ page }) => {
  await openAssessment(page);
  const ids = await page.evaluate(() => [...document.querySelectorAll('input[type=radio][value="3"]')].map((input) => (input as HTMLInputElement).name));
  const path = test.info().outputPath('tricky.json');
  await writeFile(path, JSON.stringify({
    format: 'support-maturity-self-evaluation',
    version: 1,
    ratings: { [ids[0]!]: 2 },
    notes: { [ids[0]!]: '<script>window.hacked = 1</script>' },
    snapshots: [{ id: 'x', name: '<img src=x onerror="window.hacked=2">', date: '2025-01-01T00:00:00Z', ratings: { [ids[0]!]: 1 }, notes: {} }],
  }));
  await chooseFile(page, path);
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('rowheader', { name: '<img src=x onerror="window.hacked=2">' })).toBeVisible();
  await statementsOf(page, 1).first().getByText(/Note \(evidence\)/).click();
  await expect(statementsOf(page, 1).first().getByRole('textbox')).toHaveValue('<script>window.hacked = 1</script>');
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test('share link round trip: read-only view, then "Load into my assessment" keeps mine as a snapshot', async ({ page, context }) => {
  await openAssessment(page);
  await answerAllToManaged(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Link to these answers').inputValue();
  expect(link).toMatch(/\/assess\/#share=1\./);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Shared answers' })).toBeVisible();
  await expect(verdict(other)).toHaveText('You are working through stage 3 · Managed');
  await expect(statementsOf(other, 1).first().getByRole('radio', { name: /^3 · / })).toBeDisabled();

  // The receiving browser's own answers: start over there first so they differ.
  await page.getByRole('button', { name: 'Start over' }).click();
  await rate(statementsOf(page, 1).first(), 1);
  await other.reload();
  await other.getByRole('button', { name: 'Load into my assessment' }).click();
  await expect(other.getByRole('heading', { name: 'Shared answers' })).toHaveCount(0);
  await expect(other.getByText('All 30 answered')).toBeVisible();
  expect(new URL(other.url()).hash).toBe('');
  await expect(other.getByRole('table', { name: /Saved snapshots/ }).getByRole('rowheader', { name: /Before loading a shared link/ })).toBeVisible();
});

test('a tampered or truncated share link is refused, own answers untouched', async ({ page }) => {
  await openAssessment(page);
  await rate(statementsOf(page, 1).first(), 2);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Link to these answers').inputValue();
  for (const bad of [link.replace(/:2/, ':3'), link.slice(0, -12)]) {
    await page.goto(bad);
    await expect(page.getByRole('alert')).toContainText('incomplete or has been changed');
    await expect(page.getByRole('heading', { name: 'Shared answers' })).toHaveCount(0);
    await expect(page.getByText('1 of 30 answered')).toBeVisible();
  }
});

test('corrupt stored data: empty answers, a notice on every load, the original kept until discarded on Your data', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('smp:assess:answers:v2', '{"v":2,"ratings":{"s1-');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openAssessment(page);
  await expect(page.getByText('0 of 30 answered')).toBeVisible();
  await expect(page.getByText(/could not be fully read/)).toBeVisible();
  await rate(statementsOf(page, 2).first(), 3);
  await page.reload();
  await expect(page.getByText('1 of 30 answered')).toBeVisible();
  // Saving new answers is not discarding: the copy and the notice stay until the reader says so.
  await expect(page.getByText(/could not be fully read/)).toBeVisible();
  await page.getByRole('link', { name: 'Download or discard it on the Your data page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  const file = await downloadText(page, 'Download Unreadable copy: Self-evaluation answers');
  expect(file.text).toBe('{"v":2,"ratings":{"s1-');
  await page.getByRole('button', { name: 'Discard Unreadable copy: Self-evaluation answers' }).click();
  await expect(page.getByText('Discarded Unreadable copy: Self-evaluation answers.')).toBeVisible();
  await openAssessment(page);
  await expect(page.getByText('1 of 30 answered')).toBeVisible();
  await expect(page.getByText(/could not be fully read/)).toHaveCount(0);
});

test('answers stored by an earlier version (format 1) are carried over, not dropped', async ({ page }) => {
  await page.goto('assess/');
  const ids = await page.evaluate(() => [...new Set([...document.querySelectorAll('input[type=radio]')].map((input) => (input as HTMLInputElement).name))]);
  await page.evaluate((first) => {
    localStorage.clear();
    localStorage.setItem('smp:assess:answers:v1', JSON.stringify({ ratings: { [first[0]!]: 3, [first[1]!]: 0 } }));
  }, ids);
  await openAssessment(page);
  await expect(page.getByText('Answers saved by an earlier version of this page were carried over.')).toBeVisible();
  await expect(page.getByText('2 of 30 answered')).toBeVisible();
  await expect(statementsOf(page, 1).nth(1).getByRole('radio', { name: /^N\/A · / })).toBeChecked();
});

test('storage blocked: everything works in memory, with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Blocked', 'SecurityError'); } });
  });
  await openAssessment(page);
  await expect(page.getByText(/not letting the page store anything/)).toBeVisible();
  await rateStages(page, [1, 2, 3, 4, 5, 6], 3);
  await expect(verdict(page)).toHaveText('You have reached stage 6 · Predictive');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(page.getByRole('table', { name: /Saved snapshots/ }).getByRole('row')).toHaveCount(2);
});

test('storage full: the notice says answers will not be kept, and answering goes on', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('smp:assess:answers')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openAssessment(page);
  await rate(statementsOf(page, 1).first(), 3);
  await expect(page.getByText(/storage for the site is full/)).toBeVisible();
  await rate(statementsOf(page, 1).nth(1), 2);
  await expect(page.getByText('2 of 30 answered')).toBeVisible();
});

test('two tabs: a change in one shows in the other, and neither overwrites the other', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openAssessment(first);
  await openAssessment(second);
  await rate(statementsOf(first, 1).first(), 3);
  await expect(statementsOf(second, 1).first().getByRole('radio', { name: /^3 · / })).toBeChecked();
  await rate(statementsOf(second, 2).first(), 1);
  await expect(statementsOf(first, 2).first().getByRole('radio', { name: /^1 · / })).toBeChecked();
  await expect(first.getByText('2 of 30 answered')).toBeVisible();
  await first.reload();
  await expect(first.getByText('2 of 30 answered')).toBeVisible();
});

test('print gives a short report: result, chart, matrix, next steps, no form', async ({ page }) => {
  await openAssessment(page);
  await answerAllToManaged(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Statements to rate' })).toBeHidden();
  await expect(verdict(page)).toHaveText('You are working through stage 3 · Managed');
  await expect(results(page).getByRole('table', { name: /Each statement's rating/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  await writeFile(test.info().outputPath('report.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
});

test('print stays within two pages even with many next steps', async ({ page }) => {
  await openAssessment(page);
  // Everything partly in place: stage 1 is open and the next steps cover all of stages 1 and 2.
  await rateStages(page, [1, 2, 3, 4, 5, 6], 2);
  await expect(verdict(page)).toHaveText('You are working through stage 1 · Reactive');
  await expect(results(page).getByRole('region', { name: /^Days / }).getByText(/^Stage [12] · partly in place/)).toHaveCount(10);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await writeFile(test.info().outputPath('report-long.pdf'), pdf);
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(2);
});

test('axe finds nothing on the filled-in results, light and dark', async ({ page }) => {
  await openAssessment(page);
  await answerAllToManaged(page);
  await page.getByLabel('Snapshot name').fill('Baseline');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(results(page).getByRole('region', { name: /^Days / }).getByText(/^Stage [34] · (not|partly) in place/)).toHaveCount(4);
  expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
});

test('stage links from the stage pages land on their section', async ({ page }) => {
  await openAssessment(page, 'assess/#stage-4');
  await expect(stageSection(page, 4)).toBeInViewport();
});
