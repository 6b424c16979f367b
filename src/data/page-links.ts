/**
 * Links to content pages by slug, checked at build time (see src/lib/navigation/page-links.ts).
 * A page starts with `const linkTo = await pageLinks('src/pages/…/file.astro')`, naming itself so a
 * bad slug fails the build with that file (test/unit/architecture.test.ts checks the name matches).
 */
import { getMetrics, getPlays, getPractices, getStages } from './content';
import { linksFor, linkToPath, type PageIndex, type PageLink, type Section } from '../lib/navigation/page-links';
import { url } from '../lib/paths';

export type { Section } from '../lib/navigation/page-links';

/** A checked link: its site path, its href under the base path, and the page's title. */
export interface SiteLink extends PageLink { href: string }
export type SiteLinkTo = (section: Section, slug: string, fragment?: string) => SiteLink;

let index: Promise<PageIndex> | undefined;

/** Title of every stage, play, practice and metric page by section and slug (once per production build). */
function pageIndex(): Promise<PageIndex> {
  if (index && import.meta.env.PROD) return index;
  index = Promise.all([getStages(), getPlays(), getPractices(), getMetrics()]).then(([stages, plays, practices, metrics]) => ({
    stages: new Map(stages.map((s) => [s.id, `Stage ${s.data.number}: ${s.data.name}`])),
    playbook: new Map(plays.map((p) => [p.id, p.data.title])),
    practices: new Map(practices.map((p) => [p.id, p.data.title])),
    metrics: new Map(metrics.map((m) => [m.id, m.data.name])),
  }));
  return index;
}

const withHref = (link: PageLink): SiteLink => ({ ...link, href: url(link.path) });

/** The link maker for `file` (its path from the project root). */
export async function pageLinks(file: string): Promise<SiteLinkTo> {
  const linkTo = linksFor(await pageIndex(), file);
  return (section, slug, fragment) => withHref(linkTo(section, slug, fragment));
}

/** A link from a path held in data, such as the glossary's `page: /metrics/churn/`; `who` names the data. */
export async function pageLinkToPath(who: string, path: string): Promise<SiteLink> {
  return withHref(linkToPath(linksFor(await pageIndex(), who), who, path));
}
