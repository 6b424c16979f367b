/**
 * The team workshop on /assess/team/: three people answer on their own devices and send share
 * links; the facilitator pastes them, opens Discuss and agrees all 30 statements by keyboard only
 * (the key presses are counted and printed), reloading midway; the agreed answers become the
 * facilitator's self-evaluation, whose result must be the one those ratings give.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { axeInBothSchemes } from './helpers/axe';
import { openAssessment, rate, rateStages, results, statementsOf, verdict } from './helpers/assess';

type Pick = 1 | 2 | 3 | 'N/A';

/** One participant on their own device: a fresh browser context, the self-evaluation answered, its share link. */
async function shareLinkOf(browser: Browser, answer: (page: Page) => Promise<void>): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openAssessment(page);
  await answer(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Link to these answers').inputValue();
  await context.close();
  return link;
}

async function threeLinks(browser: Browser): Promise<string> {
  const ana = await shareLinkOf(browser, (page) => rateStages(page, [1, 2, 3, 4, 5, 6], 3));
  const ben = await shareLinkOf(browser, async (page) => {
    await rateStages(page, [1, 2, 3, 4, 5, 6], 2);
    await rate(statementsOf(page, 1).first(), 1);
  });
  const cy = await shareLinkOf(browser, async (page) => {
    await rateStages(page, [1, 2, 3], 3);
    await rateStages(page, [4, 5, 6], 1);
    await rate(statementsOf(page, 6).first(), 'N/A');
  });
  return `${ana} Ana\n${ben} Ben\n${cy} Cy`;
}

function discussion(page: Page): Locator {
  return page.getByRole('region', { name: 'Discuss' });
}

/** The statement on screen: its heading, "Statement 4 of 30, stage 2: …". */
function statementHeading(page: Page): Locator {
  return discussion(page).getByRole('heading', { level: 3, name: /^Statement \d+ of 30, stage \d:/ });
}

async function stageOnScreen(page: Page): Promise<number> {
  const text = (await statementHeading(page).textContent()) ?? '';
  return Number(/stage (\d):/.exec(text)?.[1]);
}

/** What the team agrees, by stage: stages 1–3 fully in place, stage 4 partly, 5 and 6 not, so the team works through stage 4. */
const AGREED: Record<number, Pick> = { 1: 3, 2: 3, 3: 3, 4: 2, 5: 1, 6: 1 };
const KEY_OF: Record<string, string> = { '1': '1', '2': '2', '3': '3', 'N/A': 'n' };

test('three links → Discuss → all 30 agreed by keyboard, a reload midway → the result of the agreed ratings', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const links = await threeLinks(browser);

  // The facilitator has answers of their own, which must be kept as a snapshot.
  await openAssessment(page);
  await rate(statementsOf(page, 2).first(), 1);

  await page.goto('assess/team/');
  await page.getByLabel('Share links, one a line').fill(links);
  await page.getByRole('button', { name: 'Add links' }).click();
  await expect(page.getByRole('table', { name: "Each person's overall stage" }).getByRole('row')).toHaveCount(4);

  let presses = 0;
  const press = async (key: string) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  await page.getByRole('button', { name: 'Discuss' }).focus();
  await press('Enter');
  await expect(discussion(page).getByText('0 of 30 agreed', { exact: true })).toBeVisible();
  // Widest disagreement first: stage 1's first statement has Ana at 3 and Ben at 1.
  await expect(statementHeading(page)).toHaveText(/^Statement 1 of 30, stage 1:/);
  const people = discussion(page).getByRole('table', { name: 'What each person said' });
  await expect(people.getByRole('row', { name: /Ana/ })).toContainText('3 · Fully in place');
  await expect(people.getByRole('row', { name: /Ben/ })).toContainText('1 · Not in place');

  const seen = new Set<string>();
  for (let n = 1; n <= 30; n += 1) {
    await expect(statementHeading(page)).toHaveText(new RegExp(`^Statement ${n} of 30,`));
    seen.add((await statementHeading(page).textContent()) ?? '');
    const agreed = AGREED[await stageOnScreen(page)] as Pick;
    await press(KEY_OF[String(agreed)] as string);
    await expect(discussion(page).getByRole('button', { name: new RegExp(`^${agreed} · `), pressed: true })).toBeVisible();
    await expect(discussion(page).getByText(`${n} of 30 agreed`, { exact: true })).toBeVisible();
    if (n === 15) {
      await page.reload();
      await expect(statementHeading(page)).toHaveText(/^Statement 15 of 30,/);
      await expect(discussion(page).getByText('15 of 30 agreed', { exact: true })).toBeVisible();
    }
    await press('ArrowRight');
  }
  expect(seen.size).toBe(30);

  const end = discussion(page);
  await expect(end.getByRole('heading', { name: 'Team result' })).toBeFocused();
  await expect(end.getByText('30 of 30 agreed.')).toBeVisible();
  await expect(end.getByText('The team is working through stage 4 · Strategic.')).toBeVisible();
  const evidence = end.getByRole('table', { name: 'Agreed ratings and the spread behind them' });
  await expect(evidence.getByRole('row')).toHaveCount(31);
  // Stage 1's first statement: agreed 3, Ana 3, Ben 1, Cy 3; spread 1 / 0 / 2 / 0.
  await expect(evidence.getByRole('row').nth(1).getByRole('cell')).toHaveText(['3 · Fully in place', '3', '1', '3', '1 / 0 / 2 / 0']);

  await press('Tab');
  await expect(end.getByRole('button', { name: 'Make this my self-evaluation' })).toBeFocused();
  await press('Enter');
  await expect(end.getByText('The agreed answers are now your self-evaluation. Your earlier answers are kept as the snapshot “Before the team workshop”.').first()).toBeVisible();
  console.log(`Workshop by keyboard: ${presses} key presses for 3 people and 30 statements, from Discuss to the agreed self-evaluation.`);
  expect(presses).toBe(63);

  await openAssessment(page);
  await expect(verdict(page)).toHaveText('You are working through stage 4 · Strategic');
  for (const [stage, rating] of Object.entries(AGREED)) {
    const statements = statementsOf(page, Number(stage));
    for (let i = 0; i < (await statements.count()); i += 1) {
      await expect(statements.nth(i).getByRole('radio', { name: new RegExp(`^${rating} · `) })).toBeChecked();
    }
  }
  // The spread stays on the self-evaluation as the evidence behind each rating, in the statement's note.
  const first = statementsOf(page, 1).first();
  await first.getByText('Note (evidence) · written').click();
  await expect(first.getByRole('textbox')).toHaveValue('Team workshop: Ana 3, Ben 1, Cy 3.');
  await expect(results(page)).toBeVisible();
  await expect(page.getByText('Before the team workshop').first()).toBeVisible();
});

