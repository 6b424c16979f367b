/**
 * Synthetic content for the growth bench: `count` extra pages, half metrics and half plays, each a
 * copy of a real entry (so it passes the schemas and its references resolve) under a new slug and
 * title, with a paragraph of words drawn from the real content plus a few words of its own, so the
 * search index grows the way it would with real pages.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const SYNTHETIC_PREFIX = 'zz-synthetic-';

interface Template {
  data: Record<string, unknown>;
  body: string;
}

function templates(folder: string): Template[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith(SYNTHETIC_PREFIX))
    .sort()
    .map((name) => {
      const source = readFileSync(join(folder, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
      if (!match) throw new Error(`${name} has no frontmatter`);
      return { data: parse(match[1] ?? '') as Record<string, unknown>, body: source.slice(match[0].length) };
    });
}

/** A small deterministic PRNG (mulberry32), so every bench run generates the same pages. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of four letters or more in the real metric and play pages, sorted (the synthetic pages' words). */
export function contentVocabulary(contentDir: string): string[] {
  return vocabulary([...templates(join(contentDir, 'metrics')), ...templates(join(contentDir, 'playbook'))].map((t) => t.body));
}

function vocabulary(bodies: string[]): string[] {
  const words = new Set<string>();
  for (const body of bodies) for (const word of body.toLowerCase().match(/[a-z]{4,}/g) ?? []) words.add(word);
  return [...words].sort();
}

/** Removes earlier synthetic pages from `contentDir`, then writes `count` new ones. */
export function writeSyntheticPages(contentDir: string, count: number): void {
  const folders = { metrics: join(contentDir, 'metrics'), playbook: join(contentDir, 'playbook') };
  for (const folder of Object.values(folders)) {
    for (const name of readdirSync(folder)) if (name.startsWith(SYNTHETIC_PREFIX)) rmSync(join(folder, name));
  }
  const metricTemplates = templates(folders.metrics);
  const playTemplates = templates(folders.playbook);
  const words = vocabulary([...metricTemplates, ...playTemplates].map((t) => t.body));
  const next = random(20_250_101);
  const pick = () => words[Math.floor(next() * words.length)] ?? 'support';
  const paragraph = (index: number) => {
    const own = [`synthq${index.toString(36)}`, `benchw${(index * 7).toString(36)}`, `growthz${(index * 13).toString(36)}`];
    const drawn = Array.from({ length: 80 }, pick);
    return `${[...own, ...drawn].join(' ')}.`;
  };

  for (let index = 0; index < count; index += 1) {
    const isMetric = index % 2 === 0;
    const pool = isMetric ? metricTemplates : playTemplates;
    const template = pool[Math.floor(index / 2) % pool.length] as Template;
    const number = String(index + 1).padStart(5, '0');
    const data = structuredClone(template.data);
    if (isMetric) {
      data.name = `Synthetic ${number} ${String(data.name)}`;
      delete data.abbreviation;
      data.aliases = [];
    } else {
      data.title = `Synthetic ${number} ${String(data.title)}`;
    }
    const body = `${template.body.trimEnd()}\n\n## Synthetic notes\n\n${paragraph(index)}\n`;
    const file = join(isMetric ? folders.metrics : folders.playbook, `${SYNTHETIC_PREFIX}${number}.mdx`);
    writeFileSync(file, `---\n${stringify(data)}---\n${body}`);
  }
}
