/**
 * Helpers for the self-evaluation e2e tests: open a page and wait until its island is live, and
 * answer statements the way a reader does, by role and accessible name.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const STAGE_NAMES = ['Reactive', 'Formal', 'Managed', 'Strategic', 'Proactive', 'Predictive'] as const;

/** Opens /assess/ (or a path under it) and waits until the controls that need JavaScript are there. */
export async function openAssessment(page: Page, path = 'assess/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 2, name: 'Your result' })).toBeVisible();
}

/** The stage section "Stage N · Name" on /assess/. */
export function stageSection(page: Page, stage: number): Locator {
  return page.getByRole('region', { name: `Stage ${stage} · ${STAGE_NAMES[stage - 1]}` });
}

/** The statement fieldsets of one stage, in order (a note's <details> is a group too, without radios). */
export function statementsOf(page: Page, stage: number): Locator {
  return stageSection(page, stage).getByRole('group').filter({ has: page.getByRole('radio') });
}

/** Rates one statement: 1, 2, 3 or 'N/A'. */
export async function rate(statement: Locator, rating: 1 | 2 | 3 | 'N/A'): Promise<void> {
  await statement.getByRole('radio', { name: new RegExp(`^${rating === 'N/A' ? 'N/A' : rating} · `) }).check();
}

/** Rates every statement of the given stages with the same rating. */
export async function rateStages(page: Page, stages: number[], rating: 1 | 2 | 3 | 'N/A'): Promise<void> {
  for (const stage of stages) {
    const statements = statementsOf(page, stage);
    const count = await statements.count();
    for (let i = 0; i < count; i += 1) await rate(statements.nth(i), rating);
  }
}

/**
 * Answers all 30: everything fully in place except one statement of stage 3 rated 1 and one of
 * stage 4 rated 2, so the result is stage 3 (Managed) with stages 5 and 6 ahead.
 */
export async function answerAllToManaged(page: Page): Promise<void> {
  await rateStages(page, [1, 2, 3, 4, 5, 6], 3);
  await rate(statementsOf(page, 3).first(), 1);
  await rate(statementsOf(page, 4).nth(1), 2);
  await rate(statementsOf(page, 4).nth(2), 2);
  await rate(statementsOf(page, 4).nth(3), 2);
}

export function results(page: Page): Locator {
  return page.getByRole('region', { name: 'Your result' });
}

/** The result's verdict heading ("You are working through stage 3 · Managed"), whatever the stage. */
export function verdict(page: Page): Locator {
  return results(page).getByRole('heading', { level: 3, name: /^You (are working through|have reached) stage / });
}
