/**
 * The bench's Markdown report (test/bench/latest.md) from its results object: the side-by-side
 * build table against Starlight, where each build spends its time, growth, page weights, search
 * and Lighthouse. Only formatting; every number comes from bench.mjs.
 */
import type { BuildSummary, Phases } from './side-by-side.ts';

export interface SizeResult {
  extraPages: number;
  /** Clean builds per site at this size. */
  runs: number;
  ours: BuildSummary;
  starlight?: BuildSummary;
  /** Our pages per second divided by Starlight's. */
  ratio?: number;
  /** Our seconds per page divided by the previous size's (growth: flat or falling is ≤ 1). */
  perPageVsPrevious?: number;
  loadAverage: [number, number];
  search?: { indexKb: number; indexFiles: number; firstQueryKb: number; firstQueryRequests: number; medianLatencyMs: number };
}

const PHASES: [keyof Phases, string][] = [
  ['setup', 'setup, content, types'],
  ['bundle', 'bundle (Vite)'],
  ['render', 'render pages'],
  ['searchIndex', 'search index'],
];

const s = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value} s`);
const times = (a: number | null | undefined, b: number | null | undefined) => (a && b ? `${(b / a).toFixed(2)}` : '—');

export function buildSection(sizes: SizeResult[], versions: Record<string, string> | undefined): string[] {
  const lines: string[] = [];
  const withReference = sizes.some((size) => size.starlight);
  lines.push(withReference ? '## Build: this site and Starlight, side by side' : '## Build', '');
  if (withReference && versions) {
    const runs = [...new Set(sizes.map((size) => size.runs))];
    lines.push(`Clean builds (output and caches removed), ${runs.length === 1 ? `${runs[0]} run${runs[0] === 1 ? '' : 's'} each` : sizes.map((size) => `${size.runs} at ${size.ours.pages} pages`).join(', ')}, the two sites interleaved (the order alternates between runs); median wall time, median CPU time (user + system, Pagefind and other child processes included) and the median of each run's peak memory (the build and its child processes together). Starlight ${versions.starlight} with Astro ${versions.astro}, Vite ${versions.vite} and Pagefind ${versions.pagefind}, as many Markdown pages as this site has, each with the word count of one of ours (words in \`<main>\`). "× Starlight" is our pages per second divided by Starlight's (above 1 is faster); "CPU ×" is Starlight's CPU time divided by ours, steadier than wall time when other work shares the machine.`, '');
    lines.push('| pages | this site | pages/s | CPU | peak memory | Starlight | pages/s | CPU | peak memory | × Starlight | CPU × | load average (start / end) |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const size of sizes) {
      const { ours, starlight } = size;
      lines.push(`| ${ours.pages} | ${ours.medianSeconds} s | ${ours.pagesPerSecond} | ${ours.medianCpuSeconds} s | ${ours.peakMemoryMiB} MiB | ${s(starlight?.medianSeconds)} | ${starlight?.pagesPerSecond ?? '—'} | ${s(starlight?.medianCpuSeconds)} | ${starlight ? `${starlight.peakMemoryMiB} MiB` : '—'} | ${size.ratio?.toFixed(2) ?? '—'} | ${times(ours.medianCpuSeconds, starlight?.medianCpuSeconds)} | ${size.loadAverage.join(' / ')} |`);
    }
    lines.push('', '### Where the time goes (median seconds per phase, as Astro, Vite and Pagefind report them)', '');
    lines.push('| pages | phase | this site | Starlight | × Starlight |', '| ---: | --- | ---: | ---: | ---: |');
    for (const size of sizes) {
      for (const [key, label] of PHASES) {
        lines.push(`| ${size.ours.pages} | ${label} | ${s(size.ours.phases[key])} | ${s(size.starlight?.phases[key])} | ${times(size.ours.phases[key], size.starlight?.phases[key])} |`);
      }
      const rest = (summary?: BuildSummary) => (summary ? Number((summary.medianSeconds - PHASES.reduce((sum, [key]) => sum + (summary.phases[key] ?? 0), 0)).toFixed(2)) : null);
      lines.push(`| ${size.ours.pages} | start-up, sitemap, other hooks | ${s(rest(size.ours))} | ${s(rest(size.starlight))} | ${times(rest(size.ours), rest(size.starlight))} |`);
    }
    lines.push('', '### Every run (in the order they ran: this site first in odd runs, Starlight first in even ones)', '');
    lines.push('| pages | this site | Starlight | this site, peak memory | Starlight, peak memory |', '| ---: | --- | --- | --- | --- |');
    for (const { ours, starlight } of sizes) {
      lines.push(`| ${ours.pages} | ${ours.runs.join(' / ')} s | ${starlight?.runs.join(' / ') ?? '—'} s | ${ours.peakMemoryRunsMiB.join(' / ')} MiB | ${starlight?.peakMemoryRunsMiB.join(' / ') ?? '—'} MiB |`);
    }
    lines.push('');
  } else {
    lines.push('| pages | clean build (median) | runs | pages/s | CPU | peak memory |', '| ---: | ---: | --- | ---: | ---: | ---: |');
    for (const { ours } of sizes) lines.push(`| ${ours.pages} | ${ours.medianSeconds} s | ${ours.runs.join(' / ')} s | ${ours.pagesPerSecond} | ${ours.medianCpuSeconds} s | ${ours.peakMemoryMiB} MiB |`);
    lines.push('');
  }
  return lines;
}

export function growthSection(sizes: SizeResult[]): string[] {
  if (sizes.length < 2) return [];
  const lines = ['## Growth (synthetic metric and play pages added)', ''];
  lines.push('| extra pages | pages | build | ms per page | vs previous size | peak memory | index | first query | query latency |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const { ours, search } = size;
    lines.push(`| ${size.extraPages} | ${ours.pages} | ${ours.medianSeconds} s | ${((ours.medianSeconds / ours.pages) * 1000).toFixed(1)} | ${size.perPageVsPrevious === undefined ? '—' : `${size.perPageVsPrevious.toFixed(2)} ×`} | ${ours.peakMemoryMiB} MiB | ${search ? `${search.indexKb} KB` : '—'} | ${search ? `${search.firstQueryKb} KB` : '—'} | ${search ? `${search.medianLatencyMs} ms` : '—'} |`);
  }
  const rising = sizes.filter((size) => (size.perPageVsPrevious ?? 0) > 1.1);
  lines.push('', rising.length === 0
    ? 'Cost per page is flat or falling at every step (no step above 1.1 × the previous size\'s time per page).'
    : `Cost per page rises: ${rising.map((size) => `+${size.extraPages} (${size.perPageVsPrevious?.toFixed(2)} ×)`).join(', ')}.`, '');
  return lines;
}
