/**
 * Joins the site's base path and a site-relative path, so every link works whether the site is
 * served from a domain root or a sub-path (BASE_PATH). Pure: the base is passed in.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** Site-relative path → URL path under the configured base (import.meta.env.BASE_URL). */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}
