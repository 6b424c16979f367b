/**
 * Journey: a reader searches and reads the results. The snippets must read as the pages read: no
 * two words run together (every word of a snippet is a word the result's own page shows), no
 * snippet starting on a separator, marks only on the words the reader typed, and a search for
 * "kickoff" puts a kickoff play first.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';

/** Queries a reader types, chosen to reach every kind of page and the blocks that used to run together. */
const QUERIES = [
  'kickoff',
  'outage email',
  'FCR',
  'who runs the call',
  'typical leading trailing',
  'benchmark figure source year',
  'churn rate',
  'renewal discount',
  'swarming',
  'self-help articles',
];

/** Results whose snippets are checked per query: the ones a reader reads before scrolling. */
const RESULTS_READ = 3;

/** Words as a reader reads them: letters and digits, apostrophes dropped, lower case. */
const words = (text: string) => text.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const resultList = (page: Page) => page.getByRole('list', { name: 'Search results' });

async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const list = resultList(page);
  await expect(list).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(list).toHaveAttribute('data-query', query);
  // Titles paint first; wait until the first result's snippet has arrived.
  await expect(list.getByRole('listitem').first().getByRole('paragraph').first()).toBeVisible();
  return list;
}

/** The snippets of one result as shown: its excerpt, and the excerpt of each matching section. */
async function snippetsOf(result: Locator): Promise<string[]> {
  const snippets = await result.getByRole('paragraph').allInnerTexts();
  const sections = result.getByRole('list', { name: /^Matching sections of / }).getByRole('listitem');
  for (const section of await sections.all()) {
    const title = (await section.getByRole('link').innerText()).trim();
    snippets.push((await section.innerText()).trim().slice(title.length).replace(/^\s*—\s*/, ''));
  }
  return snippets;
}

const pageWords = new Map<string, Promise<Set<string>>>();

/** Every word the page at `href` shows in its main content, read in a separate tab. */
function wordsOnPage(browser: Browser, href: string): Promise<Set<string>> {
  const path = new URL(href).pathname;
  let known = pageWords.get(path);
  if (!known) {
    known = (async () => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(path);
      const text = await tab.getByRole('main').innerText();
      await context.close();
      return new Set(words(text));
    })();
    pageWords.set(path, known);
  }
  return known;
}

test.describe('search results read like the pages they come from', () => {
  for (const query of QUERIES) {
    test(`snippets for “${query}” keep word boundaries and start on a word`, async ({ page, browser }) => {
      const list = await searchFor(page, query);
      // Top-level results only: each has an excerpt paragraph, the sections nested in it do not.
      const results = list.getByRole('listitem').filter({ has: page.getByRole('paragraph') });
      const count = Math.min(RESULTS_READ, await results.count());
      expect(count, `no results for “${query}”`).toBeGreaterThan(0);
      const problems: string[] = [];
      for (let index = 0; index < count; index++) {
        const result = results.nth(index);
        const link = result.getByRole('link').first();
        const title = (await link.innerText()).trim();
        const known = await wordsOnPage(browser, (await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href)));
        for (const snippet of await snippetsOf(result)) {
          if (/^[\s·•|,.;:!?\u2010-\u2015-]/u.test(snippet)) problems.push(`${title}: snippet starts with a separator: “${snippet.slice(0, 40)}”`);
          const strangers = words(snippet).filter((word) => !known.has(word));
          if (strangers.length > 0) problems.push(`${title}: “${strangers.join('”, “')}” not on the page, in “${snippet}”`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  test('marks only the words typed, not the synonyms searched in their place', async ({ page }) => {
    // "outage" is also searched as "incident" and "crisis": those are found but never marked.
    const list = await searchFor(page, 'outage email');
    const marked = await list.locator('mark').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text.toLowerCase()).toMatch(/^(outage|email)/);
  });

  test('“kickoff” lists a kickoff play first, above the metrics that mention kickoffs', async ({ page }) => {
    const list = await searchFor(page, 'kickoff');
    const first = list.getByRole('listitem').first();
    await expect(first.getByRole('link').first()).toHaveText(/kickoff/i);
    await expect(first.getByText('Play', { exact: true })).toBeVisible();
  });
});
