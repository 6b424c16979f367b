/**
 * Finding your way, at desktop width: the header says which section you are in on every page of
 * it; plays, practices and metrics can be read in their index's order with Previous / Next; related
 * boxes stay short and point to the full list; long pages have "On this page" with the section in
 * view marked; the home page leads to every section and both metric tools.
 */
import { expect, test, type Page } from '@playwright/test';

const SECTIONS = ['Stages', 'Assess', 'Playbook', 'Practices', 'Metrics', 'Search'];

async function currentSections(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const current: string[] = [];
  for (const name of SECTIONS) {
    if ((await nav.getByRole('link', { name, exact: true }).getAttribute('aria-current')) === 'page') current.push(name);
  }
  return current;
}

test('the header marks the section of the page, however deep, and nothing else', async ({ page }) => {
  const cases: [string, string[]][] = [
    ['stages/', ['Stages']],
    ['stages/managed/', ['Stages']],
    ['playbook/kickoff-call/', ['Playbook']],
    ['playbook/start-here/', ['Playbook']],
    ['practices/support-imperatives/', ['Practices']],
    ['metrics/churn/', ['Metrics']],
    ['metrics/benchmark/', ['Metrics']],
    ['assess/quick/', ['Assess']],
    ['search/', ['Search']],
    ['glossary/', []],
    ['', []],
  ];
  for (const [path, expected] of cases) {
    await page.goto(path);
    expect(await currentSections(page), `/${path}`).toEqual(expected);
  }
  await page.goto('stages/managed/');
  const stages = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stages' });
  const others = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Playbook' });
  expect(await stages.evaluate((link) => getComputedStyle(link).fontWeight), 'the current section looks different').not.toBe(await others.evaluate((link) => getComputedStyle(link).fontWeight));
});

/** Titles of the entries an index lists, in its order: the headings of its cards, or its table's row headers. */
async function indexOrder(page: Page, path: string, how: 'cards' | 'rows'): Promise<string[]> {
  await page.goto(path);
  const main = page.getByRole('main');
  const titles = how === 'cards'
    ? await main.getByRole('listitem').getByRole('heading', { level: 3 }).allTextContents()
    : await main.getByRole('table').getByRole('rowheader').getByRole('link').allTextContents();
  return titles.map((title) => title.trim());
}

for (const [section, path, how, title] of [
  ['plays', 'playbook/', 'cards', (text: string) => text],
  ['practices', 'practices/', 'cards', (text: string) => text],
  ['metrics', 'metrics/', 'rows', (text: string) => text],
] as const) {
  test(`Next walks the ${section} in the order their index lists them, and Previous walks back`, async ({ page }) => {
    const order = await indexOrder(page, path, how);
    expect(order.length).toBeGreaterThan(5);
    await page.goto(path);
    await page.getByRole('main').getByRole('link', { name: order[0] ?? '', exact: true }).first().click();
    for (const [index, expected] of order.entries()) {
      await expect(page.getByRole('heading', { level: 1 }), `step ${index + 1}`).toHaveText(title(expected));
      const pager = page.getByRole('navigation', { name: section[0]?.toUpperCase() + section.slice(1) });
      if (index === 0) await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
      else await expect(pager.getByRole('link', { name: /Previous/ })).toHaveText(`← Previous: ${order[index - 1]}`);
      if (index === order.length - 1) {
        await expect(pager.getByRole('link', { name: /Next/ })).toHaveCount(0);
        break;
      }
      await pager.getByRole('link', { name: /Next/ }).click();
    }
  });
}

test('related boxes show at most six links a group, then "All N" leads to the full list', async ({ page }) => {
  await page.goto('stages/strategic/');
  const related = page.getByRole('complementary', { name: 'Related' });
  for (const group of await related.getByRole('list').all()) {
    expect(await group.getByRole('listitem').count()).toBeLessThanOrEqual(6);
  }
  const all = related.getByRole('link', { name: /^All \d+ metrics for Strategic/ });
  const total = Number(/All (\d+)/.exec((await all.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(6);
  await all.click();
  await expect(page).toHaveURL(/\/metrics\/#stage-strategic$/);
  const list = page.getByRole('region', { name: 'Stage 4: Strategic' });
  await expect(list).toBeInViewport();
  await expect(list.getByRole('listitem')).toHaveCount(total);
});

test('a related group with no index to point to shows the rest on request', async ({ page }) => {
  await page.goto('metrics/health-score/');
  const related = page.getByRole('complementary', { name: 'Related' });
  const more = related.getByText(/^Show all \d+$/);
  const total = Number(/(\d+)/.exec((await more.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(6);
  const plays = related.getByRole('region', { name: 'Plays' });
  await expect(plays.getByRole('link').filter({ visible: true })).toHaveCount(6);
  await more.click();
  await expect(plays.getByRole('link').filter({ visible: true })).toHaveCount(total);
});

test('"On this page" sits beside a long page and marks the section in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('stages/managed/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents).toBeVisible();
  const main = await page.getByRole('main').boundingBox();
  const box = await contents.boundingBox();
  expect(box && main && box.x > main.x + main.width - 1, 'in a column to the right of the content').toBe(true);

  await contents.getByRole('link', { name: 'Case lifecycle' }).click();
  await expect(page).toHaveURL(/#case-lifecycle$/);
  await expect(contents.getByRole('link', { name: 'Case lifecycle' })).toHaveAttribute('aria-current', 'true');
  await expect(contents.getByRole('link', { name: 'Strategy' })).not.toHaveAttribute('aria-current', /.+/);
  await expect(contents, 'stays on screen while the page scrolls').toBeInViewport();
});

test('"On this page" on the self-evaluation marks no section before the reader moves, then the one scrolled to', async ({ page }) => {
  // The result and snapshots are hidden until the page's script has run: they must not count as read.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('assess/');
  await expect(page.getByRole('heading', { name: 'Snapshots' })).toBeVisible();
  const contents = page.getByRole('navigation', { name: 'On this page' });
  for (const link of await contents.getByRole('link').all()) await expect(link).not.toHaveAttribute('aria-current', /.+/);

  await contents.getByRole('link', { name: 'Stage 3 · Managed' }).click();
  await expect(contents.getByRole('link', { name: 'Stage 3 · Managed' })).toHaveAttribute('aria-current', 'true');
  await expect(contents.getByRole('link', { name: 'Snapshots' })).not.toHaveAttribute('aria-current', /.+/);
});

test('the home page leads to every section and both metric tools, with one main action', async ({ page }) => {
  await page.goto('./');
  const main = page.getByRole('main');
  for (const [name, path] of [
    [/The six stages/, '/stages/'], [/Score your organisation/, '/assess/'], [/Quick scorecard/, '/assess/quick/'],
    [/CSM playbook/, '/playbook/'], [/Start here/, '/playbook/start-here/'], [/Practices/, '/practices/'],
    [/Metrics library/, '/metrics/'], [/Benchmark your figures/, '/metrics/benchmark/'], [/Forecast support demand/, '/metrics/forecast/'], [/^Search$/, '/search/'],
  ] as const) {
    await expect(main.getByRole('link', { name }).first(), String(name)).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
  }
  // One action stands out: the only link drawn as a filled button.
  const filled = await main.getByRole('link').evaluateAll((links) => {
    const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
    const probe = document.createElement('span');
    probe.style.color = accent;
    document.body.append(probe);
    const accentRgb = getComputedStyle(probe).color;
    probe.remove();
    return links.filter((link) => getComputedStyle(link).backgroundColor === accentRgb).map((link) => link.textContent?.trim());
  });
  expect(filled).toEqual(['Score your organisation']);
});
