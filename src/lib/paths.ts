/**
 * The site's one way to put a path under the base path (BASE_PATH, e.g. /playbook/), so every link,
 * asset and fetch works whether the site is served from a domain root or a sub-path. Build code
 * passes the configured base to the pure functions; pages and browser code call `url()`.
 */

/** A base path with exactly one trailing slash: "/playbook" → "/playbook/", "" → "/". */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Joins a base path and a site-relative path: ("/playbook/", "/search/") → "/playbook/search/". */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** Site-relative path → URL path under the configured base (import.meta.env.BASE_URL). */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}
