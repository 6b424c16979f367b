/**
 * Document basics html-validate does not check, over every built page: a language, one unique
 * non-empty title, a description, exactly one h1, headings that never skip a level going down,
 * a skip link to <main>, and no duplicate ids. (html-validate itself runs over dist/ in `npm test`
 * with the rules in .htmlvalidate.json.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, siteDir } from '../helpers/built-site.ts';
import { elementsOf } from '../helpers/html.ts';

const root = siteDir();
const htmlFiles = filesUnder(root, '.html');
const pages = htmlFiles.map((file) => {
  const html = readFileSync(join(root, file), 'utf8');
  return { file, html, tags: elementsOf(html), title: (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').trim() };
});

describe('every page', () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s: lang, title, description, one h1, heading order, skip link', (_file, page) => {
    const html = page.tags.find((tag) => tag.name === 'html');
    expect(html?.attributes.lang, '<html lang>').toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
    expect(page.title, '<title>').not.toBe('');
    const description = page.tags.find((tag) => tag.name === 'meta' && tag.attributes.name === 'description');
    expect(description?.attributes.content?.trim(), 'meta description').toBeTruthy();
    expect(page.tags.filter((tag) => tag.name === 'h1'), 'exactly one <h1>').toHaveLength(1);

    const skips: string[] = [];
    let previous = 0;
    for (const tag of page.tags) {
      const level = /^h([1-6])$/.exec(tag.name)?.[1];
      if (!level) continue;
      const current = Number(level);
      if (previous > 0 && current > previous + 1) skips.push(`h${previous} → h${current}`);
      previous = current;
    }
    expect(skips, 'headings skip a level').toEqual([]);

    const ids = page.tags.map((tag) => tag.attributes.id).filter((id): id is string => id !== undefined);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'duplicate ids').toEqual([]);
    expect(page.tags.some((tag) => tag.name === 'main' && tag.attributes.id === 'main'), '<main id="main">').toBe(true);
    expect(page.tags.some((tag) => tag.name === 'a' && tag.attributes.href === '#main'), 'skip link to #main').toBe(true);
  });

  it('have unique titles', () => {
    const byTitle = new Map<string, string[]>();
    for (const page of pages) byTitle.set(page.title, [...(byTitle.get(page.title) ?? []), page.file]);
    const duplicates = [...byTitle].filter(([, files]) => files.length > 1).map(([title, files]) => `${title}: ${files.join(', ')}`);
    expect(duplicates).toEqual([]);
  });
});
