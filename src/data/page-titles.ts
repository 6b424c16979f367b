/**
 * The title of every metric, practice, play and stage page, by site path ("/metrics/churn/" →
 * "Churn"), for pages that link to them from data (the glossary, the imperatives checklist) and must
 * fail the build, not ship a broken link, when a path names no page.
 */
import { getMetrics, getPlays, getPractices, getStages } from './content';

export async function pageTitles(): Promise<Map<string, string>> {
  const [metrics, practices, plays, stages] = await Promise.all([getMetrics(), getPractices(), getPlays(), getStages()]);
  return new Map<string, string>([
    ...metrics.map((m) => [`/metrics/${m.id}/`, m.data.name] as const),
    ...practices.map((p) => [`/practices/${p.id}/`, p.data.title] as const),
    ...plays.map((p) => [`/playbook/${p.id}/`, p.data.title] as const),
    ...stages.map((s) => [`/stages/${s.id}/`, `Stage ${s.data.number}: ${s.data.name}`] as const),
  ]);
}

/** The title of the page at `path`; throws naming `who` (the file and entry) when there is none. */
export function titleOf(titles: Map<string, string>, path: string, who: string): string {
  const title = titles.get(path);
  if (!title) throw new Error(`${who} links to ${path}, which is not a page of this site`);
  return title;
}
