/**
 * Search quality over the built index, for the queries the jargon list (src/data/jargon.yaml) was
 * written for: acronyms, misspellings and the words people type instead of the site's. Most of them
 * contain a phrase copied into the list, so they test its wiring, not how well the index reads
 * plain questions: test/dist/search-quality-readers.test.ts measures that on queries nobody tuned
 * anything to. Runs Pagefind's own runtime in Node through the site's query code
 * (test/helpers/search-index.ts).
 *
 * Measured on the index before the indexing and ranking changes of issues 11 and 13: top 1 34/39,
 * top 3 39/39. After them: top 1 32/39, top 3 38/39, "customer wants to cancel" falling from #3 to #7
 * (the save plan never said "cancel"). Once its summary said what it is for, a customer who may
 * cancel (see search-quality-readers.test.ts for the other summaries): top 1 33/39, top 3 39/39.
 * Every one of these queries must find its page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanQuery } from '../../src/lib/search/query';
import type { FilterSelection } from '../../src/lib/search/run';
import { siteDir } from '../helpers/built-site';
import { openSearchIndex, type SearchIndex } from '../helpers/search-index';

/** [url, indexed text] of every page, read from the index's fragment files (gzip of "pagefind_dcd" + JSON). */
function indexedTexts(): [string, string][] {
  const folder = join(siteDir(), 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const record = JSON.parse(gunzipSync(readFileSync(join(folder, name))).toString('utf8').slice('pagefind_dcd'.length)) as { url: string; content: string };
    return [record.url, record.content];
  });
}

/** [query, page it must find in the top three (site-relative path), optional filters] */
const CASES: [string, string, FilterSelection?][] = [
  // The issue's own examples
  ['kickoff', '/playbook/kickoff-call/'],
  ['outage email', '/playbook/service-outage-communication/'],
  ['FCR', '/metrics/first-contact-resolution/'],
  // Acronyms
  ['QBR', '/playbook/quarterly-business-review/'],
  ['CSAT', '/metrics/customer-satisfaction/'],
  ['NPS', '/metrics/net-promoter-score/'],
  ['NRR', '/metrics/net-recurring-revenue/'],
  ['TTR', '/metrics/time-to-resolution/'],
  ['mttr', '/metrics/time-to-resolution/'],
  ['ESAT', '/metrics/employee-satisfaction/'],
  ['keeping KB articles up to date', '/practices/knowledge-management/'],
  ['RCA after an outage', '/playbook/incident-follow-up/'],
  ['ARR', '/metrics/recurring-revenue/'],
  // Misspellings
  ['onbaording plan', '/playbook/onboarding-30-60-90/'],
  ['escalaton', '/playbook/unhappy-customer-escalation/'],
  ['chrun rate', '/metrics/churn/'],
  ['sentimnet', '/metrics/sentiment/'],
  ['knowlege management', '/practices/knowledge-management/'],
  // Questions in plain words
  ['how do I handle an angry customer', '/playbook/unhappy-customer-escalation/'],
  ['what is first contact resolution', '/metrics/first-contact-resolution/'],
  ['our main contact left the company', '/playbook/champion-leaves/'],
  ['the customer says we are too expensive', '/playbook/pricing-objection/'],
  ['customer asks for a discount at renewal', '/playbook/renewal-discount-request/'],
  ['how long does it take to resolve a case', '/metrics/time-to-resolution/'],
  ['customers are not using the product', '/playbook/low-adoption/'],
  ['how much should we spend on support', '/practices/support-funding/'],
  // Words people type instead of the site's
  ['ticket volume forecast', '/metrics/support-demand-forecast/'],
  ['upsell', '/playbook/expansion-conversation/'],
  ['post mortem', '/playbook/incident-follow-up/'],
  ['taking over an account from another CSM', '/playbook/csm-to-csm-handoff/'],
  ['welcome call with a new customer', '/playbook/kickoff-call/'],
  ['employee turnover', '/metrics/staff-attrition/'],
  ['customer wants to cancel', '/playbook/save-plan-at-risk/'],
  ['swarming', '/practices/swarming-vs-tiered-support/'],
  // Site terms and filters
  ['reactive stage', '/stages/reactive/'],
  ['health score', '/metrics/health-score/'],
  ['sales handoff', '/playbook/sales-to-cs-handoff/'],
  ['crisis', '/practices/crisis-management/', { type: ['Practice'] }],
  ['renewal', '/playbook/renewal-preparation/', { phase: ['Renewal'] }],
];

let index: SearchIndex;

beforeAll(async () => {
  index = await openSearchIndex();
});

afterAll(() => index?.close());

const search = (query: string, filters?: FilterSelection) => index.search(query, filters);
const topUrls: SearchIndex['topUrls'] = (outcome, count) => index.topUrls(outcome, count);

describe('search quality over the built index', () => {
  it(`finds the expected page in the top three for every one of the ${CASES.length} jargon queries`, async () => {
    const lines: string[] = [];
    let first = 0;
    let found = 0;
    for (const [query, expected, filters] of CASES) {
      const outcome = await search(query, filters);
      const top = await topUrls(outcome, 3);
      const rank = top.indexOf(expected) + 1;
      if (rank === 1) first += 1;
      if (rank > 0) found += 1;
      const note = outcome.corrections.length > 0 ? ` (searched "${outcome.plan?.text}")` : '';
      lines.push(`${rank > 0 ? `#${rank}` : 'MISS'}  ${JSON.stringify(query)}${note} → ${expected}${rank === 1 ? '' : `  [top: ${top.join(', ') || 'nothing'}]`}`);
    }
    console.log(`Jargon queries: top 1 ${first}/${CASES.length}, top 3 ${found}/${CASES.length} (all required)\n${lines.join('\n')}`);
    expect(lines.filter((line) => line.startsWith('MISS'))).toEqual([]);
  });

  it('runs no two words together in any page\'s indexed text', () => {
    // Two elements' texts that meet without white space read as one word, which no query finds
    // ("organisationRate" once, where a link met the sentence after it): a capital letter right
    // after lower-case ones is its mark.
    const texts = indexedTexts();
    expect(texts.length).toBeGreaterThan(50);
    const joined = texts.flatMap(([url, text]) => [...text.matchAll(/\b\p{Ll}{2,}\p{Lu}\p{Ll}+/gu)].map((match) => `${url}: ${match[0]}`));
    expect(joined).toEqual([]);
  });

  it('answers a 10,000-character query quickly, with the query cut short', async () => {
    const started = performance.now();
    const cleaned = cleanQuery('escalation '.repeat(1000));
    const outcome = await search(cleaned.text);
    expect(cleaned.truncated).toBe(true);
    expect(outcome.query.length).toBeLessThanOrEqual(100);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('treats markup in a query as words, not HTML', async () => {
    const outcome = await search('<img src=x onerror=alert(1)>');
    for (const hit of outcome.hits.slice(0, 3)) expect((await hit.hit.data()).url).toMatch(/^\//);
  });

  it('lists pages by filter alone when there is no query', async () => {
    const outcome = await search('', { type: ['Metric'] });
    expect(outcome.filtersOnly).toBe(true);
    const urls = await topUrls(outcome, 5);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/metrics\/[^/]+\/$/);
  });
});
