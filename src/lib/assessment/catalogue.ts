/**
 * What the assessment islands need from the content collections, reduced to plain data for island
 * props: stages with their statements, actions and links to related pages. A link is made only when
 * the referenced entry exists, so a missing practice, play or metric page drops the link instead of
 * pointing at a 404.
 */
import type { StageStatements } from './scoring';

export interface CatalogueLink {
  kind: 'Practice' | 'Play' | 'Metric';
  label: string;
  href: string;
}

export interface CatalogueStatement {
  id: string;
  text: string;
  action: string;
  links: CatalogueLink[];
}

export interface CatalogueStage {
  number: number;
  name: string;
  /** The stage in a sentence or two, as its page and cards put it. */
  summary: string;
  href: string;
  statements: CatalogueStatement[];
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

export function buildCatalogue(stages: readonly SourceStage[], targets: LinkTargets, toUrl: (path: string) => string): CatalogueStage[] {
  const links = (kind: CatalogueLink['kind'], section: string, slugs: readonly string[], titles: ReadonlyMap<string, string>) =>
    slugs.flatMap((slug) => {
      const label = titles.get(slug);
      return label ? [{ kind, label, href: toUrl(`/${section}/${slug}/`) }] : [];
    });
  return [...stages]
    .sort((a, b) => a.data.number - b.data.number)
    .map((stage) => ({
      number: stage.data.number,
      name: stage.data.name,
      summary: stage.data.summary,
      href: toUrl(`/stages/${stage.id}/`),
      statements: stage.data.statements.map((s) => ({
        id: s.id,
        text: s.text,
        action: s.action,
        links: [
          ...links('Practice', 'practices', s.practices, targets.practices),
          ...links('Play', 'playbook', s.plays, targets.plays),
          ...links('Metric', 'metrics', s.metrics, targets.metrics),
        ],
      })),
    }));
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
