/**
 * Reads a `_headers` file the way Netlify and Cloudflare Pages document it, for the test server and
 * the tests over the build. Written apart from the build's code (src/integrations/security-headers.ts),
 * so a mistake in how the build writes the file shows up here instead of being read back the same way.
 *
 *   /path/pattern          a URL path; `*` matches anything (slashes included), `:name` one segment
 *     Header-Name: value   indented lines apply to the pattern above
 *   # comment
 *
 * Every rule whose pattern matches applies; a header set by two rules gets both values, joined by ", ".
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1} is neither a path nor "Name: value" under one: ${line}`);
    rule.headers.push([header[1] ?? '', (header[2] ?? '').trim()]);
  }
  return rules;
}

function patternMatches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The headers a host sends for `pathname`, names lower-cased. */
export function headersForPath(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
