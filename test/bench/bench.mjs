#!/usr/bin/env node
/**
 * `npm run bench`: how heavy and how fast the site is, with numbers anyone can reproduce.
 *
 *   1. Clean builds (median of 3): seconds, pages per second, peak memory (build + Pagefind).
 *   2. Per page type (home, stage, assessment, play, practice, metric, search), cold, in Chromium:
 *      first-visit weight (HTML + CSS + JS + fonts, gzip as served), requests, JavaScript before any
 *      interaction, JavaScript once search is opened.
 *   3. Search: bytes for the first query, index size, query latency (median of 10 warm queries).
 *   4. Lighthouse, mobile defaults, on each page type.
 *   5. Growth: 100, 1,000 and 5,000 extra synthetic pages: build time, pages per second, index size,
 *      query latency.
 *
 * Everything runs on a throwaway copy of the project (the work tree and dist/ are left alone),
 * served by a small gzip static server that also sends the headers from the build's _headers.
 * Writes test/bench/results/latest.json (git-ignored) and test/bench/latest.md (committed).
 *
 * Options: --runs=3  --lighthouse-runs=3  --sizes=100,1000,5000  --skip=lighthouse,growth,pages
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../playwright.config.ts';
import { fileForPath, filesUnder, kb, repoRoot, sitemapPaths } from './lib/built-site.ts';
import { build, copyProject } from './lib/project-copy.ts';
import { freePort, serve } from './lib/static-server.ts';
import { measureFirstVisit, measureSearch, median } from './lib/measure.ts';
import { CATEGORIES, runLighthouse } from './lib/lighthouse.ts';
import { writeSyntheticPages } from './lib/synthetic.ts';

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const runs = Number(options.runs ?? 3);
const sizes = String(options.sizes ?? '100,1000,5000').split(',').filter(Boolean).map(Number);
const skip = new Set(String(options.skip ?? '').split(','));
const lighthouseRuns = Number(options['lighthouse-runs'] ?? 3);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The reference: Starlight, a docs site on Astro (content page, two cores). */
const REFERENCE = { weightKb: 25.5, jsAtLoadKb: 4, jsIdleKb: 26, pagesPerSecond: 19, lighthouse: 100 };

