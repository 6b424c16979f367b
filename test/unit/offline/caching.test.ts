import { describe, expect, it } from 'vitest';
import { assetsOfPage, cacheKeyOf, cacheNameFor, staleCaches, STATE_CACHE, staticImportsOf, strategyFor } from '../../../src/lib/offline/caching';

const origin = 'https://example.org';
const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

describe('strategyFor', () => {
  it.each([
    ['/stages/', 'navigate', '/', 'page'],
    ['/_astro/BaseLayout.x1.css', 'no-cors', '/', 'asset'],
    ['/pagefind/pagefind-entry.json?ts=1', 'cors', '/', 'file'],
    ['/pagefind/pagefind.js', 'cors', '/', 'file'],
    ['/pagefind/wasm.en.pagefind', 'cors', '/', 'file'],
    ['/pagefind/pages.json', 'cors', '/', 'file'],
    ['/pagefind/index/en_2ab5a65.pf_index', 'cors', '/', 'asset'],
    ['/pagefind/fragment/en_3bbfdbe.pf_fragment?ts=1', 'cors', '/', 'asset'],
    ['/pagefind/filter/en_41eebfb.pf_filter', 'cors', '/', 'asset'],
    ['/pagefind/pagefind.en_8dc9bcaa4e.pf_meta', 'cors', '/', 'asset'],
    ['/playbook/pagefind/index/en_2ab5a65.pf_index', 'cors', '/playbook/', 'asset'],
    ['/manifest.webmanifest', 'cors', '/', 'file'],
    ['/sw.js', 'same-origin', '/', 'pass'],
    ['/playbook/stages/', 'navigate', '/playbook/', 'page'],
    ['/playbook/_astro/a.js', 'cors', '/playbook/', 'asset'],
    ['/_astro/a.js', 'cors', '/playbook/', 'pass'],
    ['/other-app/', 'navigate', '/playbook/', 'pass'],
    ['/playbook/sw.js', 'same-origin', '/playbook/', 'pass'],
  ])('%s (%s) under %s → %s', (path, mode, base, strategy) => {
    expect(strategyFor(get(`${origin}${path}`, mode), origin, base)).toBe(strategy);
  });

  it('passes requests to another origin and anything but GET', () => {
    expect(strategyFor(get('https://cdn.example.com/_astro/a.js'), origin, '/')).toBe('pass');
    expect(strategyFor({ url: `${origin}/stages/`, method: 'POST', mode: 'navigate' }, origin, '/')).toBe('pass');
  });
});

describe('caches by build', () => {
  it('names one cache per build and finds the other builds\' caches, never the state or another app\'s', () => {
    const names = [cacheNameFor('old1'), cacheNameFor('new2'), STATE_CACHE, 'someone-else-v1'];
    expect(staleCaches(names, 'new2')).toEqual([cacheNameFor('old1')]);
    expect(cacheNameFor('a')).not.toBe(cacheNameFor('b'));
  });

  it('keys without query or fragment', () => {
    expect(cacheKeyOf('https://example.org/stages/?highlight=kickoff#x')).toBe('https://example.org/stages/');
    expect(cacheKeyOf('https://example.org/pagefind/pagefind-entry.json?ts=17')).toBe('https://example.org/pagefind/pagefind-entry.json');
  });
});

describe('assetsOfPage', () => {
  const html = [
    '<link rel="stylesheet" href="/playbook/_astro/BaseLayout.a1.css">',
    '<link rel="icon" href="/playbook/favicon.svg">',
    '<script type="module" src="/playbook/_astro/page.b2.js"></script>',
    '<a href="/playbook/stages/">Stages</a>',
    '<script>var s=`/playbook/_astro/dialog.c3.js`,m="/playbook/_astro/mark-page.d4.js";</script>',
    '<img src="https://elsewhere.example/_astro/x.js">',
  ].join('');

  it('finds the hashed files a page names, its lazily loaded chunks included, under the base only', () => {
    expect(assetsOfPage(html, '/playbook/').sort()).toEqual(
      ['/playbook/_astro/BaseLayout.a1.css', '/playbook/_astro/page.b2.js', '/playbook/_astro/dialog.c3.js', '/playbook/_astro/mark-page.d4.js'].sort(),
    );
  });

  it('finds nothing outside the base', () => {
    expect(assetsOfPage(html, '/')).toEqual([]);
  });
});

describe('staticImportsOf', () => {
  it('resolves static imports against the script, and leaves dynamic ones out', () => {
    const code = 'import{t as e}from"./worker-channel.z7.js";import"./side.a1.js";import {x} from \'../lib/y.js\';const d=()=>import("./lazy.q1.js");';
    expect(staticImportsOf(code, 'https://example.org/_astro/offline.k2.js')).toEqual([
      'https://example.org/_astro/worker-channel.z7.js',
      'https://example.org/_astro/side.a1.js',
      'https://example.org/lib/y.js',
    ]);
  });
});
