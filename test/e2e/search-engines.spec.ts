/**
 * What search engines see: robots.txt naming the sitemap, the sitemap itself, canonical URLs, Open
 * Graph tags, JSON-LD (WebSite + SearchAction on the home page, BreadcrumbList, a type per page
 * kind), and every word of a page's content already in its static HTML.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths, withBase } from '../helpers/built-site.ts';

type JsonLd = Record<string, unknown> & { '@type'?: string };

async function jsonLd(page: Page): Promise<JsonLd[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as JsonLd | JsonLd[];
    return Array.isArray(data) ? data : [data];
  });
}

async function meta(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).first().getAttribute('content');
}

test('robots.txt names the sitemap under the site URL and base path', async ({ request }) => {
  const response = await request.get('robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(sitemap, 'a Sitemap line').toBeTruthy();
  const url = new URL(sitemap ?? '');
  expect(url.pathname).toBe(withBase('sitemap-index.xml'));
  expect((await request.get('sitemap-index.xml')).status()).toBe(200);
});

test('the sitemap lists the content pages and the search page, not the 404 page', () => {
  const paths = sitemapPaths();
  expect(paths).toContain(withBase(''));
  expect(paths).toContain(withBase('search/'));
  for (const section of ['stages/', 'playbook/', 'practices/', 'metrics/']) {
    expect(paths.filter((path) => path.startsWith(withBase(section))).length, section).toBeGreaterThan(1);
  }
  expect(paths.some((path) => path.includes('404'))).toBe(false);
});

test('the home page declares the site and its search action', async ({ page }) => {
  await page.goto('');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical ?? '').pathname).toBe(withBase(''));
  const website = (await jsonLd(page)).find((item) => item['@type'] === 'WebSite' && 'potentialAction' in item) as
    | { potentialAction: { '@type': string; target: { urlTemplate: string }; 'query-input': string } }
    | undefined;
  expect(website, 'WebSite with potentialAction').toBeTruthy();
  expect(website?.potentialAction['@type']).toBe('SearchAction');
  expect(new URL(website?.potentialAction.target.urlTemplate.replace('{search_term_string}', 'x') ?? '').pathname).toBe(withBase('search/'));
  expect(website?.potentialAction.target.urlTemplate).toMatch(/\/search\/\?q=\{search_term_string\}$/);
  expect(website?.potentialAction['query-input']).toBe('required name=search_term_string');
  expect(await meta(page, 'meta[property="og:type"]')).toBe('website');
});

const kinds: [string, string, RegExp][] = [
  ['a play', 'playbook/kickoff-call/', /^HowTo$/],
  ['a practice', 'practices/crisis-management/', /^(Article|TechArticle)$/],
  ['a metric', 'metrics/first-contact-resolution/', /^(Article|TechArticle|DefinedTerm)$/],
  ['a stage', 'stages/managed/', /^(Article|TechArticle)$/],
  ['the search page', 'search/', /^SearchResultsPage$/],
  ['the glossary', 'glossary/', /^DefinedTermSet$/],
];

for (const [kind, path, type] of kinds) {
  test(`${kind} has a canonical URL, Open Graph tags, a fitting JSON-LD type and breadcrumbs`, async ({ page }) => {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(withBase(path));
    expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical);
    expect(await meta(page, 'meta[property="og:title"]')).toBeTruthy();
    expect(await meta(page, 'meta[property="og:description"]')).toBeTruthy();
    const items = await jsonLd(page);
    expect(items.some((item) => type.test(String(item['@type']))), `JSON-LD types: ${items.map((item) => item['@type']).join(', ')}`).toBe(true);
    const trail = items.find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item: string }[] } | undefined;
    expect(trail, 'BreadcrumbList').toBeTruthy();
    const crumbs = trail?.itemListElement ?? [];
    expect(crumbs.map((crumb) => crumb.position)).toEqual(crumbs.map((_, index) => index + 1));
    expect(crumbs.at(-1)?.item).toBe(canonical);
  });
}

test('every word a reader sees in the main content is already in the static HTML', async ({ page, request }) => {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  for (const path of ['', 'playbook/kickoff-call/', 'practices/crisis-management/', 'metrics/first-contact-resolution/', 'stages/managed/']) {
    const html = await (await request.get(path)).text();
    const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
    const staticWords = words(main.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' '));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Visible text node by text node (innerText would glue words of adjacent grid cells together).
    const visibleText = await page.locator('main').evaluate((main) => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && !parent.closest('script, style') && parent.checkVisibility()) parts.push(node.textContent ?? '');
      }
      return parts.join(' ');
    });
    const shown = words(visibleText);
    const missing = [...shown].filter((word) => !staticWords.has(word));
    expect(missing, `${path || '/'}: words shown only after scripts ran`).toEqual([]);
  }
});
