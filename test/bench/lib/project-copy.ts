/**
 * A throwaway copy of the project to build with changed content (a broken file, thousands of
 * synthetic pages) without touching the work tree: src/, content/, public/ and the config are
 * copied, node_modules is linked, and the build runs through a wrapper config that keeps Vite's
 * and Astro's caches inside the copy (they live under node_modules by default, which is shared).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './built-site.ts';

const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const WRAPPER = 'astro.copy.config.mjs';

export interface ProjectCopy {
  dir: string;
  remove(): void;
}

export function copyProject(prefix = 'smp-copy-'): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, '.cache'));
  writeFileSync(
    join(dir, WRAPPER),
    [
      "import config from './astro.config.mjs';",
      'export default {',
      '  ...config,',
      "  cacheDir: './.cache/astro',",
      "  vite: { ...(config.vite ?? {}), cacheDir: './.cache/vite' },",
      '};',
      '',
    ].join('\n'),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BuildRun {
  status: number | null;
  output: string;
  seconds: number;
  /** Peak resident memory of the build and its child processes (Pagefind), summed, in bytes. */
  peakMemory: number;
  /**
   * CPU seconds (user + system) the build and its child processes used, as last sampled (within
   * 0.1 s of the end). Steadier than wall time on a machine other work is using.
   */
  cpuSeconds: number;
}

/**
 * `astro build` in `dir` (a copy or the project itself), timed, with peak memory sampled from /proc.
 * `astroBin` runs another site's own Astro (the bench's Starlight reference), with its own config.
 */
export function build(dir: string, env: Record<string, string> = {}, configFile?: string, astroBin?: string): Promise<BuildRun> {
  const args = [astroBin ?? join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'];
  if (configFile) args.push('--config', configFile);
  else if (dir !== repoRoot && !astroBin) args.push('--config', WRAPPER);
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakMemory = 0;
    let cpuSeconds = 0;
    const sampler = setInterval(() => {
      if (!child.pid) return;
      const usage = treeUsage(child.pid);
      peakMemory = Math.max(peakMemory, usage.memory);
      cpuSeconds = Math.max(cpuSeconds, usage.cpuSeconds);
    }, 100);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolvePromise({ status, output, seconds: (performance.now() - started) / 1000, peakMemory, cpuSeconds });
    });
  });
}

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * Resident memory (bytes) of a process and all its descendants, and the CPU seconds they used,
 * children that already ended included (Linux /proc; zeros elsewhere).
 */
export function treeUsage(pid: number): { memory: number; cpuSeconds: number } {
  try {
    const children = new Map<number, number[]>();
    const usage = new Map<number, { rss: number; ticks: number }>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // Fields after the command name: state, ppid, …; utime, stime, cutime, cstime are 12th to 15th.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const parent = Number(fields[1]);
        children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
        usage.set(Number(name), { rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024, ticks });
      } catch {
        // The process ended while we looked.
      }
    }
    let memory = 0;
    let ticks = 0;
    const stack = [pid];
    while (stack.length > 0) {
      const current = stack.pop() as number;
      memory += usage.get(current)?.rss ?? 0;
      ticks += usage.get(current)?.ticks ?? 0;
      stack.push(...(children.get(current) ?? []));
    }
    return { memory, cpuSeconds: ticks / TICKS_PER_SECOND };
  } catch {
    return { memory: 0, cpuSeconds: 0 };
  }
}
