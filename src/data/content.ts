/**
 * Typed access to the content collections, sorted the way pages show them, plus the build-time
 * reference check. Pages import from here rather than calling getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { describeBrokenReferences, findBrokenReferences, type EntryReferences } from '../lib/references';

export type Stage = CollectionEntry<'stages'>;
export type Area = CollectionEntry<'areas'>;
export type Play = CollectionEntry<'playbook'>;
export type Metric = CollectionEntry<'metrics'>;
export type Practice = CollectionEntry<'practices'>;
export type Source = CollectionEntry<'sources'>;

export async function getStages(): Promise<Stage[]> {
  return (await getCollection('stages')).sort((a, b) => a.data.number - b.data.number);
}

export async function getAreas(): Promise<Area[]> {
  return (await getCollection('areas')).sort((a, b) => a.data.order - b.data.order);
}

export async function getPlays(): Promise<Play[]> {
  return (await getCollection('playbook')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

export async function getMetrics(): Promise<Metric[]> {
  return (await getCollection('metrics')).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

export async function getPractices(): Promise<Practice[]> {
  return (await getCollection('practices')).sort((a, b) => a.data.order - b.data.order);
}

export async function getSources(): Promise<Source[]> {
  return (await getCollection('sources')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** Entries of `collection` that list `slug` in their `field` (e.g. plays whose `stages` include "managed"). */
export function referencing<T extends { data: Record<string, unknown> }>(entries: T[], field: string, slug: string): T[] {
  return entries.filter((entry) => {
    const value = entry.data[field];
    return Array.isArray(value) && value.includes(slug);
  });
}

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
      fields: e.data.statements.flatMap((s, i) => related(s, `statements[${i}].`)),
    })),
    ...plays.map((e) => ({ file: `content/playbook/${e.id}.mdx`, fields: related(e.data) })),
    ...practices.map((e) => ({ file: `content/practices/${e.id}.mdx`, fields: related(e.data) })),
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