const log = (message) => console.log(`[bench] ${message}`);
const round = (value, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

function folderBytes(dir) {
  return filesUnder(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/** One URL path per page type, taken from the sitemap (types not built yet are left out). */
function pageTypes(outDir) {
  const paths = sitemapPaths(outDir);
  const kindOf = (path) => /data-pagefind-meta="type:([A-Za-z]+)"/.exec(readFileSync(fileForPath(path, outDir, '/') ?? '', 'utf8'))?.[1];
  const firstOfKind = (kind) => paths.find((path) => fileForPath(path, outDir, '/') && kindOf(path) === kind);
  const types = {
    home: paths.includes('/') ? '/' : undefined,
    stage: firstOfKind('Stage'),
    assessment: paths.includes('/assess/') ? '/assess/' : undefined,
    play: firstOfKind('Play'),
    practice: firstOfKind('Practice'),
    metric: firstOfKind('Metric'),
    search: fileForPath('/search/', outDir, '/') ? '/search/' : undefined,
  };
  return Object.entries(types).filter(([, path]) => path);
}

async function cleanBuilds(copy, outDir, site) {
  const results = [];
  for (let run = 1; run <= runs; run += 1) {
    rmSync(join(copy.dir, '.cache'), { recursive: true, force: true });
    mkdirSync(join(copy.dir, '.cache'));
    rmSync(outDir, { recursive: true, force: true });
    const result = await build(copy.dir, { OUT_DIR: outDir, SITE_URL: site, BASE_PATH: '/' });
    if (result.status !== 0) throw new Error(`build failed:\n${result.output.slice(-3000)}`);
    const pages = filesUnder(outDir, '.html').length;
    log(`clean build ${run}/${runs}: ${result.seconds.toFixed(2)} s, ${pages} pages, peak ${(result.peakMemory / 2 ** 20).toFixed(0)} MiB, phases ${JSON.stringify(phasesOf(result.output))}`);
    results.push({ ...result, pages });
  }
  const seconds = median(results.map((r) => r.seconds));
  const pages = results[0].pages;
  return {
    runs: results.map((r) => round(r.seconds, 2)),
    medianSeconds: round(seconds, 2),
    pages,
    pagesPerSecond: round(pages / seconds, 1),
    peakMemoryMiB: round(Math.max(...results.map((r) => r.peakMemory)) / 2 ** 20, 0),
  };
}

async function measurePages(browser, origin, types) {
  const rows = [];
  for (const [type, path] of types) {
    const visit = await measureFirstVisit(browser, `${origin}${path}`);
    log(`${type} ${path}: ${kb(visit.weight)} first visit, ${visit.requests} requests, JS ${kb(visit.jsAtLoad)} at load`);
    rows.push({
      type,
      path,
      weightKb: round(visit.weight / 1024),
      bytes: visit.bytes,
      requests: visit.requests,
      jsAtLoadKb: round(visit.jsAtLoad / 1024),
      jsAfterSearchKb: visit.jsAfterSearch === null ? null : round(visit.jsAfterSearch / 1024),
    });
  }
  return rows;
}

async function searchFigures(browser, origin, outDir) {
  const indexDir = join(outDir, 'pagefind');
  const index = { bytes: folderBytes(indexDir), files: filesUnder(indexDir).length };
  const run = await measureSearch(browser, `${origin}/search/`);
  log(`search: first query ${kb(run.firstQueryBytes)} in ${run.firstQueryRequests} requests, median latency ${run.medianLatency.toFixed(0)} ms, index ${kb(index.bytes)}`);
  return {
    indexKb: round(index.bytes / 1024),
    indexFiles: index.files,
    firstQueryKb: round(run.firstQueryBytes / 1024),
    firstQueryRequests: run.firstQueryRequests,
    medianLatencyMs: round(run.medianLatency, 0),
    latenciesMs: run.latencies.map((ms) => round(ms, 0)),
  };
}

async function growth(copy, baseline) {
  const rows = [];
  for (const extra of sizes) {
    writeSyntheticPages(join(copy.dir, 'content'), extra);
    const outDir = join(copy.dir, `out-${extra}`);
    rmSync(join(copy.dir, '.cache'), { recursive: true, force: true });
    mkdirSync(join(copy.dir, '.cache'));
    const port = await freePort();
    const result = await build(copy.dir, { OUT_DIR: outDir, SITE_URL: `http://127.0.0.1:${port}`, BASE_PATH: '/' });
    if (result.status !== 0) throw new Error(`build with ${extra} extra pages failed:\n${result.output.slice(-3000)}`);
    const pages = filesUnder(outDir, '.html').length;
    const server = await serve(outDir, '/', port);
    const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
    let search;
    try {
      search = await searchFigures(browser, server.origin, outDir);
    } finally {
      await browser.close();
      await server.close();
    }
    rmSync(outDir, { recursive: true, force: true });
    const row = {
      extraPages: extra,
      pages,
      seconds: round(result.seconds, 2),
      pagesPerSecond: round(pages / result.seconds, 1),
      peakMemoryMiB: round(result.peakMemory / 2 ** 20, 0),
      indexKb: search.indexKb,
      firstQueryKb: search.firstQueryKb,
      medianLatencyMs: search.medianLatencyMs,
      phases: phasesOf(result.output),
    };
    log(`growth +${extra}: ${pages} pages in ${row.seconds} s (${row.pagesPerSecond} pages/s), index ${row.indexKb} KB, latency ${row.medianLatencyMs} ms`);
    rows.push(row);
  }
  writeSyntheticPages(join(copy.dir, 'content'), 0);
  // Cost per page should not rise with size: compare seconds per page with the baseline build.
  const basePerPage = baseline.medianSeconds / baseline.pages;
  for (const row of rows) row.secondsPerPageVsBaseline = round(row.seconds / row.pages / basePerPage, 2);
  return rows;
}

/** Seconds in one of Astro's or Vite's durations: "711ms", "1.95s", "1m 48s". */
function durationSeconds(text) {
  const match = /^(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)$/.exec(text.trim());
  if (!match) return null;
  const [, minutes = '0', amount, unit] = match;
  return round(Number(minutes) * 60 + (unit === 'ms' ? Number(amount) / 1000 : Number(amount)), 2);
}

/** Where a build spent its time, from Astro's, Vite's and Pagefind's log lines. */
function phasesOf(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const duration = '((?:\\d+m\\s*)?[\\d.]+(?:ms|s))';
  const first = (pattern) => {
    const match = new RegExp(pattern).exec(plain);
    return match ? durationSeconds(match[1]) : null;
  };
  return {
    typesAndContent: first(`\\[types\\] Generated ${duration}`),
    bundles: [...plain.matchAll(new RegExp(`\\[vite\\] ✓ built in ${duration}`, 'g'))].map((m) => durationSeconds(m[1])),
    renderPages: first(`generating static routes[\\s\\S]*?✓ Completed in ${duration}`),
    searchIndex: first(`Indexed \\d+ pages .* in ([\\d.]+ ?ms)`),
  };
}

function markdown(results) {
  const lines = [];
  const { build: b, pages, search, lighthouse, growth: g, machine } = results;
  lines.push('# Bench results', '');
  lines.push(`Measured ${results.date} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, Astro ${machine.astro}; load average ${machine.loadAverageAtStart} when the bench started (timings on a busy machine read slow). Reproduce with \`npm run bench\` (see README, "Performance").`, '');
  lines.push('## Build', '');
  lines.push('| pages | clean build (median of ' + b.runs.length + ') | runs | pages/s | peak memory |', '| ---: | ---: | --- | ---: | ---: |');
  lines.push(`| ${b.pages} | ${b.medianSeconds} s | ${b.runs.join(' / ')} s | ${b.pagesPerSecond} | ${b.peakMemoryMiB} MiB |`, '');
  if (pages) {
    lines.push('## Page types (first visit, cold cache, gzip as served)', '');
    lines.push('| type | page | first visit | requests | JS before interaction | JS after opening search |', '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const row of pages) lines.push(`| ${row.type} | \`${row.path}\` | ${row.weightKb} KB | ${row.requests} | ${row.jsAtLoadKb} KB | ${row.jsAfterSearchKb ?? '—'}${row.jsAfterSearchKb === null ? '' : ' KB'} |`);
    lines.push('');
  }
  if (search) {
    lines.push('## Search', '');
    lines.push('| index | first query transfers | query latency (median of 10, warm) |', '| ---: | ---: | ---: |');
    lines.push(`| ${search.indexKb} KB in ${search.indexFiles} files | ${search.firstQueryKb} KB in ${search.firstQueryRequests} requests | ${search.medianLatencyMs} ms |`, '');
  }
  if (lighthouse) {
    lines.push(`## Lighthouse (mobile defaults, median of ${results.lighthouseRuns} runs per page)`, '');
    lines.push('| type | performance | accessibility | best practices | SEO | LCP | TBT |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of lighthouse) lines.push(`| ${row.type} | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${row.scores.seo} | ${row.lcpMs} ms | ${row.tbtMs} ms |`);
    const short = lighthouse.filter((row) => row.shortfalls.length > 0);
    if (short.length > 0) {
      lines.push('', 'Below 100:', '');
      for (const row of short) lines.push(`- ${row.type}: ${row.shortfalls.join(', ')}`);
    }
    lines.push('');
  }
  if (g) {
    lines.push('## Growth (synthetic metric and play pages added)', '');
    lines.push('| extra pages | pages | build | bundle / render / index | pages/s | s per page vs baseline | peak memory | index | first query | query latency |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of g) {
      const phases = `${row.phases.bundles.reduce((a, b) => a + b, 0).toFixed(1)} / ${row.phases.renderPages ?? '?'} / ${row.phases.searchIndex ?? '?'} s`;
      lines.push(`| ${row.extraPages} | ${row.pages} | ${row.seconds} s | ${phases} | ${row.pagesPerSecond} | ${row.secondsPerPageVsBaseline} × | ${row.peakMemoryMiB} MiB | ${row.indexKb} KB | ${row.firstQueryKb} KB | ${row.medianLatencyMs} ms |`);
    }
    lines.push('', 'Bundle: Vite compiling the pages and MDX; render: writing the HTML; index: Pagefind and the spelling list.');
    lines.push('');
  }
  lines.push('## Reference', '');
  lines.push(`Starlight content page: ${REFERENCE.weightKb} KB gzip first visit, about ${REFERENCE.jsAtLoadKb} KB of JS at load (${REFERENCE.jsIdleKb} KB once idle), about ${REFERENCE.pagesPerSecond} pages/s on two cores, Lighthouse ${REFERENCE.lighthouse} in all four categories.`, '');
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  const astroVersion = JSON.parse(readFileSync(join(repoRoot, 'node_modules/astro/package.json'), 'utf8')).version;
  const results = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node, astro: astroVersion, loadAverageAtStart: round(loadavg()[0], 1) },
    reference: REFERENCE,
    lighthouseRuns,
  };
  const copy = copyProject('smp-bench-');
  log(`working copy: ${copy.dir}`);
  try {
    const outDir = join(copy.dir, 'out');
    const port = await freePort();
    results.build = await cleanBuilds(copy, outDir, `http://127.0.0.1:${port}`);
    const types = pageTypes(outDir);
    const server = await serve(outDir, '/', port);
    try {
      if (!skip.has('pages')) {
        const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
        try {
          results.pages = await measurePages(browser, server.origin, types);
          if (types.some(([type]) => type === 'search')) results.search = await searchFigures(browser, server.origin, outDir);
        } finally {
          await browser.close();
        }
      }
      if (!skip.has('lighthouse')) {
        const scores = await runLighthouse(types.map(([, path]) => `${server.origin}${path}`), lighthouseRuns, chromePath);
        results.lighthouse = types.map(([type, path]) => {
          const result = scores.get(`${server.origin}${path}`);
          log(`lighthouse ${type}: ${CATEGORIES.map((c) => result?.scores[c]).join(' / ')}${result?.shortfalls.length ? ` (${result.shortfalls.join(', ')})` : ''}`);
          return { type, path, scores: result?.scores, shortfalls: result?.shortfalls ?? [], lcpMs: result?.lcp, tbtMs: result?.tbt };
        });
      }
    } finally {
      await server.close();
    }
    if (!skip.has('growth') && sizes.length > 0) results.growth = await growth(copy, results.build);
  } finally {
    copy.remove();
  }
  results.benchSeconds = Math.round((Date.now() - started) / 1000);

  const resultsDir = join(repoRoot, 'test/bench/results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const report = markdown(results);
  writeFileSync(join(repoRoot, 'test/bench/latest.md'), report);
  console.log(`\n${report}`);
  log(`done in ${results.benchSeconds} s; wrote test/bench/results/latest.json and test/bench/latest.md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
