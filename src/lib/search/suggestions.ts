/**
 * What a search that finds nothing offers instead: a few popular plays, named in
 * src/data/search-suggestions.yaml and resolved against the playbook. Pure.
 */

export interface PopularLink {
  title: string;
  href: string;
}

/** Fewer than this and the list would look broken; more would bury the related terms. */
const MIN_POPULAR = 3;
const MAX_POPULAR = 6;

/** The `popularPlays` slugs of the parsed YAML; anything else in it is ignored. */
export function popularSlugs(data: unknown): string[] {
  return stringsAt(data, 'popularPlays');
}

/** The `popularTerms` of the parsed YAML: words to try when nothing matched. */
export function popularTerms(data: unknown): string[] {
  return stringsAt(data, 'popularTerms');
}

function stringsAt(data: unknown, key: string): string[] {
  const list = (data as Record<string, unknown> | null)?.[key];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim()) : [];
}

/**
 * Links to the named plays that exist, in the file's order, topped up from the playbook (in its
 * order) when too few exist; `href` builds a play's URL from its slug.
 */
export function resolvePopular(slugs: readonly string[], plays: readonly { id: string; title: string }[], href: (slug: string) => string): PopularLink[] {
  const byId = new Map(plays.map((play) => [play.id, play]));
  const chosen = slugs.flatMap((slug) => {
    const play = byId.get(slug);
    return play ? [play] : [];
  });
  for (const play of plays) {
    if (chosen.length >= MIN_POPULAR) break;
    if (!chosen.includes(play)) chosen.push(play);
  }
  return [...new Set(chosen)].slice(0, MAX_POPULAR).map((play) => ({ title: play.title, href: href(play.id) }));
}
