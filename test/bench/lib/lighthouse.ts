/**
 * Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU) on a list of URLs, in
 * Debian's Chromium started through chrome-launcher. Returns the four category scores (0–100) and
 * the audits that cost points, so a score below 100 says why.
 *
 * Each URL runs `runs` times and the run with the median performance score counts: Lighthouse's own
 * advice, since CPU noise (another process busy on a two-core machine) moves Total Blocking Time a
 * lot. The first run in a fresh Chrome is slower than the rest, so one warm-up run is thrown away,
 * and the runs go round the list (every URL once, then again) so a slow minute of the machine falls
 * on all pages alike rather than on whichever page was being measured. Before a page of another
 * origin, the bench waits a few seconds: a page's background work (this site's service worker
 * registers and installs four seconds in) must not fall into another site's measurement; within one
 * origin, Lighthouse's storage reset before each run removes it.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits scoring below 1 in any category, with their score. */
  shortfalls: string[];
  /** Largest Contentful Paint and Total Blocking Time, ms (simulated), of the median run. */
  lcp: number;
  tbt: number;
  /** Total Blocking Time and performance score of every run, in the order they ran. */
  tbtRuns: number[];
  performanceRuns: number[];
}

/** Long enough for a page's service worker to register (4 s in) and install before another origin's run. */
const BETWEEN_ORIGINS_MS = 8000;

const performanceOf = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);
const tbtOf = (lhr: Result) => Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0);

function summarise(reports: Result[]): LighthouseResult {
  const byPerformance = [...reports].sort((a, b) => performanceOf(a) - performanceOf(b));
  const lhr = byPerformance[Math.floor(byPerformance.length / 2)] as Result;
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as LighthouseResult['scores'];
  const shortfalls: string[] = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) shortfalls.push(`${id}/${ref.id} (${audit.score})`);
    }
  }
  return {
    scores,
    shortfalls,
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbt: tbtOf(lhr),
    tbtRuns: reports.map(tbtOf),
    performanceRuns: reports.map(performanceOf),
  };
}

export async function runLighthouse(urls: string[], runs = 3, chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<Map<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const audit = async (url: string) => {
    const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    return run.lhr;
  };
  const reports = new Map<string, Result[]>(urls.map((url) => [url, []]));
  const order = [...(urls[0] ? [urls[0]] : []), ...Array.from({ length: runs }, () => urls).flat()];
  try {
    for (const [index, url] of order.entries()) {
      const lhr = await audit(url);
      // The first run is the warm-up.
      if (index > 0) reports.get(url)?.push(lhr);
      const next = order[index + 1];
      if (next && new URL(next).origin !== new URL(url).origin) await new Promise((settled) => setTimeout(settled, BETWEEN_ORIGINS_MS));
    }
  } finally {
    chrome.kill();
  }
  return new Map([...reports].filter(([, list]) => list.length > 0).map(([url, list]) => [url, summarise(list)]));
}
