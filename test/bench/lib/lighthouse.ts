/**
 * Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU) on a list of URLs, in
 * Debian's Chromium started through chrome-launcher. Returns the four category scores (0–100) and
 * the audits that cost points, so a score below 100 says why. Each URL runs `runs` times and the
 * run with the median performance score counts: Lighthouse's own advice, since CPU noise (another
 * process busy on a two-core machine) moves Total Blocking Time a lot.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits scoring below 1 in any category, with their score. */
  shortfalls: string[];
  /** Largest Contentful Paint and Total Blocking Time, ms (simulated). */
  lcp: number;
  tbt: number;
}

export async function runLighthouse(urls: string[], runs = 3, chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<Map<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = new Map<string, LighthouseResult>();
  try {
    for (const url of urls) {
      const reports = [];
      for (let attempt = 0; attempt < runs; attempt += 1) {
        const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
        reports.push(run.lhr);
      }
      reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = reports[Math.floor(reports.length / 2)];
      if (!lhr) continue;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as LighthouseResult['scores'];
      const shortfalls: string[] = [];
      for (const id of CATEGORIES) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) shortfalls.push(`${id}/${ref.id} (${audit.score})`);
        }
      }
      results.set(url, {
        scores,
        shortfalls,
        lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
