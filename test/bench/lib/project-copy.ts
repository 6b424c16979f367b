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
}

/** `astro build` in `dir` (a copy or the project itself), timed, with peak memory sampled from /proc. */
export function build(dir: string, env: Record<string, string> = {}, configFile?: string): Promise<BuildRun> {
  const args = [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'];
  if (configFile) args.push('--config', configFile);
  else if (dir !== repoRoot) args.push('--config', WRAPPER);
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakMemory = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakMemory = Math.max(peakMemory, treeMemory(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolvePromise({ status, output, seconds: (performance.now() - started) / 1000, peakMemory });
    });
  });
}

/** Resident memory of a process and all its descendants (Linux /proc; 0 elsewhere). */
export function treeMemory(pid: number): number {
  try {
    const children = new Map<number, number[]>();
    const rss = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const parent = Number(fields[1]);
        children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      } catch {
        // The process ended while we looked.
      }
    }
    let total = 0;
    const stack = [pid];
    while (stack.length > 0) {
      const current = stack.pop() as number;
      total += rss.get(current) ?? 0;
      stack.push(...(children.get(current) ?? []));
    }
    return total;
  } catch {
    return 0;
  }
}
