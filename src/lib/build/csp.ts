/**
 * Content-Security-Policy helpers for the built site: read the policy Astro writes into each page's
 * <meta http-equiv="content-security-policy">, merge the pages' policies into one header, hash the
 * inline scripts and styles a page carries, and fill in the `_headers` file for static hosts.
 *
 * Pure string work (plus node:crypto for hashing): the build hook in src/integrations/ and the tests
 * over dist/ share it, so "every inline script is allowed by its hash" means the same thing in both.
 */
import { createHash } from 'node:crypto';
import { joinBase } from '../paths.ts';

/** A policy as an ordered map: directive name → its source list (order kept, duplicates dropped). */
export type Policy = Map<string, string[]>;

/** Parses "script-src 'self' 'sha256-…'; style-src 'self'" into a Policy. Directive names are lower-cased. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    // The first occurrence of a directive wins in browsers; later repeats are ignored.
    if (!policy.has(key)) policy.set(key, [...new Set(sources)]);
  }
  return policy;
}

/** Serialises a Policy back to header syntax: "a x y; b z". */
export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what every page's policy allows: the union of sources per directive.
 * Pages of one build share their directives and differ at most in hashes, so the union stays strict.
 */
export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
  }
  return merged;
}

/** A copy of `policy` with `directive` set to `sources` (added at the end when new). */
export function withDirective(policy: Policy, directive: string, sources: string[]): Policy {
  const copy: Policy = new Map(policy);
  copy.set(directive, sources);
  return copy;
}

/** The sources that govern inline <script> elements: script-src-elem, else script-src, else default-src. */
export function scriptElementSources(policy: Policy): string[] {
  return policy.get('script-src-elem') ?? policy.get('script-src') ?? policy.get('default-src') ?? [];
}

/** The sources that govern inline <style> elements: style-src-elem, else style-src, else default-src. */
export function styleElementSources(policy: Policy): string[] {
  return policy.get('style-src-elem') ?? policy.get('style-src') ?? policy.get('default-src') ?? [];
}

/** The hash algorithms CSP accepts for inline code. */
const HASH_ALGORITHMS = ['sha256', 'sha384', 'sha512'] as const;
const HASH_SOURCE = new RegExp(`^'(${HASH_ALGORITHMS.join('|')})-`);

/** CSP source expression for `content` hashed with `algorithm`: '<algorithm>-<base64>'. */
function hashSource(algorithm: string, content: string): string {
  return `'${algorithm}-${createHash(algorithm).update(content, 'utf8').digest('base64')}'`;
}

/** CSP source expression for `content`: 'sha256-<base64>'. */
export function sha256Source(content: string): string {
  return hashSource('sha256', content);
}

/** True when a hash-based allow-list covers `content`, whichever algorithm the policy used. */
export function allowsInline(sources: string[], content: string): boolean {
  if (sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(sha\d+|nonce)-/.test(s))) return true;
  return HASH_ALGORITHMS.some((algorithm) => sources.includes(hashSource(algorithm, content)));
}

const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

/** Attributes of one start tag, names lower-cased, values with the common entities decoded. */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const inner = tag.replace(/^<[a-zA-Z][\w-]*/, '').replace(/\/?>$/, '');
  for (const match of inner.matchAll(pattern)) {
    const name = match[1]?.toLowerCase();
    if (!name) continue;
    attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

export function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** The text of every inline script a browser would run (JSON-LD and other data blocks excluded). */
export function inlineScriptsOf(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = attributesOf(`<script${match[1] ?? ''}>`);
    if ('src' in attributes) continue;
    if (!EXECUTABLE_SCRIPT_TYPES.has((attributes.type ?? '').trim().toLowerCase())) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** The text of every inline <style> element. */
export function inlineStylesOf(html: string): string[] {
  return [...html.matchAll(/<style\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? '');
}

/** The page's <meta http-equiv="content-security-policy"> tag as written, and its policy. */
function cspMetaOf(html: string): { tag: string; policy: string } | undefined {
  for (const match of html.matchAll(/<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    const attributes = attributesOf(match[0]);
    if (attributes['http-equiv']?.toLowerCase() === 'content-security-policy') return { tag: match[0], policy: attributes.content ?? '' };
  }
  return undefined;
}

/** The policy in a page's <meta http-equiv="content-security-policy">, or undefined when it has none. */
export function metaPolicyOf(html: string): string | undefined {
  return cspMetaOf(html)?.policy;
}

/** The hash sources that allow `contents`, in each of `algorithms`: each text hashed once per algorithm. */
function hashSourcesOf(contents: string[], algorithms: Set<string>): Set<string> {
  return new Set(contents.flatMap((content) => [...algorithms].map((algorithm) => hashSource(algorithm, content))));
}

/**
 * `html` with its CSP <meta> allowing, by hash, only the inline scripts and styles this page
 * carries. Astro writes the hash of every inline script and style of the whole build into every
 * page (eight and two on this site, where each page runs the one search-shortcut script): about
 * 400 bytes gzip per page that allow nothing there. The _headers policy, merged from the pages
 * (security-headers.ts), is the union of what the pages carry.
 */
export function withOwnHashesOnly(html: string): string {
  const meta = cspMetaOf(html);
  if (!meta) return html;
  const policy = parsePolicy(meta.policy);
  const algorithms = new Set([...policy.values()].flat().flatMap((source) => HASH_SOURCE.exec(source)?.[1] ?? []));
  const scripts = hashSourcesOf(inlineScriptsOf(html), algorithms);
  const styles = hashSourcesOf(inlineStylesOf(html), algorithms);
  const carried: [string, Set<string>][] = [['script-src', scripts], ['script-src-elem', scripts], ['style-src', styles], ['style-src-elem', styles]];
  for (const [directive, own] of carried) {
    const sources = policy.get(directive);
    if (sources) policy.set(directive, sources.filter((source) => !HASH_SOURCE.test(source) || own.has(source)));
  }
  const content = serializePolicy(policy).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return html.replace(meta.tag, `<meta http-equiv="content-security-policy" content="${content}">`);
}

/** Header name whose value the build fills in; public/_headers holds the line with a placeholder. */
export const CSP_HEADER = 'Content-Security-Policy';

/**
 * Fills the `_headers` template (public/_headers, copied into the build): prefixes each path rule
 * with the base path, so a site built for /playbook/ gets /playbook/_astro/*, and sets the
 * Content-Security-Policy line to `csp`. Throws when the template has no such line to fill.
 */
export function renderHeadersFile(template: string, base: string, csp: string): string {
  let filled = false;
  const lines = template.split(/\r?\n/).map((line) => {
    if (line.startsWith('/')) return joinBase(base, line);
    const header = /^(\s+)([^:#\s]+)\s*:/.exec(line);
    if (header && header[2]?.toLowerCase() === CSP_HEADER.toLowerCase()) {
      filled = true;
      return `${header[1]}${CSP_HEADER}: ${csp}`;
    }
    return line;
  });
  if (!filled) throw new Error(`the _headers template has no "${CSP_HEADER}:" line to fill in`);
  return lines.join('\n');
}

/** One rule of a `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses a `_headers` file (Netlify / Cloudflare Pages syntax). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (header && rule) rule.headers.push([header[1] ?? '', (header[2] ?? '').trim()]);
  }
  return rules;
}

/** The headers a `_headers` file gives `pathname` (rules whose pattern matches, in file order). */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  return rules
    .filter((rule) => {
      const pattern = new RegExp(`^${rule.pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      return pattern.test(pathname);
    })
    .flatMap((rule) => rule.headers);
}
