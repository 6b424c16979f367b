/**
 * Writes the build's `_headers` file (read by Netlify, Cloudflare Pages and other static hosts) once
 * every page exists, and checks that the Content-Security-Policy each page carries really allows
 * what the page runs.
 *
 * Why generated rather than hand-written: Astro inlines small scripts (the island loader among them)
 * and allows each one by its SHA-256 hash in the page's <meta http-equiv="content-security-policy">.
 * Those hashes change whenever Astro or a component changes, so a hand-written header would soon
 * block the site's own scripts. The header policy here is the pages' meta policies merged, plus
 * `frame-ancestors 'none'`, which browsers ignore in a meta tag.
 *
 * The hand-written parts (other security headers, caching) live in public/_headers, a template whose
 * paths are root-relative; this hook prefixes them with the base path and fills in the CSP line.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  allowsInline,
  inlineScriptsOf,
  inlineStylesOf,
  mergePolicies,
  metaPolicyOf,
  parsePolicy,
  renderHeadersFile,
  scriptElementSources,
  serializePolicy,
  styleElementSources,
  withDirective,
  type Policy,
} from '../lib/build/csp.ts';
import { withTrailingSlash } from '../lib/paths.ts';

export const HEADERS_FILE = '_headers';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'local:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const problems: string[] = [];
        const policies: Policy[] = [];
        let pages = 0;
        for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const page = relative(siteDir, file);
          // Read synchronously: the pages are small and just written, and one awaited read per page
          // cost more in round trips than the reading itself (0.5 s at 1,100 pages).
          const html = readFileSync(file, 'utf8');
          pages += 1;
          const meta = metaPolicyOf(html);
          if (!meta) {
            problems.push(`${page}: no <meta http-equiv="content-security-policy"> (is security.csp on in astro.config.mjs?)`);
            continue;
          }
          const policy = parsePolicy(meta);
          policies.push(policy);
          for (const script of inlineScriptsOf(html)) {
            if (!allowsInline(scriptElementSources(policy), script)) {
              problems.push(`${page}: an inline script is not allowed by the page's CSP (starts "${script.slice(0, 60)}")`);
            }
          }
          for (const style of inlineStylesOf(html)) {
            if (!allowsInline(styleElementSources(policy), style)) {
              problems.push(`${page}: an inline <style> is not allowed by the page's CSP (starts "${style.slice(0, 60)}")`);
            }
          }
        }
        if (problems.length > 0) {
          throw new Error(`Content-Security-Policy check failed:\n  ${problems.slice(0, 20).join('\n  ')}`);
        }
        if (pages === 0) return;

        const header = serializePolicy(withDirective(mergePolicies(policies), 'frame-ancestors', ["'none'"]));
        const headersPath = join(siteDir, HEADERS_FILE);
        if (!existsSync(headersPath)) throw new Error(`public/${HEADERS_FILE} is missing: it is the template for the security headers`);
        const template = await readFile(headersPath, 'utf8');
        await writeFile(headersPath, renderHeadersFile(template, base, header));
        const hashes = header.match(/'sha(256|384|512)-/g)?.length ?? 0;
        logger.info(`Wrote ${HEADERS_FILE} with a CSP allowing ${hashes} inline hashes, checked on ${pages} pages.`);
      },
    },
  };
}
