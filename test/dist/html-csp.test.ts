/**
 * The Content-Security-Policy as shipped, checked from the built files alone: each page's <meta>
 * policy and the header policy in _headers list the SHA-256 of every inline script and style the
 * page carries (hashed here with node:crypto from the page as parsed by test/helpers/html.ts, not by
 * the build's code), never allow 'unsafe-inline' or 'unsafe-eval' for scripts, and pages carry
 * nothing a strict policy blocks (inline event handlers, style attributes, javascript: URLs).
 * The browser-side proof, with negative controls, is test/e2e/csp.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, siteDir, withBase } from '../helpers/built-site.ts';
import { elementSources, inlineBlockedBy, parsePolicy, type Policy } from '../helpers/csp.ts';
import { headersForPath, parseHeaders } from '../helpers/headers-file.ts';
import { elementsOf, isInlineScript, metaPolicyOf } from '../helpers/html.ts';

const root = siteDir();
const htmlFiles = filesUnder(root, '.html');
const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];

function headerValue(path: string, name: string): string | undefined {
  return headersForPath(rules, withBase(path))[name.toLowerCase()];
}

function expectStrictScripts(policy: Policy, where: string): void {
  const scriptSources = [...(policy.get('script-src') ?? []), ...(policy.get('script-src-elem') ?? [])];
  expect(policy.has('script-src') || policy.has('default-src'), `${where}: script-src`).toBe(true);
  expect(scriptSources, `${where}: script-src`).not.toContain("'unsafe-inline'");
  expect(scriptSources, `${where}: script-src`).not.toContain("'unsafe-eval'");
  expect(scriptSources.filter((s) => !s.startsWith("'")), `${where}: no hosts or schemes in script-src`).toEqual([]);
  expect(policy.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${where}: base-uri`).toBeDefined();
  expect(policy.get('default-src'), `${where}: default-src`).toEqual(["'self'"]);
}

describe('the generated _headers file', () => {
  it('exists in the build', () => {
    expect(existsSync(headersPath), 'public/_headers is the template; src/integrations/security-headers.ts fills it').toBe(true);
  });

  it('sends the security headers on every page, under the base path', () => {
    for (const path of ['', 'stages/', 'this-page-does-not-exist/']) {
      expect(headerValue(path, 'X-Content-Type-Options'), path).toBe('nosniff');
      expect(headerValue(path, 'Referrer-Policy'), path).toBe('no-referrer');
      expect(headerValue(path, 'Permissions-Policy'), path).toMatch(/camera=\(\)/);
    }
    for (const rule of rules) expect(rule.pattern.startsWith(withBase('')), rule.pattern).toBe(true);
  });

  it('sends a strict CSP with frame-ancestors, the same as the pages carry', () => {
    const header = headerValue('', 'Content-Security-Policy');
    expect(header, 'Content-Security-Policy header').toBeDefined();
    const policy = parsePolicy(header ?? '');
    expectStrictScripts(policy, '_headers');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    const meta = parsePolicy(metaPolicyOf(elementsOf(readFileSync(join(root, 'index.html'), 'utf8'))) ?? '');
    for (const [directive, sources] of meta) {
      // script-src and style-src carry hashes, which the header merges over all pages: checked per page below.
      if (/^(script|style)-src/.test(directive)) continue;
      expect(policy.get(directive), directive).toEqual(sources);
    }
  });

  it('lets browsers keep hashed assets for a year', () => {
    expect(headerValue('_astro/x.js', 'Cache-Control')).toMatch(/max-age=31536000.*immutable/);
    expect(headerValue('', 'Cache-Control'), 'HTML is left to the host default (revalidate)').toBeUndefined();
  });
});

describe('every page', () => {
  const headerPolicy = parsePolicy(headerValue('', 'Content-Security-Policy') ?? '');

  it('exist in the build', () => {
    expect(htmlFiles).toContain('index.html');
  });

  it.each(htmlFiles)('%s: the meta and header CSP list the hash of each inline script and style; no inline handlers', (file) => {
    const elements = elementsOf(readFileSync(join(root, file), 'utf8'));
    const meta = metaPolicyOf(elements);
    expect(meta, 'a <meta http-equiv="content-security-policy"> (security.csp in astro.config.mjs)').toBeDefined();
    const policy = parsePolicy(meta ?? '');
    expectStrictScripts(policy, file);
    const blocked: string[] = [];
    for (const element of elements) {
      const kind = isInlineScript(element) ? 'script' : element.name === 'style' ? 'style' : undefined;
      if (kind) {
        const start = JSON.stringify(element.text.slice(0, 40));
        const byMeta = inlineBlockedBy(elementSources(policy, kind), element.text);
        const byHeader = inlineBlockedBy(elementSources(headerPolicy, kind), element.text);
        if (byMeta) blocked.push(`inline ${kind} ${start}…: meta policy: ${byMeta}`);
        if (byHeader) blocked.push(`inline ${kind} ${start}…: _headers policy: ${byHeader}`);
      }
      for (const [name, value] of Object.entries(element.attributes)) {
        if (/^on[a-z]+$/.test(name)) blocked.push(`<${element.name} ${name}>: inline event handler`);
        if (name === 'style') blocked.push(`<${element.name} style="${value}">: style attribute (use a class)`);
        if (/^\s*javascript:/i.test(value)) blocked.push(`<${element.name} ${name}="${value}">: javascript: URL`);
      }
    }
    expect(blocked).toEqual([]);
  });
});
