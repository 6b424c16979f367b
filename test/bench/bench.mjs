#!/usr/bin/env node
/**
 * `npm run bench`: how heavy and how fast the site is, beside a reference anyone can reproduce.
 *
 *   1. Side-by-side clean builds at 95 pages and with 100, 1,000 and 5,000 synthetic pages added:
 *      this site and a Starlight site with as many Markdown pages of the same word counts (see
 *      lib/starlight.ts), interleaved, median of 3 each: seconds, pages per second, peak memory
 *      (build + Pagefind), the ratio, and each build's phases. Growth: our cost per page per size.
 *   2. Per page type (home, stage, assessment, play, practice, metric, search), cold, in Chromium:
 *      first-visit weight (HTML + CSS + JS + fonts, gzip as served), requests, JavaScript before any
 *      interaction, JavaScript once search is opened.
 *   3. Search, at every size: bytes for the first query, index size, query latency (median of 10
 *      warm queries, typed into the search page and timed from outside, see lib/measure.ts).
 *   4. Lighthouse, mobile defaults, on each page type.
 *   Beside 2 and 4, in the same run and the same browser: a content page of the Starlight reference
 *   (the one it just built at 95 pages) and a control page (a heading and a sentence, no CSS, no
 *   script), whose Lighthouse figures are this machine's floor: what any page scores here.
 *
 * Everything runs on a throwaway copy of the project (the work tree and dist/ are left alone),
 * served by a small gzip static server that also sends the headers from the build's _headers.
 * Writes test/bench/results/latest.json (git-ignored) and test/bench/latest.md (committed).
 *
 * Options:
 *   --runs=3              clean builds per site and size
 *   --large-runs=N        clean builds per site at 5,000 or more extra pages (default: --runs);
 *                         on two cores each of those takes minutes
 *   --sizes=100,1000,5000 synthetic pages added for the growth steps (--sizes= for none)
 *   --lighthouse-runs=3   Lighthouse runs per page type
 *   --skip=a,b            leave out: starlight (the reference builds), growth (sizes above 95 pages),
 *                         pages (page weights and search), lighthouse
 *   --report              measure nothing: write test/bench/latest.md again from the last run's
 *                         test/bench/results/latest.json (after a change to the report's wording)
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../playwright.config.ts';
import { fileForPath, filesUnder, gzipBytes, kb, repoRoot, sitemapPaths } from './lib/built-site.ts';
import { copyProject } from './lib/project-copy.ts';
import { freePort, serve } from './lib/static-server.ts';
import { measureFirstVisit, measureSearch, measureWorkerInstall } from './lib/measure.ts';
import { CATEGORIES, runLighthouse } from './lib/lighthouse.ts';
import { contentVocabulary, random, writeSyntheticPages } from './lib/synthetic.ts';
import { cleanBuild, pageWordCounts, summarise } from './lib/side-by-side.ts';
import { scaffoldStarlight, writeStarlightPages } from './lib/starlight.ts';
import { buildSection, growthSection } from './lib/report.ts';

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const KNOWN_SKIPS = ['starlight', 'growth', 'pages', 'lighthouse'];
const runsAtSmallSizes = Number(options.runs ?? 3);
const largeRuns = Number(options['large-runs'] ?? runsAtSmallSizes);
const LARGE = 5000;
const sizes = String(options.sizes ?? '100,1000,5000').split(',').filter(Boolean).map(Number);
const skip = new Set(String(options.skip ?? '').split(',').filter(Boolean));
const lighthouseRuns = Number(options['lighthouse-runs'] ?? 3);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
for (const part of skip) if (!KNOWN_SKIPS.includes(part)) throw new Error(`--skip=${part}: known parts are ${KNOWN_SKIPS.join(', ')}`);
if (!(runsAtSmallSizes >= 1) || !(largeRuns >= 1) || sizes.some((size) => !(size > 0))) throw new Error('--runs and --large-runs must be 1 or more, --sizes positive page counts');

/** A Starlight content page (written by lib/starlight.ts), and the control page, on their own hosts. */
const STARLIGHT_PAGE = '/guides/example/';
const STARLIGHT_TYPE = 'Starlight content page';
const CONTROL_TYPE = 'control page';
const CONTROL_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Control</title><link rel="icon" href="data:,"><meta name="description" content="A page with no style and no script."></head><body><main><h1>Control</h1><p>A heading and a sentence, with no style and no script.</p></main></body></html>\n';

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

