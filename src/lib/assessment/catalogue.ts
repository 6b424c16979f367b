/**
 * What the assessment pages need from the content collections, reduced to plain data, in two parts.
 * The catalogue (stages, their statements) travels in the page as island props. The guide (each
 * stage's summary, each statement's action and the pages that help) is only needed once there is a
 * result, so /assess/next-steps.json carries it and the page fetches it then: it is most of the
 * text, and the first visit stays lighter without it. A link is made only when the referenced entry
 * exists, so a missing practice, play or metric page drops the link instead of pointing at a 404.
 */
import { isRecord } from './answers';
import type { StageStatements } from './scoring';

export interface CatalogueLink {
  kind: 'Practice' | 'Play' | 'Metric';
  label: string;
  href: string;
}

export interface CatalogueStatement {
  id: string;
  text: string;
}

export interface CatalogueStage {
  number: number;
  name: string;
  href: string;
  statements: CatalogueStatement[];
}

/** The next step for a statement rated 1 or 2, and the pages that help with it. */
export interface StatementGuide {
  action: string;
  links: CatalogueLink[];
}

export interface Guide {
  /** Each stage's summary (a sentence or two, as its page puts it), by stage number. */
  summaries: Record<string, string>;
  statements: Record<string, StatementGuide>;
}

export interface SourceStage {
  id: string;
  data: {
    number: number;
    name: string;
    summary: string;
    statements: { id: string; text: string; action: string; practices: string[]; plays: string[]; metrics: string[] }[];
  };
}

/** Titles of existing entries by slug, per collection. */
export interface LinkTargets {
  practices: ReadonlyMap<string, string>;
  plays: ReadonlyMap<string, string>;
  metrics: ReadonlyMap<string, string>;
}

export function buildCatalogue(
  stages: readonly SourceStage[],
  targets: LinkTargets,
  toUrl: (path: string) => string,
): { catalogue: CatalogueStage[]; guide: Guide } {
  const links = (kind: CatalogueLink['kind'], section: string, slugs: readonly string[], titles: ReadonlyMap<string, string>) =>
    slugs.flatMap((slug) => {
      const label = titles.get(slug);
      return label ? [{ kind, label, href: toUrl(`/${section}/${slug}/`) }] : [];
    });
  const sorted = [...stages].sort((a, b) => a.data.number - b.data.number);
  const guide: Guide = { summaries: {}, statements: {} };
  for (const stage of sorted) {
    guide.summaries[stage.data.number] = stage.data.summary;
    for (const s of stage.data.statements) {
      guide.statements[s.id] = {
        action: s.action,
        links: [
          ...links('Practice', 'practices', s.practices, targets.practices),
          ...links('Play', 'playbook', s.plays, targets.plays),
          ...links('Metric', 'metrics', s.metrics, targets.metrics),
        ],
      };
    }
  }
  const catalogue = sorted.map((stage) => ({
    number: stage.data.number,
    name: stage.data.name,
    href: toUrl(`/stages/${stage.id}/`),
    statements: stage.data.statements.map(({ id, text }) => ({ id, text })),
  }));
  return { catalogue, guide };
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isLink = (value: unknown): value is CatalogueLink =>
  isRecord(value) && (value.kind === 'Practice' || value.kind === 'Play' || value.kind === 'Metric') && isText(value.label) && isText(value.href);
const isStatementGuide = (value: unknown): value is StatementGuide =>
  isRecord(value) && isText(value.action) && Array.isArray(value.links) && value.links.every(isLink);

/** The guide as fetched, or undefined when it is not one (a damaged or unexpected response). */
export function decodeGuide(value: unknown): Guide | undefined {
  if (!isRecord(value) || !isRecord(value.summaries) || !isRecord(value.statements)) return undefined;
  if (!Object.values(value.summaries).every(isText) || !Object.values(value.statements).every(isStatementGuide)) return undefined;
  return { summaries: value.summaries as Guide['summaries'], statements: value.statements as Guide['statements'] };
}

export function toStageStatements(catalogue: readonly CatalogueStage[]): StageStatements[] {
  return catalogue.map((stage) => ({ number: stage.number, ids: stage.statements.map((s) => s.id) }));
}

/** "s3-segment-tiers" → "Segment tiers": a short name for matrix cells and tight spaces. */
export function shortName(id: string): string {
  const words = id
    .replace(/^s\d-/, '')
    .replace(/-/g, ' ')
    .replace(/\b(crm|ai|nps|csat|voc|(?:kpi|sla|slo|qbr)s?)\b/g, (word) =>
      word === 'voc' ? 'VoC' : word.endsWith('s') && word !== 'nps' ? `${word.slice(0, -1).toUpperCase()}s` : word.toUpperCase(),
    );
  return words.charAt(0).toUpperCase() + words.slice(1);
}
