import { describe, expect, it } from 'vitest';
import { formatBytes, offlineBytes, offlineKind, pageTitleOf, urlOfBuiltFile } from '../../../src/lib/offline/manifest';

describe('offlineKind', () => {
  it.each([
    ['index.html', 'page'],
    ['playbook/kickoff-call/index.html', 'page'],
    ['404.html', undefined],
    ['_astro/BaseLayout.xIQ7D99z.css', 'file'],
    ['pagefind/index/en_1a2b3c.pf_index', 'file'],
    ['icons/icon-192.png', 'file'],
    ['sw.js', undefined],
    ['_headers', undefined],
    ['robots.txt', undefined],
    ['sitemap-index.xml', undefined],
    ['sitemap-0.xml', undefined],
  ])('%s → %s', (path, kind) => {
    expect(offlineKind(path)).toBe(kind);
  });
});

describe('urlOfBuiltFile', () => {
  it.each([
    ['index.html', '/', '/'],
    ['stages/managed/index.html', '/', '/stages/managed/'],
    ['stages/managed/index.html', '/playbook/', '/playbook/stages/managed/'],
    ['pagefind/pagefind.js', '/playbook/', '/playbook/pagefind/pagefind.js'],
    ['index.html', '/playbook/', '/playbook/'],
  ])('%s under %s → %s', (path, base, url) => {
    expect(urlOfBuiltFile(path, base)).toBe(url);
  });
});

describe('sizes', () => {
  it('adds pages and files', () => {
    expect(offlineBytes({ build: 'x', pages: [['/', 1200, 'Home']], files: [['/a.css', 300], ['/b.js', 500]] })).toBe(2000);
  });

  it.each([
    [0, '1 KB'],
    [420, '1 KB'],
    [12_400, '12 KB'],
    [999_499, '999 KB'],
    [2_512_000, '2.5 MB'],
    [31_060_000, '31.1 MB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('pageTitleOf', () => {
  it('drops the site name and decodes entities', () => {
    expect(pageTitleOf('<head><title>Support vs success &amp; where they meet · Support Maturity Playbook</title>')).toBe('Support vs success & where they meet');
  });

  it('keeps a title that is only the site name, and gives "" without a title', () => {
    expect(pageTitleOf('<title>Support Maturity Playbook</title>')).toBe('Support Maturity Playbook');
    expect(pageTitleOf('<p>no head</p>')).toBe('');
  });
});
