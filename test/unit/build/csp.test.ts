import { createHash } from 'node:crypto';
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
  withOwnHashesOnly,
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

  it("narrows a page's meta policy to the hashes of its own inline scripts and styles", () => {
    const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha256Source('other()')} ${sha256Source('run()')}; style-src 'self' ${sha256Source('')} ${sha256Source('p{color:red}')}">
      <script type="module">run()</script><style>p{color:red}</style></head>`;
    const narrowed = parsePolicy(metaPolicyOf(withOwnHashesOnly(page)) ?? '');
    expect(narrowed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha256Source('run()')]);
    expect(narrowed.get('style-src')).toEqual(["'self'", sha256Source('p{color:red}')]);
    expect(narrowed.get('default-src')).toEqual(["'self'"]);
    expect(withOwnHashesOnly(page).replace(/<meta[^>]*>/, '')).toBe(page.replace(/<meta[^>]*>/, ''));
  });

  it('keeps a hash written in another algorithm when it matches, and leaves pages without a policy alone', () => {
    const sha384 = `'sha384-${createHash('sha384').update('run()').digest('base64')}'`;
    const page = `<meta http-equiv="Content-Security-Policy" content="script-src ${sha384}"><script>run()</script>`;
    expect(parsePolicy(metaPolicyOf(withOwnHashesOnly(page)) ?? '').get('script-src')).toEqual([sha384]);
    expect(withOwnHashesOnly('<p>no policy</p>')).toBe('<p>no policy</p>');
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
