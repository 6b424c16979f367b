/**
 * Server-side helper for the /assess/ pages: loads the collections and reduces them to the plain
 * catalogue the islands receive as props and the guide /assess/next-steps.json serves (see
 * src/lib/assessment/catalogue.ts). Links are made only to entries that exist.
 */
import { getMetrics, getPlays, getPractices, getStages } from './content';
import { buildCatalogue, type CatalogueStage, type Guide } from '../lib/assessment/catalogue';
import { url } from '../lib/paths';

export async function loadCatalogue(): Promise<{ catalogue: CatalogueStage[]; guide: Guide }> {
  const [stages, plays, practices, metrics] = await Promise.all([getStages(), getPlays(), getPractices(), getMetrics()]);
  return buildCatalogue(
    stages,
    {
      practices: new Map(practices.map((entry) => [entry.id, entry.data.title])),
      plays: new Map(plays.map((entry) => [entry.id, entry.data.title])),
      metrics: new Map(metrics.map((entry) => [entry.id, entry.data.name])),
    },
    url,
  );
}
