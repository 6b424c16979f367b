import { expect, test } from '@playwright/test';

test('a reader walks from home to the stages, into a stage and on to the next', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Support Maturity Playbook' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The six stages of support maturity' })).toBeVisible();

  const matrix = page.getByRole('table', { name: /scorecard/i });
  await expect(matrix.getByRole('rowheader')).toHaveCount(5);
  await expect(matrix.getByRole('columnheader')).toHaveCount(6);
  await expect(matrix.getByRole('cell', { name: 'Spreadsheets' })).toBeVisible();
  await expect(matrix.getByRole('cell', { name: 'Aspirational roles' })).toBeVisible();

  await matrix.getByRole('link', { name: '3 · Managed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 3: Managed' })).toBeVisible();
  for (const section of ['Strategy', 'Foundation', 'Case lifecycle', 'Self-evaluation', 'Moving to the next stage']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: /Rate the stage 3 statements/ })).toHaveAttribute('href', /\/assess\/#stage-3$/);

  await page.getByRole('link', { name: /Next: Stage 4 · Strategic/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 4: Strategic' })).toBeVisible();
});

test('the last stage explains how to sustain it and has no next link', async ({ page }) => {
  await page.goto('stages/predictive/');
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 6: Predictive' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Moving to the next stage/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Next:/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Previous: Stage 5 · Proactive/ })).toBeVisible();
});

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /maturity stages/ })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /Score your organisation/ })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: /Search for what you were looking for/ })).toBeVisible();
});

test('content pages load no script other than the search shortcut', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of ['./', 'stages/', 'stages/reactive/', 'playbook/', 'metrics/', 'practices/', 'sources/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  const unexpected = scripts.filter((url) => !/search-shortcut|SearchShortcut/i.test(url));
  expect(unexpected).toEqual([]);
});
