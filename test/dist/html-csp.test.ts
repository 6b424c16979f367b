/**
 * The Content-Security-Policy as shipped: the <meta> policy on every page and the header policy in
 * the generated _headers file both allow each inline script and style by hash, never 'unsafe-inline'
 * or 'unsafe-eval' for scripts, and pages carry nothing the policy would block (inline event
 * handlers, style attributes, javascript: URLs). The browser-side proof is test/e2e/csp.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowsInline,
  headersFor,
  inlineScriptsOf,
  inlineStylesOf,
  metaPolicyOf,
  parseHeadersFile,
  parsePolicy,
  scriptElementSources,
  styleElementSources,
  type Policy,
} from '../../src/lib/build/csp.ts';
import { basePath, filesUnder, siteDir, tagsOf } from '../bench/lib/built-site.ts';

const root = siteDir();
const base = basePath();
const htmlFiles = filesUnder(root, '.html');
const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

function headerValue(pathname: string, name: string): string | undefined {
  return headersFor(rules, pathname).find(([header]) => header.toLowerCase() === name.toLowerCase())?.[1];
}

function expectStrictScripts(policy: Policy, where: string): void {
  const scriptSources = [...(policy.get('script-src') ?? []), ...(policy.get('script-src-elem') ?? [])];
  expect(policy.has('script-src') || policy.has('default-src'), `${where}: script-src`).toBe(true);
  expect(scriptSources, `${where}: script-src`).not.toContain("'unsafe-inline'");
  expect(scriptSources, `${where}: script-src`).not.toContain("'unsafe-eval'");
  expect(scriptSources.filter((s) => !s.startsWith("'") && s !== 'self'), `${where}: no hosts or schemes in script-src`).toEqual([]);
  expect(policy.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${where}: base-uri`).toBeDefined();
  expect(policy.get('default-src'), `${where}: default-src`).toEqual(["'self'"]);
}

describe('the generated _headers file', () => {
  it('exists in the build', () => {
    expect(existsSync(headersPath), 'public/_headers is the template; src/integrations/security-headers.ts fills it').toBe(true);
  });

  it('sends the security headers on every page, under the base path', () => {
    const home = base;
    expect(headerValue(home, 'X-Content-Type-Options')).toBe('nosniff');
    expect(headerValue(home, 'Referrer-Policy')).toBe('no-referrer');
    expect(headerValue(home, 'Permissions-Policy')).toMatch(/camera=\(\)/);
    expect(headerValue(`${base}stages/`, 'X-Content-Type-Options')).toBe('nosniff');
    for (const rule of rules) expect(rule.pattern.startsWith(base), rule.pattern).toBe(true);
  });

  it('sends a strict CSP with frame-ancestors, the same as the pages carry', () => {
    const header = headerValue(base, 'Content-Security-Policy');
    expect(header, 'Content-Security-Policy header').toBeDefined();
    const policy = parsePolicy(header ?? '');
    expectStrictScripts(policy, '_headers');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    const meta = parsePolicy(metaPolicyOf(readFileSync(join(root, 'index.html'), 'utf8')) ?? '');
    for (const [directive, sources] of meta) {
      // script-src and style-src carry hashes, which the header merges over all pages: checked per page below.
      if (/^(script|style)-src/.test(directive)) continue;
      expect(policy.get(directive), directive).toEqual(sources);
    }
  });

  it('lets browsers keep hashed assets for a year', () => {
    expect(headerValue(`${base}_astro/x.js`, 'Cache-Control')).toMatch(/max-age=31536000.*immutable/);
    expect(headerValue(base, 'Cache-Control'), 'HTML is left to the host default (revalidate)').toBeUndefined();
  });
});

describe('every page', () => {
  const headerPolicy = parsePolicy(headerValue(base, 'Content-Security-Policy') ?? '');

  it.each(htmlFiles)('%s: the meta and header CSP allow its inline scripts and styles, and it has no inline handlers', (file) => {
    const html = readFileSync(join(root, file), 'utf8');
    const meta = metaPolicyOf(html);
    expect(meta, 'a <meta http-equiv="content-security-policy"> (security.csp in astro.config.mjs)').toBeDefined();
    const policy = parsePolicy(meta ?? '');
    expectStrictScripts(policy, file);
    for (const script of inlineScriptsOf(html)) {
      expect(allowsInline(scriptElementSources(policy), script), `meta CSP allows inline script "${script.slice(0, 50)}"`).toBe(true);
      expect(allowsInline(scriptElementSources(headerPolicy), script), `_headers CSP allows inline script "${script.slice(0, 50)}"`).toBe(true);
    }
    for (const style of inlineStylesOf(html)) {
      expect(allowsInline(styleElementSources(policy), style), `meta CSP allows inline style "${style.slice(0, 50)}"`).toBe(true);
      expect(allowsInline(styleElementSources(headerPolicy), style), `_headers CSP allows inline style "${style.slice(0, 50)}"`).toBe(true);
    }
    const blocked: string[] = [];
    for (const tag of tagsOf(html)) {
      for (const [name, value] of Object.entries(tag.attributes)) {
        if (/^on[a-z]+$/.test(name)) blocked.push(`<${tag.name} ${name}>: inline event handler`);
        if (name === 'style') blocked.push(`<${tag.name} style="${value}">: style attribute (use a class)`);
        if (/^\s*javascript:/i.test(value)) blocked.push(`<${tag.name} ${name}="${value}">: javascript: URL`);
      }
    }
    expect(blocked).toEqual([]);
  });
});
