/**
 * Clean builds for the bench's side-by-side table: one site (ours or the Starlight reference) built
 * from nothing (output, Astro's and Vite's caches removed), timed, with peak memory and the phases
 * Astro, Vite and Pagefind report, and the figures of several runs summarised by their median.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './built-site.ts';
import { build } from './project-copy.ts';
import { median } from './measure.ts';

export interface SiteUnderTest {
  label: string;
  dir: string;
  outDir: string;
  /** Another site's Astro CLI (the reference); ours when absent. */
  astroBin?: string;
}

/** Seconds spent in each phase a build reports; null when its log does not say. */
export interface Phases {
  /** Config, integrations, content sync and types, up to "Collecting build info ✓". */
  setup: number | null;
  /** Vite's bundles (server and browser), summed. */
  bundle: number | null;
  /** Rendering every page to HTML. */
  render: number | null;
  /** Pagefind (ours: with the spelling list and page summaries). */
  searchIndex: number | null;
}

export interface BuildFigures {
  seconds: number;
  cpuSeconds: number;
  pages: number;
  peakMemory: number;
  phases: Phases;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Removes `site`'s output and caches, builds it, and fails loudly with the log's end when the build fails. */
export async function cleanBuild(site: SiteUnderTest, env: Record<string, string>): Promise<BuildFigures> {
  for (const folder of ['.cache', '.astro']) rmSync(join(site.dir, folder), { recursive: true, force: true });
  rmSync(site.outDir, { recursive: true, force: true });
  const result = await build(site.dir, { ...env, OUT_DIR: site.outDir }, undefined, site.astroBin);
  if (result.status !== 0) throw new Error(`${site.label} build failed:\n${result.output.slice(-3000)}`);
  return {
    seconds: result.seconds,
    cpuSeconds: result.cpuSeconds,
    pages: filesUnder(site.outDir, '.html').length,
    peakMemory: result.peakMemory,
    phases: phasesOf(result.output),
  };
}

/** Seconds in one of Astro's, Vite's or Pagefind's durations: "711ms", "2015 ms", "1.95s", "1m 48s". */
export function durationSeconds(text: string): number | null {
  const match = /^(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)$/.exec(text.trim());
  if (!match) return null;
  const [, minutes = '0', amount = '0', unit] = match;
  return round(Number(minutes) * 60 + (unit === 'ms' ? Number(amount) / 1000 : Number(amount)), 2);
}

export function phasesOf(output: string): Phases {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const duration = '((?:\\d+m\\s*)?[\\d.]+\\s*(?:ms|s))';
  const first = (...patterns: string[]) => {
    for (const pattern of patterns) {
      const match = new RegExp(pattern).exec(plain);
      if (match?.[1]) return durationSeconds(match[1]);
    }
    return null;
  };
  const bundles = [...plain.matchAll(new RegExp(`\\[vite\\] ✓ built in ${duration}`, 'g'))].map((m) => durationSeconds(m[1] ?? '') ?? 0);
  return {
    setup: first(`Collecting build info\\.\\.\\.[\\s\\S]*?✓ Completed in ${duration}`),
    bundle: bundles.length > 0 ? round(bundles.reduce((a, b) => a + b, 0), 2) : null,
    render: first(`generating static routes[\\s\\S]*?✓ Completed in ${duration}`),
    searchIndex: first(`Indexed \\d+ pages .* in ${duration}`, `Finished building search index in ${duration}`),
  };
}

export interface BuildSummary {
  runs: number[];
  medianSeconds: number;
  /** Median CPU seconds (user + system, child processes included). */
  medianCpuSeconds: number;
  pages: number;
  pagesPerSecond: number;
  /** Median over the runs of each run's peak (a run's peak moves with when garbage collection ran). */
  peakMemoryMiB: number;
  peakMemoryRunsMiB: number[];
  /** Median of each phase over the runs. */
  phases: Phases;
}

export function summarise(runs: BuildFigures[]): BuildSummary {
  const seconds = median(runs.map((r) => r.seconds));
  const pages = runs[0]?.pages ?? 0;
  const phase = (key: keyof Phases) => {
    const values = runs.map((r) => r.phases[key]).filter((v): v is number => v !== null);
    return values.length > 0 ? round(median(values), 2) : null;
  };
  return {
    runs: runs.map((r) => round(r.seconds, 2)),
    medianSeconds: round(seconds, 2),
    medianCpuSeconds: round(median(runs.map((r) => r.cpuSeconds)), 2),
    pages,
    pagesPerSecond: round(pages / seconds, 1),
    peakMemoryMiB: Math.round(median(runs.map((r) => r.peakMemory)) / 2 ** 20),
    peakMemoryRunsMiB: runs.map((r) => Math.round(r.peakMemory / 2 ** 20)),
    phases: { setup: phase('setup'), bundle: phase('bundle'), render: phase('render'), searchIndex: phase('searchIndex') },
  };
}

/** Words in <main> of each built page but the 404 page, in file order: what a reader reads there. */
export function pageWordCounts(outDir: string): number[] {
  return filesUnder(outDir, '.html')
    .filter((file) => file !== '404.html')
    .map((file) => {
      const html = readFileSync(join(outDir, file), 'utf8');
      const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
      const text = main.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[#\w]+;/g, ' ');
      return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
    });
}