async function measurePages(browser, pages) {
  const rows = [];
  for (const { type, path, url } of pages) {
    const visit = await measureFirstVisit(browser, url);
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

async function workerFigures(browser, origin, outDir) {
  const install = await measureWorkerInstall(browser, `${origin}/`);
  const workerBytes = gzipBytes(readFileSync(join(outDir, 'sw.js')));
  log(`service worker: sw.js ${kb(workerBytes)}, ${kb(install.installBytes)} in ${install.installRequests} requests while it installs on a first visit of /`);
  return { workerKb: round(workerBytes / 1024), installKb: round(install.installBytes / 1024), installRequests: install.installRequests };
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

/** Hosts for the pages measured beside ours: the reference's last build (if any) and the control page. */
async function besideHosts(reference, workDir) {
  const controlDir = join(workDir, 'control-page');
  mkdirSync(controlDir, { recursive: true });
  writeFileSync(join(controlDir, 'index.html'), CONTROL_PAGE);
  const hosts = [];
  if (reference && fileForPath(STARLIGHT_PAGE, reference.outDir, '/')) hosts.push({ type: STARLIGHT_TYPE, path: STARLIGHT_PAGE, host: await serve(reference.outDir, '/', 0) });
  hosts.push({ type: CONTROL_TYPE, path: '/', host: await serve(controlDir, '/', 0) });
  return hosts;
}

function markdown(results) {
  const lines = [];
  const { pages, search, lighthouse, sizes: bySize, machine } = results;
  lines.push('# Bench results', '');
  lines.push(`Measured ${results.date} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, Astro ${machine.astro}; load average ${machine.loadAverageAtStart} when the bench started (timings on a busy machine read slow; the side-by-side ratio is steadier than either time). Reproduce with \`npm run bench\` (see README, "Performance").`, '');
  lines.push(...buildSection(bySize, results.starlightVersions));
  lines.push(...growthSection(bySize));
  if (pages) {
    lines.push('## Page types (first visit, cold cache, gzip as served)', '');
    lines.push('| type | page | first visit | requests | JS before interaction | JS after opening search |', '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const row of pages) lines.push(`| ${row.type} | \`${row.path}\` | ${row.weightKb} KB | ${row.requests} | ${row.jsAtLoadKb} KB | ${row.jsAfterSearchKb ?? '—'}${row.jsAfterSearchKb === null ? '' : ' KB'} |`);
    lines.push('', `Measured with the service worker blocked (a first visit is not controlled by it yet, and Chromium reports what it answers without network sizes). ${pages.some((row) => row.type === STARLIGHT_TYPE) ? `"${STARLIGHT_TYPE}" is \`${STARLIGHT_PAGE}\` of the Starlight reference the bench built at 95 pages, measured in the same browser; its search opens from a button, so the last column is left empty.` : ''}`);
    if (results.worker) lines.push(`Four seconds into a first visit of \`/\` the page registers the service worker: the browser fetches it (${results.worker.workerKb} KB gzip), and the worker stores the offline page, the page just read and their files: ${results.worker.installRequests} requests, ${results.worker.installKb} KB over the network (a file the browser's HTTP cache answers counts 0).`);
    lines.push('');
  }
  if (search) {
    lines.push('## Search', '');
    lines.push('| index | first query transfers | query latency (median of 10, warm) |', '| ---: | ---: | ---: |');
    lines.push(`| ${search.indexKb} KB in ${search.indexFiles} files | ${search.firstQueryKb} KB in ${search.firstQueryRequests} requests | ${search.medianLatencyMs} ms |`, '');
  }
  if (lighthouse) {
    lines.push(`## Lighthouse (mobile defaults, median of ${results.lighthouseRuns} runs per page)`, '');
    lines.push(`One Chrome for all pages; a warm-up run is thrown away, then the pages take turns (every page once, ${results.lighthouseRuns} rounds), with a pause of a few seconds before each change of site, so one site's background work (this site's service worker installs four seconds in) does not fall into another's run. The control page is a heading and a sentence with no style and no script: what any page scores on this machine. "${STARLIGHT_TYPE}" is measured in the same rounds.`, '');
    lines.push('| type | performance | accessibility | best practices | SEO | LCP | TBT | TBT, every run | performance, every run |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of lighthouse) lines.push(`| ${row.type} | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${row.scores.seo} | ${row.lcpMs} ms | ${row.tbtMs} ms | ${row.tbtRuns?.join(' / ') ?? '—'} ms | ${row.performanceRuns?.join(' / ') ?? '—'} |`);
    const short = lighthouse.filter((row) => row.shortfalls.length > 0);
    if (short.length > 0) {
      lines.push('', 'Below 100:', '');
      for (const row of short) lines.push(`- ${row.type}: ${row.shortfalls.join(', ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Builds both sites at one size, interleaved; leaves our last build in `ours.outDir` for browsing. */
async function sideBySide(extra, ours, reference, words) {
  const loadAtStart = round(loadavg()[0], 1);
  const port = await freePort();
  const env = { SITE_URL: `http://127.0.0.1:${port}`, BASE_PATH: '/' };
  const oursRuns = [];
  const referenceRuns = [];
  const runs = extra >= LARGE ? largeRuns : runsAtSmallSizes;
  for (let run = 1; run <= runs; run += 1) {
    // Alternate who goes first, so a load spike or a warm disk cache favours neither side.
    const order = run % 2 === 1 || !reference ? ['ours', 'reference'] : ['reference', 'ours'];
    for (const side of order) {
      if (side === 'ours') {
        const figures = await cleanBuild(ours, env);
        oursRuns.push(figures);
        log(`+${extra} ours ${run}/${runs}: ${figures.seconds.toFixed(2)} s (CPU ${figures.cpuSeconds.toFixed(1)} s), ${figures.pages} pages, peak ${(figures.peakMemory / 2 ** 20).toFixed(0)} MiB, phases ${JSON.stringify(figures.phases)}`);
        if (reference && run === 1) writeStarlightPages(reference.dir, pageWordCounts(ours.outDir), words, random(20_250_301 + extra));
      } else if (reference) {
        const figures = await cleanBuild(reference, env);
        referenceRuns.push(figures);
        log(`+${extra} Starlight ${run}/${runs}: ${figures.seconds.toFixed(2)} s (CPU ${figures.cpuSeconds.toFixed(1)} s), ${figures.pages} pages, peak ${(figures.peakMemory / 2 ** 20).toFixed(0)} MiB, phases ${JSON.stringify(figures.phases)}`);
      }
    }
  }
  const result = { extraPages: extra, runs, ours: summarise(oursRuns), port, loadAverage: [loadAtStart, round(loadavg()[0], 1)] };
  if (reference) {
    result.starlight = summarise(referenceRuns);
    result.ratio = round(result.ours.pagesPerSecond / result.starlight.pagesPerSecond, 2);
    if (result.starlight.pages !== result.ours.pages) log(`warning: Starlight built ${result.starlight.pages} pages, ours ${result.ours.pages}`);
  }
  log(`+${extra}: ours ${result.ours.medianSeconds} s (${result.ours.pagesPerSecond} pages/s)${reference ? `, Starlight ${result.starlight.medianSeconds} s (${result.starlight.pagesPerSecond} pages/s), ratio ${result.ratio}` : ''}`);
  return result;
}

async function main() {
  if (options.report) {
    const results = JSON.parse(readFileSync(join(repoRoot, 'test/bench/results/latest.json'), 'utf8'));
    writeFileSync(join(repoRoot, 'test/bench/latest.md'), markdown(results));
    log(`wrote test/bench/latest.md from the run of ${results.date}`);
    return;
  }
  const started = Date.now();
  const astroVersion = JSON.parse(readFileSync(join(repoRoot, 'node_modules/astro/package.json'), 'utf8')).version;
  const results = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node, astro: astroVersion, loadAverageAtStart: round(loadavg()[0], 1) },
    runs: runsAtSmallSizes,
    largeRuns,
    lighthouseRuns,
    sizes: [],
  };
  const copy = copyProject('smp-bench-');
  log(`working copy: ${copy.dir}`);
  const starlight = skip.has('starlight') ? undefined : scaffoldStarlight(log);
  if (starlight) results.starlightVersions = starlight.versions;
  const reference = starlight && { label: 'Starlight', dir: starlight.dir, outDir: join(starlight.dir, 'out'), astroBin: starlight.astroBin };
  const words = contentVocabulary(join(copy.dir, 'content'));
  try {
    for (const extra of [0, ...(skip.has('growth') ? [] : sizes)]) {
      writeSyntheticPages(join(copy.dir, 'content'), extra);
      const ours = { label: 'this site', dir: copy.dir, outDir: join(copy.dir, `out-${extra}`) };
      const size = await sideBySide(extra, ours, reference, words);
      const previous = results.sizes.at(-1);
      if (previous) size.perPageVsPrevious = round(size.ours.medianSeconds / size.ours.pages / (previous.ours.medianSeconds / previous.ours.pages), 2);
      results.sizes.push(size);
      const server = await serve(ours.outDir, '/', size.port);
      // Beside our pages at 95: Starlight's content page and the control page, each on its own host.
      const beside = extra === 0 ? await besideHosts(reference, copy.dir) : [];
      try {
        const types = pageTypes(ours.outDir);
        const ourPages = types.map(([type, path]) => ({ type, path, url: `${server.origin}${path}` }));
        const besidePages = beside.map(({ type, path, host }) => ({ type, path, url: `${host.origin}${path}` }));
        if (!skip.has('pages')) {
          const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
          try {
            if (extra === 0) results.pages = await measurePages(browser, [...ourPages, ...besidePages.filter(({ type }) => type === STARLIGHT_TYPE)]);
            if (extra === 0) results.worker = await workerFigures(browser, server.origin, ours.outDir);
            if (types.some(([type]) => type === 'search')) size.search = await searchFigures(browser, server.origin, ours.outDir);
            if (extra === 0) results.search = size.search;
          } finally {
            await browser.close();
          }
        }
        if (extra === 0 && !skip.has('lighthouse')) {
          const measured = [...ourPages, ...besidePages];
          const scores = await runLighthouse(measured.map(({ url }) => url), lighthouseRuns, chromePath);
          results.lighthouse = measured.map(({ type, path, url }) => {
            const result = scores.get(url);
            log(`lighthouse ${type}: ${CATEGORIES.map((c) => result?.scores[c]).join(' / ')}, TBT ${result?.tbtRuns.join(' / ')} ms${result?.shortfalls.length ? ` (${result.shortfalls.join(', ')})` : ''}`);
            return { type, path, scores: result?.scores, shortfalls: result?.shortfalls ?? [], lcpMs: result?.lcp, tbtMs: result?.tbt, tbtRuns: result?.tbtRuns, performanceRuns: result?.performanceRuns };
          });
        }
      } finally {
        await server.close();
        for (const { host } of beside) await host.close();
        // The reference's last build stays until here: at 95 pages its content page is measured above.
        if (reference) rmSync(reference.outDir, { recursive: true, force: true });
      }
      rmSync(ours.outDir, { recursive: true, force: true });
    }
  } finally {
    copy.remove();
    starlight?.remove();
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
