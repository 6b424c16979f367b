#!/usr/bin/env node
// `npm test`: every test layer in order, from cheapest to slowest, then a summary with times.
// `npm test -- <word> …` runs only the steps the words name (see WORDS below, or `npm test -- help`);
// a word that names no step is an error. Steps that read a build always get a build made by this run:
// the build step they depend on is added when the words leave it out, so nothing is tested against a
// stale dist/. A failing step does not stop the others (you see every failure at once), but a failed
// build skips, and fails, the steps that need it. The base-path steps build and check a second copy
// of the site for a sub-path, outside the work tree.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
process.chdir(repoRoot);

const node = process.execPath;
const bin = (pkg, file) => `node_modules/${pkg}/${file}`;
const astro = bin('astro', 'bin/astro.mjs');
const vitest = bin('vitest', 'vitest.mjs');
const playwright = bin('@playwright/test', 'cli.js');
const htmlValidate = (outDir) => [bin('html-validate', 'bin/html-validate.mjs'), '--config', '.htmlvalidate.json', `${outDir}/**/*.html`];

/** The two builds: the site at the root (OUT_DIR, else dist/) and a copy for a sub-path. */
const builds = {
  site: { OUT_DIR: process.env.OUT_DIR || 'dist', BASE_PATH: process.env.BASE_PATH || '/' },
  base: { OUT_DIR: join(tmpdir(), 'smp-base-path-dist'), BASE_PATH: '/playbook/' },
};

/**
 * Each step: `id` and `words` select it on the command line; `builds` names the build it makes,
 * `needs` the build it reads (and so runs against, with that build's OUT_DIR and BASE_PATH).
 * @type {{ id: string, name: string, words: string[], args: string[], builds?: keyof builds, needs?: keyof builds }[]}
 */
const steps = [
  { id: 'types', name: 'types (astro check)', words: ['types', 'check'], args: [astro, 'check'] },
  { id: 'unit', name: 'unit (vitest)', words: ['unit'], args: [vitest, 'run'] },
  { id: 'build', name: 'build (astro build)', words: ['build'], args: [astro, 'build'], builds: 'site' },
  { id: 'html', name: 'html-validate (built pages)', words: ['html'], args: htmlValidate(builds.site.OUT_DIR), needs: 'site' },
  { id: 'dist', name: 'built site (vitest over the build)', words: ['dist'], args: [vitest, 'run', '--config', 'vitest.dist.config.ts'], needs: 'site' },
  { id: 'e2e', name: 'end-to-end (playwright)', words: ['e2e', 'browser'], args: [playwright, 'test'], needs: 'site' },
  { id: 'base:build', name: `base path: build (BASE_PATH=${builds.base.BASE_PATH})`, words: ['base'], args: [astro, 'build'], builds: 'base' },
  { id: 'base:html', name: 'base path: html-validate', words: ['base'], args: htmlValidate(builds.base.OUT_DIR), needs: 'base' },
  {
    id: 'base:dist',
    name: 'base path: links, CSP, page basics and budgets (vitest)',
    words: ['base'],
    args: [vitest, 'run', '--config', 'vitest.dist.config.ts', 'test/dist/links.test.ts', 'test/dist/html-csp.test.ts', 'test/dist/html.test.ts', 'test/dist/budgets.test.ts'],
    needs: 'base',
  },
  { id: 'base:e2e', name: 'base path: smoke (playwright)', words: ['base'], args: [playwright, 'test'], needs: 'base' },
];

function usage() {
  const rows = steps.map((step) => `  ${[step.id, ...step.words.filter((word) => word !== step.id)].join(', ').padEnd(24)} ${step.name}`);
  return `Steps (select with any of the words on the left, or a part of a step's name):\n${rows.join('\n')}`;
}

/** The steps the command-line words select, in run order, with the builds they read added. */
function selectSteps(words) {
  if (words.length === 0) return steps;
  const chosen = new Set();
  for (const word of words) {
    let matches = steps.filter((step) => step.id === word || step.words.includes(word));
    if (matches.length === 0) matches = steps.filter((step) => step.name.includes(word));
    if (matches.length === 0) {
      console.error(`npm test: "${word}" names no step.\n${usage()}`);
      process.exit(2);
    }
    for (const step of matches) chosen.add(step);
  }
  for (const step of [...chosen]) {
    const build = step.needs && steps.find((candidate) => candidate.builds === step.needs);
    if (build && !chosen.has(build)) {
      chosen.add(build);
      console.log(`Adding "${build.name}": "${step.name}" runs only against a build made now.`);
    }
  }
  return steps.filter((step) => chosen.has(step));
}

const words = process.argv.slice(2);
if (words.some((word) => ['help', '--help', '-h', 'list'].includes(word))) {
  console.log(usage());
  process.exit(0);
}
const selected = selectSteps(words);
console.log(`Running: ${selected.map((step) => step.id).join(', ')}`);

const started = Date.now();
const results = [];
/** Builds made by this run that succeeded, by name. */
const built = new Set();
for (const step of selected) {
  if (step.needs && !built.has(step.needs)) {
    results.push({ name: step.name, status: 'SKIPPED (build failed)' });
    continue;
  }
  const env = { ...process.env, ...builds[step.builds ?? step.needs ?? 'site'] };
  console.log(`\n━━ ${step.name} ━━`);
  const stepStarted = Date.now();
  if (step.builds) rmSync(env.OUT_DIR, { recursive: true, force: true });
  const run = spawnSync(node, step.args, { stdio: 'inherit', env });
  const ok = run.status === 0;
  if (step.builds && ok) built.add(step.builds);
  results.push({ name: step.name, status: ok ? 'passed' : 'FAILED', seconds: (Date.now() - stepStarted) / 1000 });
}

const minutes = (seconds) => (seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`);
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.status.padEnd(24)} ${r.name}${r.seconds === undefined ? '' : ` (${minutes(r.seconds)})`}`);
const passed = results.filter((r) => r.status === 'passed').length;
const failed = results.length - passed;
console.log(`steps: ${passed} passed, ${failed} failed, in ${minutes((Date.now() - started) / 1000)}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