test('typing a note fires no shortcut, large type reads across a room, the download keeps the spread, axe is clean', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const links = await threeLinks(browser);
  await page.goto('assess/team/');
  await page.getByLabel('Share links, one a line').fill(links);
  await page.getByRole('button', { name: 'Add links' }).click();
  await page.getByRole('button', { name: 'Discuss' }).click();

  const region = discussion(page);
  await expect(statementHeading(page)).toBeFocused();
  const fontSize = await statementHeading(page).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(28);
  await expect(region.getByRole('button', { name: 'Large type', pressed: true })).toBeVisible();
  expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });

  await page.keyboard.press('2');
  await expect(region.getByRole('status')).toHaveText('Agreed 2 · Partly in place. 1 of 30 agreed.');
  const note = region.getByLabel('Agreed note (optional)');
  await note.click();
  await page.keyboard.type('3 people, N teams');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(note).toHaveValue('3 people, N tea\nm');
  await expect(region.getByRole('button', { name: /^2 · /, pressed: true })).toBeVisible();
  await expect(statementHeading(page)).toHaveText(/^Statement 1 of 30,/);

  await region.getByRole('button', { name: 'Next' }).click();
  await expect(statementHeading(page)).toHaveText(/^Statement 2 of 30,/);
  await page.keyboard.press('Backspace');
  await expect(statementHeading(page)).toHaveText(/^Statement 1 of 30,/);
  await expect(note).toHaveValue('3 people, N tea\nm');

  // Ending early: the team result says what is still open; the download holds the agreed answer and the spread.
  for (let n = 1; n <= 30; n += 1) await page.keyboard.press('ArrowRight');
  await expect(region.getByText('1 of 30 agreed. 29 statements have no agreed rating yet.')).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(statementHeading(page)).toHaveText(/^Statement 30 of 30,/);
  await page.keyboard.press('Enter');
  await expect(region.getByRole('heading', { name: 'Team result' })).toBeFocused();
  await expect(region.getByText(/^No stage yet: 4 statements of stage 1 · Reactive have no agreed rating\./)).toBeVisible();
  expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
  const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Download the team result (.json)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^team-result-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
  expect(file.format).toBe('support-maturity-self-evaluation');
  expect(Object.values(file.ratings)).toEqual([2]);
  expect(Object.values(file.notes)).toEqual(['3 people, N tea\nm']);
  expect(file.team.participants).toEqual(['Ana', 'Ben', 'Cy']);
  expect(file.team.statements).toHaveLength(30);
  const first = file.team.statements[0];
  expect(first).toMatchObject({ stage: 1, agreed: 2, ratings: [3, 1, 3], spread: { 1: 1, 2: 0, 3: 2, na: 0, unanswered: 0 }, differsByTwo: true });

  // Saved, the session is in the browser's storage under its key; discarded, it is gone from the tab and the browser.
  await region.getByRole('button', { name: 'Save session' }).click();
  await expect(region.getByRole('status')).toHaveText('Session saved in this browser. Discard it when you are done.');
  await expect(region.getByRole('button', { name: 'Stop saving session' })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('workshop')))).toEqual(['smp:assess:workshop:v1']);
  await region.getByRole('button', { name: 'Discard session' }).click();
  await expect(page.getByRole('button', { name: 'Discuss' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Add people\'s answers' })).toBeVisible();
  await expect(discussion(page)).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('workshop')))).toEqual([]);
});
