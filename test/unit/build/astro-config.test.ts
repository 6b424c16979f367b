/**
 * astro.config.mjs, and the integrations it imports from src/, load in plain Node. When they do not
 * (an import without its .ts extension, TypeScript syntax Node cannot strip), Astro falls back to
 * starting a Vite server just to read the config, which costs every build a second or so on two
 * cores. The build still works then, so nothing else would notice.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../bench/lib/built-site.ts';

describe('astro.config.mjs', () => {
  it('loads in plain Node, without Vite', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '--eval', "const { default: config } = await import('./astro.config.mjs'); console.log(config.integrations.map((i) => i.name).join(','));"], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('local:pagefind');
  });
});
