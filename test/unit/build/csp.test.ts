import { describe, expect, it } from 'vitest';
import {
  allowsInline,
  headersFor,
  inlineScriptsOf,
  inlineStylesOf,
  mergePolicies,
  metaPolicyOf,
  parseHeadersFile,
  parsePolicy,
  renderHeadersFile,
  scriptElementSources,
  serializePolicy,
  sha256Source,
  withDirective,
} from '../../../src/lib/build/csp';

describe('policies', () => {
  it('parse, keep the first of a repeated directive, and serialise back', () => {
    const policy = parsePolicy("default-src 'self';script-src 'self' 'sha256-a'; script-src *; ;");
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a'"]);
    expect(serializePolicy(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
  });

  it('merge into the union of sources per directive', () => {
    const merged = mergePolicies([parsePolicy("script-src 'self' 'sha256-a'"), parsePolicy("script-src 'self' 'sha256-b'; img-src 'self'")]);
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
    expect(merged.get('img-src')).toEqual(["'self'"]);
  });

  it('gain a directive without changing the original', () => {
    const policy = parsePolicy("default-src 'self'");
    const framed = withDirective(policy, 'frame-ancestors', ["'none'"]);
    expect(serializePolicy(framed)).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(policy.has('frame-ancestors')).toBe(false);
  });

  it('fall back from script-src-elem to script-src to default-src for inline scripts', () => {
    expect(scriptElementSources(parsePolicy("default-src 'self'"))).toEqual(["'self'"]);
    expect(scriptElementSources(parsePolicy("default-src 'self'; script-src 'none'"))).toEqual(["'none'"]);
    expect(scriptElementSources(parsePolicy("script-src 'none'; script-src-elem 'self'"))).toEqual(["'self'"]);
  });
});

describe('inline code', () => {
  const html = `<head><meta http-equiv="content-security-policy" content="script-src 'self' ${sha256Source('run()')}">
    <script type="application/ld+json">{"a":1}</script><script type="module">run()</script>
    <script src="/x.js"></script><style>p{color:red}</style></head>`;

  it('lists the scripts a browser runs, not data blocks or external scripts', () => {
    expect(inlineScriptsOf(html)).toEqual(['run()']);
    expect(inlineStylesOf(html)).toEqual(['p{color:red}']);
  });

  it('is allowed only by a matching hash', () => {
    const sources = scriptElementSources(parsePolicy(metaPolicyOf(html) ?? ''));
    expect(allowsInline(sources, 'run()')).toBe(true);
    expect(allowsInline(sources, 'run() ')).toBe(false);
    expect(allowsInline(["'unsafe-inline'"], 'anything')).toBe(true);
    // A hash in the list disables 'unsafe-inline' in browsers, so it no longer allows everything.
    expect(allowsInline(["'unsafe-inline'", sha256Source('x')], 'anything')).toBe(false);
  });

  it('hashes like the browser: base64 SHA-256 of the exact text', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('the _headers file', () => {
  const template = ['# comment', '/*', '  Content-Security-Policy: placeholder', '  X-Content-Type-Options: nosniff', '', '/_astro/*', '  Cache-Control: immutable'].join('\n');

  it('gets the base path on every rule and the CSP filled in', () => {
    const filled = renderHeadersFile(template, '/playbook/', "default-src 'self'");
    expect(filled).toContain('/playbook/*\n  Content-Security-Policy: default-src \'self\'');
    expect(filled).toContain('/playbook/_astro/*');
    expect(renderHeadersFile(template, '/', 'x')).toContain('\n/*\n');
  });

  it('refuses a template without a CSP line', () => {
    expect(() => renderHeadersFile('/*\n  X-Frame-Options: DENY', '/', 'x')).toThrow(/Content-Security-Policy/);
  });

  it('parses into rules that match paths as static hosts do', () => {
    const rules = parseHeadersFile(renderHeadersFile(template, '/', 'csp'));
    expect(headersFor(rules, '/stages/')).toEqual([['Content-Security-Policy', 'csp'], ['X-Content-Type-Options', 'nosniff']]);
    expect(headersFor(rules, '/_astro/a.js').map(([name]) => name)).toContain('Cache-Control');
  });
});
