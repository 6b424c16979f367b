/**
 * Size budgets over the built site. Content pages stay tiny (the reference, a Starlight content page,
 * is 48.7 KB gzip on a first visit in `npm run bench`); the assessment, the one big tool, has its own cap.
 * Pages are taken from the sitemap, so new pages are covered as soon as they are built; a page a
 * budget names that is not in the build fails the budget, naming the page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requirePage, sitemapPages } from '../helpers/built-site.ts';
import { kb, pageLoad, pageWeight } from '../helpers/page-weight.ts';

/** First visit of a content page: HTML + CSS + fonts + JS, gzip. */
export const CONTENT_PAGE_BUDGET = 15 * 1024;
/** JS a content page may run before interaction: the search shortcut listener, nothing else. */
export const CONTENT_PAGE_JS_BUDGET = 1024;
/** All JS of the assessment: Preact, stores and the app, including what it imports on demand. */
export const ASSESSMENT_JS_BUDGET = 20 * 1024;
/**
 * First visit of the assessment: HTML + CSS + fonts + the JS that runs before any interaction.
 * What it loads only on a reader's action (import(), counted in the JS budget above) is not part of it,
 * nor are the sentences it fetches when a rarer message is shown (/assess/later-copy.json).
 * Measured 29.7 KB (the page was 39.4 KB before the worksheet became server HTML, 30.7 KB before
 * those sentences and the share-link decoder left the first visit; see README, Budgets).
 */
export const ASSESSMENT_FIRST_VISIT_BUDGET = 30 * 1024;

/** Section indexes the content-page budget names (site-relative; '' is home): each must be built. */
export const CONTENT_INDEXES = ['', 'stages/', 'playbook/', 'practices/', 'metrics/'];
/** The page the assessment budget is about. */
export const ASSESSMENT_PAGE = 'assess/';

const paths = sitemapPages();

function fileOf(path: string): string {
  return requirePage(path, 'the size budgets');
}

/** The page type BaseLayout records for search (kind prop): Stage, Play, Practice, Metric or Page. */
function kindOf(path: string): string {
  return /data-pagefind-meta="type:([A-Za-z]+)"/.exec(readFileSync(fileOf(path), 'utf8'))?.[1] ?? 'Page';
}

/**
 * Pages that only present content: home, the section indexes, and every stage, practice and metric
 * page. Plays (email templates) and tools (assessment, metric calculators, search) may hydrate islands.
 */
function isContentPage(path: string): boolean {
  if (CONTENT_INDEXES.includes(path)) return true;
  return ['Stage', 'Practice', 'Metric'].includes(kindOf(path));
}

const contentPages = paths.filter(isContentPage);

describe('content pages', () => {
  it.each(CONTENT_INDEXES)('/%s is built and in the sitemap', (path) => {
    fileOf(path);
    expect(paths, 'sitemap').toContain(path);
  });

  const rows: string[] = [];
  it.each(contentPages)('/%s: first visit ≤ 15 KB gzip, JS before interaction ≤ 1 KB and no islands', (path) => {
    const page = pageLoad(fileOf(path));
    const weight = pageWeight(page);
    rows.push(`/${path.padEnd(47)} ${kb(weight.total).padStart(8)} total  ${kb(weight.js).padStart(7)} JS  ${weight.requests} requests`);
    expect(page.missing, 'references that resolve to no file').toEqual([]);
    expect(page.islands, 'content pages hydrate no components; tools belong on their own pages').toBe(0);
    expect(weight.js, `JS before interaction: ${page.scripts.map((f) => f.split('/').pop()).join(', ') || 'inline only'}`).toBeLessThanOrEqual(CONTENT_PAGE_JS_BUDGET);
    expect(weight.total, `HTML ${kb(weight.html)} + CSS ${kb(weight.css)} + fonts ${kb(weight.fonts)} + JS ${kb(weight.js)}`).toBeLessThanOrEqual(CONTENT_PAGE_BUDGET);
  });

  it('print their weights', () => {
    if (rows.length > 0) console.log(`First-visit weight (gzip):\n${rows.join('\n')}`);
  });
});

describe('the assessment', () => {
  it('ships at most 20 KB gzip of JavaScript in all', () => {
    // The search shortcut listener is the site's, on every page (and counted there): what the
    // assessment adds is everything else it loads, plus what that code imports on demand.
    const siteWide = pageLoad(fileOf('')).inlineScripts;
    const page = pageLoad(fileOf(ASSESSMENT_PAGE), undefined, undefined, siteWide);
    const code = [...page.scripts, ...page.lazyScripts];
    const weight = pageWeight({ ...page, scripts: code });
    const files = code.map((file) => file.split('/').pop()).join(', ');
    const firstVisit = pageWeight(page);
    console.log(
      `/assess/: ${kb(weight.js)} JS gzip in all (${files}); first visit ${kb(firstVisit.total)} ` +
        `(HTML ${kb(firstVisit.html)}, CSS ${kb(firstVisit.css)}, JS before interaction ${kb(firstVisit.js)})`,
    );
    expect(page.missing, 'references that resolve to no file').toEqual([]);
    expect(weight.js, files).toBeLessThanOrEqual(ASSESSMENT_JS_BUDGET);
  });

  it('weighs at most 30 KB gzip on a first visit', () => {
    const siteWide = pageLoad(fileOf('')).inlineScripts;
    const page = pageLoad(fileOf(ASSESSMENT_PAGE), undefined, undefined, siteWide);
    const weight = pageWeight(page);
    expect(weight.total, `HTML ${kb(weight.html)} + CSS ${kb(weight.css)} + fonts ${kb(weight.fonts)} + JS ${kb(weight.js)}`).toBeLessThanOrEqual(
      ASSESSMENT_FIRST_VISIT_BUDGET,
    );
  });
});
