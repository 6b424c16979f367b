/**
 * How the section indexes group their entries: plays by lifecycle phase, practices by kind, metrics
 * by category. The index pages list these groups, and each entry's previous / next links walk the
 * same order, so "Next" always goes where the index would have taken the reader.
 */
import { getMetrics, getPlays, getPractices, type Metric, type Play, type Practice } from './content';
import { PHASE_LABELS, PHASE_ORDER } from '../lib/playbook/phases';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../lib/metrics/format';
import type { PracticeData } from '../schemas/practice';

export interface IndexGroup<T> {
  /** The group's key, also its heading id on the index page. */
  id: string;
  heading: string;
  /** One line under the heading, where the index has one. */
  intro?: string;
  entries: T[];
}

/** The practice kinds in index order, with their headings and one-line introductions. */
export const PRACTICE_KINDS: { kind: PracticeData['kind']; heading: string; intro: string }[] = [
  { kind: 'scaling-imperative', heading: 'The four scaling imperatives', intro: 'Ways to serve more customers without adding people at the same rate.' },
  { kind: 'operating-model', heading: 'Operating models', intro: 'How support is organised and where it meets customer success.' },
  { kind: 'process', heading: 'Processes', intro: 'Repeatable routines for crises, knowledge, measurement and planning.' },
  { kind: 'foundation', heading: 'Foundations', intro: 'What the rest depends on.' },
];

const nonEmpty = <T>(groups: IndexGroup<T>[]) => groups.filter((group) => group.entries.length > 0);

/** Plays by phase, in the order of the lifecycle; alphabetical within a phase. */
export async function playsByPhase(): Promise<IndexGroup<Play>[]> {
  const plays = await getPlays();
  return nonEmpty(PHASE_ORDER.map((phase) => ({ id: `phase-${phase}`, heading: PHASE_LABELS[phase], entries: plays.filter((p) => p.data.phase === phase) })));
}

/** Practices by kind, each kind in its authors' order. */
export async function practicesByKind(): Promise<IndexGroup<Practice>[]> {
  const practices = await getPractices();
  return nonEmpty(PRACTICE_KINDS.map(({ kind, heading, intro }) => ({ id: `kind-${kind}`, heading, intro, entries: practices.filter((p) => p.data.kind === kind) })));
}

/** Metrics by category, alphabetical within a category. */
export async function metricsByCategory(): Promise<IndexGroup<Metric>[]> {
  const metrics = await getMetrics();
  return nonEmpty(CATEGORY_ORDER.map((category) => ({ id: category, heading: CATEGORY_LABELS[category], entries: metrics.filter((m) => m.data.category === category) })));
}

/** The entries of the groups in the order the index page lists them. */
export function inIndexOrder<T>(groups: IndexGroup<T>[]): T[] {
  return groups.flatMap((group) => group.entries);
}

/**
 * Once per production build, like the sorted collections in content.ts: every page of a section asks
 * for the same series, and the related lists index it once (src/lib/navigation/linked.ts). The dev
 * server works it out afresh, so edits show up on reload. The list is shared: read it, never change it.
 */
function oncePerBuild<T>(load: () => Promise<readonly T[]>): () => Promise<readonly T[]> {
  let cached: Promise<readonly T[]> | undefined;
  return () => {
    if (!import.meta.env.PROD) return load();
    cached ??= load();
    return cached;
  };
}

/** Every play, practice or metric in its index's order: the series previous / next walks. */
export const playSeries = oncePerBuild(async (): Promise<readonly Play[]> => inIndexOrder(await playsByPhase()));
export const practiceSeries = oncePerBuild(async (): Promise<readonly Practice[]> => inIndexOrder(await practicesByKind()));
export const metricSeries = oncePerBuild(async (): Promise<readonly Metric[]> => inIndexOrder(await metricsByCategory()));
