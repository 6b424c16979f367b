/**
 * Typed access to the content collections, sorted the way pages show them, plus the build-time
 * reference check. Pages import from here rather than calling getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { describeBrokenReferences, findBrokenReferences, type EntryReferences } from '../lib/build/references';

export type Stage = CollectionEntry<'stages'>;
export type Area = CollectionEntry<'areas'>;
export type Play = CollectionEntry<'playbook'>;
export type Metric = CollectionEntry<'metrics'>;
export type Practice = CollectionEntry<'practices'>;
export type Source = CollectionEntry<'sources'>;

/**
 * Every page asks for whole collections, so a build of N pages would fetch and sort them N times:
 * the render phase then grows faster than the page count. A production build caches each sorted
 * collection once; the dev server does not, so edits to content show up on reload.
 */
const cache = new Map<string, Promise<unknown[]>>();
function sorted<T>(key: string, load: () => Promise<T[]>, compare: (a: T, b: T) => number): Promise<T[]> {
  if (!import.meta.env.PROD) return load().then((entries) => entries.sort(compare));
  if (!cache.has(key)) cache.set(key, load().then((entries) => entries.sort(compare)));
  // Callers get their own array, so one page filtering or re-sorting can't change another's list.
  return (cache.get(key) as Promise<T[]>).then((entries) => [...entries]);
}

export function getStages(): Promise<Stage[]> {
  return sorted('stages', () => getCollection('stages'), (a, b) => a.data.number - b.data.number);
}

export function getAreas(): Promise<Area[]> {
  return sorted('areas', () => getCollection('areas'), (a, b) => a.data.order - b.data.order);
}

export function getPlays(): Promise<Play[]> {
  return sorted('playbook', () => getCollection('playbook'), (a, b) => a.data.title.localeCompare(b.data.title));
}

export function getMetrics(): Promise<Metric[]> {
  return sorted('metrics', () => getCollection('metrics'), (a, b) => a.data.name.localeCompare(b.data.name));
}

export function getPractices(): Promise<Practice[]> {
  return sorted('practices', () => getCollection('practices'), (a, b) => a.data.order - b.data.order);
}

export function getSources(): Promise<Source[]> {
  return sorted('sources', () => getCollection('sources'), (a, b) => a.data.title.localeCompare(b.data.title));
}

/** Entries of `collection` that list `slug` in their `field` (e.g. plays whose `stages` include "managed"). */
export function referencing<T extends { data: Record<string, unknown> }>(entries: readonly T[], field: string, slug: string): T[] {
  return entries.filter((entry) => {
    const value = entry.data[field];
    return Array.isArray(value) && value.includes(slug);
  });
}

export { linkedBothWays } from '../lib/navigation/linked';

let referenceCheck: Promise<void> | undefined;

/** Fails the build, naming file and field, when any frontmatter reference points at nothing. Runs once. */
export function assertContentReferences(): Promise<void> {
  referenceCheck ??= checkReferences();
  return referenceCheck;
}

async function checkReferences(): Promise<void> {
  const [stages, plays, metrics, practices, sources] = await Promise.all([
    getStages(), getPlays(), getMetrics(), getPractices(), getSources(),
  ]);
  const known = {
    stages: new Set(stages.map((e) => e.id)),
    playbook: new Set(plays.map((e) => e.id)),
    metrics: new Set(metrics.map((e) => e.id)),
    practices: new Set(practices.map((e) => e.id)),
    sources: new Set(sources.map((e) => e.id)),
  };
  const related = (data: { plays: string[]; metrics: string[]; practices: string[] }, prefix = '') => [
    { field: `${prefix}plays`, target: 'playbook' as const, slugs: data.plays },
    { field: `${prefix}metrics`, target: 'metrics' as const, slugs: data.metrics },
    { field: `${prefix}practices`, target: 'practices' as const, slugs: data.practices },
  ];
  const entries: EntryReferences[] = [
    ...stages.map((e) => ({
      file: `content/stages/${e.id}.mdx`,
      fields: [
        ...e.data.statements.flatMap((s, i) => related(s, `statements[${i}].`)),
        { field: 'sources', target: 'sources' as const, slugs: e.data.sources },
      ],
    })),
    ...plays.map((e) => ({ file: `content/playbook/${e.id}.mdx`, fields: related(e.data) })),
    ...practices.map((e) => ({
      file: `content/practices/${e.id}.mdx`,
      fields: [...related(e.data), { field: 'sources', target: 'sources' as const, slugs: e.data.sources }],
    })),
    ...metrics.map((e) => ({
      file: `content/metrics/${e.id}.mdx`,
      fields: [
        { field: 'plays', target: 'playbook' as const, slugs: e.data.plays },
        { field: 'practices', target: 'practices' as const, slugs: e.data.practices },
        ...e.data.benchmarks.map((b, i) => ({ field: `benchmarks[${i}].source`, target: 'sources' as const, slugs: [b.source] })),
      ],
    })),
  ];
  const broken = findBrokenReferences(entries, known);
  if (broken.length > 0) throw new Error(describeBrokenReferences(broken));
}
