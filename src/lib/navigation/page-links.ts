/**
 * The one way a page or component links to a stage, play, practice or metric by slug. The section
 * is typed; the slug is checked against the built collections, and a slug that names no page fails
 * the build with the file that wrote it, instead of shipping a link to nowhere or, worse, silently
 * dropping the link (a slug written "kickoff-call/" once lost 14 of 16 links on the start-here page).
 * Pure: the collections' titles come in, links or an error come out.
 */

export const SECTIONS = {
  stages: '/stages/',
  playbook: '/playbook/',
  practices: '/practices/',
  metrics: '/metrics/',
} as const;

/** The four sections whose pages come from content collections. */
export type Section = keyof typeof SECTIONS;

/** Titles of every page, by section and slug ("playbook" → "kickoff-call" → "Kickoff call"). */
export type PageIndex = Record<Section, ReadonlyMap<string, string>>;

export interface PageLink {
  /** Site-relative path with the fragment, if any: "/playbook/kickoff-call/#steps". */
  path: string;
  /** The page's title, for the link text. */
  title: string;
}

export type LinkTo = (section: Section, slug: string, fragment?: string) => PageLink;

/** Why `slug` names no page in `section`, with the nearest fix when the mistake is a common one. */
function unknownSlug(file: string, section: Section, slug: string): Error {
  const bare = slug.replace(/^\/+|\/+$/g, '').split('/').pop() ?? slug;
  const hint = bare !== slug ? ` Write slugs without slashes: "${bare}".` : '';
  return new Error(`${file} links to ${section} "${slug}", which is not a page of this site.${hint}`);
}

/** A link maker for one source file: every slug it is given must name a page, or it throws naming `file`. */
export function linksFor(index: PageIndex, file: string): LinkTo {
  return (section, slug, fragment) => {
    const title = index[section].get(slug);
    if (title === undefined) throw unknownSlug(file, section, slug);
    return { path: `${SECTIONS[section]}${slug}/${fragment ? `#${fragment}` : ''}`, title };
  };
}

/** "/metrics/churn/" or "/stages/managed/#moving-on" as a section, slug and fragment; undefined for other paths. */
export function parsePagePath(path: string): { section: Section; slug: string; fragment: string | undefined } | undefined {
  const match = /^\/(stages|playbook|practices|metrics)\/([^/#]+)\/(?:#(.+))?$/.exec(path);
  if (!match) return undefined;
  return { section: match[1] as Section, slug: match[2] ?? '', fragment: match[3] };
}

/** A link from a site path held in data (the glossary's `page`): it must be a page of a section. */
export function linkToPath(linkTo: LinkTo, file: string, path: string): PageLink {
  const parsed = parsePagePath(path);
  if (!parsed) throw new Error(`${file} links to ${path}, which is not a stage, play, practice or metric page (written like /metrics/churn/)`);
  return linkTo(parsed.section, parsed.slug, parsed.fragment);
}
