#!/usr/bin/env node
/**
 * `node test/bench/compare-builds.mjs <before> <after>`: are two builds of the site the same?
 *
 * For checking that a change to how pages are built (a loader, a render path, a build option)
 * leaves what readers get untouched. Compares every page and text file byte for byte after
 * replacing content hashes in asset names (`/_astro/BaseLayout.DkD8x2_a.css`), which change with
 * any edit to the bundler's input; lists files present in only one build (hashed names replaced
 * the same way). Binary files (the search index) are compared by name only: they follow the pages.
 * Exits 1 and shows the first differing lines of each file when anything differs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesUnder } from './lib/built-site.ts';

const TEXT = /\.(html|xml|txt|json|css|js|mjs|svg|webmanifest)$|(^|\/)_headers$/;
/** Vite's and Astro's hashed file names: name.<8 characters of base64url>.ext */
const HASHED_NAME = /([\w-]+)\.[\w-]{8}\.(css|js|mjs|woff2?|svg|png|jpe?g|webp|avif)\b/g;
const PAGEFIND_HASHED = /(pagefind\/[\w/-]*?[\w-]+?)_[0-9a-f]{6,}\.(pf_\w+)/g;

const normalise = (text) => text.replace(HASHED_NAME, '$1.[hash].$2').replace(PAGEFIND_HASHED, '$1_[hash].$2');

/** The first few lines where `a` and `b` differ, split at tags so minified HTML gives short lines. */
function firstDifferences(a, b, limit = 3) {
  const split = (text) => text.split(/(?=<)/);
  const left = split(a);
  const right = split(b);
  const shown = [];
  for (let i = 0; i < Math.max(left.length, right.length) && shown.length < limit; i += 1) {
    if (left[i] !== right[i]) shown.push(`    - ${JSON.stringify(left[i] ?? '(end)').slice(0, 200)}\n    + ${JSON.stringify(right[i] ?? '(end)').slice(0, 200)}`);
  }
  return shown.join('\n');
}

export function compareBuilds(beforeDir, afterDir) {
  const names = (dir) => new Map(filesUnder(dir).map((file) => [normalise(file), file]));
  const before = names(beforeDir);
  const after = names(afterDir);
  const onlyBefore = [...before.keys()].filter((name) => !after.has(name));
  const onlyAfter = [...after.keys()].filter((name) => !before.has(name));
  const changed = [];
  let compared = 0;
  for (const [name, file] of before) {
    const other = after.get(name);
    if (!other || !TEXT.test(name)) continue;
    compared += 1;
    const a = normalise(readFileSync(join(beforeDir, file), 'utf8'));
    const b = normalise(readFileSync(join(afterDir, other), 'utf8'));
    if (a !== b) changed.push({ name, detail: firstDifferences(a, b) });
  }
  return { compared, onlyBefore, onlyAfter, changed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [beforeArg, afterArg] = process.argv.slice(2);
  if (!beforeArg || !afterArg) {
    console.error('usage: node test/bench/compare-builds.mjs <before-dir> <after-dir>');
    process.exit(2);
  }
  const result = compareBuilds(resolve(beforeArg), resolve(afterArg));
  for (const name of result.onlyBefore) console.log(`only in before: ${name}`);
  for (const name of result.onlyAfter) console.log(`only in after:  ${name}`);
  for (const { name, detail } of result.changed) console.log(`differs: ${name}\n${detail}`);
  const same = result.onlyBefore.length + result.onlyAfter.length + result.changed.length === 0;
  console.log(same ? `same: ${result.compared} text files identical (hashed asset names aside), no file missing or added` : `${result.changed.length} of ${result.compared} text files differ; ${result.onlyBefore.length} only before, ${result.onlyAfter.length} only after`);
  process.exit(same ? 0 : 1);
}
