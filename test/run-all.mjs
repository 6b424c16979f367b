#!/usr/bin/env node
// `npm test`: every test layer in order, from cheapest to slowest. Later layers need the build, so a
// failing step does not stop the others from running (you see every failure at once), but the build
// failing skips the layers that read dist/. The base-path steps at the end build and check a second
// copy for a sub-path; they depend on that build only.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const node = process.execPath;
const bin = (pkg, file) => `node_modules/${pkg}/${file}`;
// A second build for a sub-path, outside the work tree, proves links and assets honour BASE_PATH.
const subPath = { OUT_DIR: join(tmpdir(), 'smp-base-path-dist'), BASE_PATH: '/playbook/' };

/** @type {{ name: string, args: string[], env?: Record<string,string>, needsBuild?: boolean, isBuild?: boolean }[]} */
const steps = [
  { name: 'types (astro check)', args: [bin('astro', 'bin/astro.mjs'), 'check'] },
  { name: 'unit (vitest)', args: [bin('vitest', 'vitest.mjs'), 'run'] },
  { name: 'build', args: [bin('astro', 'bin/astro.mjs'), 'build'], isBuild: true },
  { name: 'html-validate', args: [bin('html-validate', 'bin/html-validate.mjs'), 'dist/**/*.html'], needsBuild: true },
  { name: 'built site (vitest over dist/)', args: [bin('vitest', 'vitest.mjs'), 'run', '--config', 'vitest.dist.config.ts'], needsBuild: true },
  { name: 'end-to-end (playwright)', args: [bin('@playwright/test', 'cli.js'), 'test'], needsBuild: true },
  { name: 'base path: build (BASE_PATH=/playbook/)', args: [bin('astro', 'bin/astro.mjs'), 'build'], env: subPath, isBuild: true },
  { name: 'base path: links and headers (vitest)', args: [bin('vitest', 'vitest.mjs'), 'run', '--config', 'vitest.dist.config.ts', 'test/dist/links.test.ts', 'test/dist/html-csp.test.ts'], env: subPath, needsBuild: true },
  { name: 'base path: smoke (playwright)', args: [bin('@playwright/test', 'cli.js'), 'test', 'test/e2e/base-path.spec.ts'], env: subPath, needsBuild: true },
];

const only = process.argv.slice(2);
const results = [];
let built = true;
for (const step of steps) {
  if (only.length && !only.some((word) => step.name.includes(word))) continue;
  if (step.needsBuild && !built) {
    results.push({ name: step.name, status: 'skipped (build failed)' });
    continue;
  }
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  if (step.isBuild) rmSync(step.env?.OUT_DIR ?? 'dist', { recursive: true, force: true });
  const run = spawnSync(node, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = run.status === 0;
  if (step.isBuild) built = ok;
  results.push({ name: step.name, status: ok ? 'passed' : 'FAILED', seconds: (Date.now() - started) / 1000 });
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.status.padEnd(24)} ${r.name}${r.seconds ? ` (${r.seconds.toFixed(1)} s)` : ''}`);
const passed = results.filter((r) => r.status === 'passed').length;
const failed = results.length - passed;
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
