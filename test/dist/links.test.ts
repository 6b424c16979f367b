/**
 * Link check over the built site: every same-site href and src in every page (and every url() in
 * the stylesheets) resolves to a file in the build, every #fragment names an id on its target page,
 * and every sitemap entry exists. Run with BASE_PATH set over a sub-path build, it also catches links
 * that forgot the base path (they resolve to nothing under it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basePath, fileForPath, filesUnder, pathOfFile, sitemapPaths, siteDir, withBase } from '../helpers/built-site.ts';
import { elementsOf } from '../helpers/html.ts';

const root = siteDir();
const base = basePath();
const siteOrigin = new URL(process.env.SITE_URL || 'http://127.0.0.1:4321').origin;
const htmlFiles = filesUnder(root, '.html');

/** Attributes that hold a URL the browser will follow or fetch, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  'astro-island': ['component-url', 'renderer-url', 'before-hydration-url'],
};

/** The URL a built file is served at (base included). */
function pageUrl(file: string): URL {
  return new URL(pathOfFile(file), siteOrigin);
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set<string>();
    for (const tag of elementsOf(readFileSync(file, 'utf8'))) {
      if (tag.attributes.id) ids.add(tag.attributes.id);
      if (tag.name === 'a' && tag.attributes.name) ids.add(tag.attributes.name);
    }
    idCache.set(file, ids);
  }
  return ids;
}

/** Problems with one reference from `from`, or undefined when it resolves. */
function checkReference(reference: string, from: URL): string | undefined {
  const trimmed = reference.trim();
  if (trimmed === '' || /^(mailto|tel|data|javascript|blob):/i.test(trimmed)) {
    return /^javascript:/i.test(trimmed) ? 'javascript: URLs are blocked by the CSP' : undefined;
  }
  const target = new URL(trimmed, from);
  if (target.origin !== siteOrigin) return undefined;
  const file = fileForPath(target.pathname, root, base);
  if (!file) {
    const withSlash = fileForPath(`${target.pathname}/`, root, base);
    if (withSlash) return `${target.pathname} needs a trailing slash (the site is built with trailingSlash: 'always')`;
    if (!target.pathname.startsWith(base)) return `${target.pathname} is outside the base path ${base} (use url() from src/lib/paths.ts)`;
    return `${target.pathname} does not exist`;
  }
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
    return `#${fragment} is not an id on ${target.pathname}`;
  }
  return undefined;
}

describe('links in the built site', () => {
  it('has pages to check', () => {
    expect(htmlFiles.length).toBeGreaterThan(0);
  });

  it.each(htmlFiles)('%s: every same-site href and src resolves', (file) => {
    const from = pageUrl(file);
    const problems: string[] = [];
    for (const tag of elementsOf(readFileSync(`${root}/${file}`, 'utf8'))) {
      for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
        const value = tag.attributes[attribute];
        if (value === undefined) continue;
        const references = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
        for (const reference of references) {
          const problem = checkReference(reference, from);
          if (problem) problems.push(`<${tag.name} ${attribute}="${value}">: ${problem}`);
        }
      }
      // Social cards and canonical links use absolute URLs on SITE_URL: those must exist too.
      if (tag.name === 'meta' && /^(og:url|og:image|twitter:image)$/.test(tag.attributes.property ?? tag.attributes.name ?? '')) {
        const problem = checkReference(tag.attributes.content ?? '', from);
        if (problem) problems.push(`<meta ${tag.attributes.property ?? tag.attributes.name}>: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every url() in the stylesheets resolves', () => {
    const problems: string[] = [];
    for (const file of filesUnder(root, '.css')) {
      const from = pageUrl(file);
      for (const match of readFileSync(`${root}/${file}`, 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const reference = match[1] ?? '';
        if (reference.startsWith('#')) continue;
        const problem = checkReference(reference, from);
        if (problem) problems.push(`${file}: url(${reference}): ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every sitemap entry is a built page, and every built page but 404 is in the sitemap', () => {
    const listed = sitemapPaths(root);
    const missing = listed.filter((path) => !fileForPath(path, root, base));
    expect(missing, 'sitemap entries without a page').toEqual([]);
    const pages = htmlFiles.filter((file) => file !== '404.html').map((file) => pageUrl(file).pathname);
    const unlisted = pages.filter((path) => !listed.includes(path));
    // Pages that ask not to be indexed may stay out of the sitemap.
    const indexable = unlisted.filter((path) => {
      const file = fileForPath(path, root, base);
      return file && !/<meta\s+name="robots"\s+content="[^"]*noindex/i.test(readFileSync(file, 'utf8'));
    });
    expect(indexable, 'built pages missing from the sitemap').toEqual([]);
  });

  it('every sitemap entry and canonical link is under SITE_URL and the base path', () => {
    for (const path of sitemapPaths(root)) expect(path.startsWith(base), path).toBe(true);
    for (const file of htmlFiles) {
      const canonical = elementsOf(readFileSync(`${root}/${file}`, 'utf8')).find((tag) => tag.name === 'link' && tag.attributes.rel === 'canonical');
      if (canonical) expect((canonical.attributes.href ?? '').startsWith(new URL(withBase(''), siteOrigin).href), file).toBe(true);
    }
  });
});
