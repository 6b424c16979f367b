/**
 * Journey 1: a support leader scores the organisation on a phone. The empty page asks for answers
 * instead of naming a stage; after all 30 answers (a fixed mix) the result's heading names the
 * stage the team is working through and links to its page, and the next steps come most important
 * first: the overall stage before the next, and "not in place" before "partly" within a stage.
 * Everything is found by role and name and checked as the reader sees it (text, size, order).
 */
import { expect, test, type Page } from '@playwright/test';
import { openAssessment, rate, results, statementsOf, verdict } from './helpers/assess';
import { axeInBothSchemes } from './helpers/axe';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** One string per stage, one mark per statement: 1, 2, 3 or n (N/A). */
const MIX = ['33333', '23132', '13233', '3n323', '333333', '2333'];

/** The statement text of a card, as the reader sees it (its group's name is the legend). */
async function statementText(page: Page, stage: number, index: number): Promise<string> {
  return ((await statementsOf(page, stage).nth(index).locator('legend').textContent()) ?? '').trim();
}

test('a leader answers all 30 on a phone and gets a stage, its meaning and the next steps in order', async ({ page }) => {
  await openAssessment(page);

  // Nothing answered: no stage is named, the page says what it needs.
  const result = results(page);
  await expect(result.getByText('Rate the 5 Reactive statements to see where you stand.')).toBeVisible();
  await expect(verdict(page)).toHaveCount(0);
  await expect(page.getByText(/Overall stage|working through stage/)).toHaveCount(0);

  // Each choice is a target at least 44 px high on a touch screen.
  for (const box of await Promise.all((await statementsOf(page, 1).first().getByRole('radio').all()).map((radio) => radio.locator('xpath=..').boundingBox()))) {
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }

  for (const [index, marks] of MIX.entries()) {
    const statements = statementsOf(page, index + 1);
    await expect(statements).toHaveCount(marks.length);
    for (const [i, mark] of [...marks].entries()) await rate(statements.nth(i), mark === 'n' ? 'N/A' : (Number(mark) as 1 | 2 | 3));
  }
  await expect(page.getByText('All 30 answered')).toBeVisible();

  // The heading names the stage being worked through and links to its page.
  await expect(verdict(page)).toHaveText('You are working through stage 2 · Formal');
  await expect(result.getByText('Your overall stage is the stage you are working through', { exact: false })).toBeVisible();
  await expect(result.getByText('Based on all 30 statements.')).toBeVisible();

  // Next steps: stage 2's "not in place", then its two "partly", then stage 3's 1 and its 2.
  const expected = [
    `Stage 2 · not in place: ${await statementText(page, 2, 2)}`,
    `Stage 2 · partly in place: ${await statementText(page, 2, 0)}`,
    `Stage 2 · partly in place: ${await statementText(page, 2, 4)}`,
    `Stage 3 · not in place: ${await statementText(page, 3, 0)}`,
    `Stage 3 · partly in place: ${await statementText(page, 3, 2)}`,
  ];
  const why = /^Stage \d · (not|partly) in place: /;
  await expect(result.getByRole('list', { name: 'Most important next steps' }).getByText(why)).toHaveText(expected.slice(0, 3));
  await expect(result.getByRole('region', { name: /^Days / }).getByText(why)).toHaveText(expected);

  // At 390 px every piece of the result, the stage table included, is at least 12 px.
  const table = result.getByRole('table', { name: 'How much of each stage is in place' });
  await expect(table.getByRole('row', { name: /2 · Formal/ })).toContainText('You are here');
  const smallest = await result.evaluate((region) =>
    Math.min(
      ...[...region.querySelectorAll('*')]
        .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => parseFloat(getComputedStyle(element).fontSize)),
    ),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);
  expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });

  await verdict(page).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stage 2: Formal');
});
