import { describe, expect, it } from 'vitest';
import { joinBase, withTrailingSlash } from '../../src/lib/paths';

describe('joinBase', () => {
  it.each([
    ['/', '/stages/', '/stages/'],
    ['/playbook/', '/stages/', '/playbook/stages/'],
    ['/playbook', 'stages/', '/playbook/stages/'],
    ['/', '/', '/'],
    ['/playbook/', '/', '/playbook/'],
    ['/playbook/', '/search/?', '/playbook/search/?'],
    ['/playbook/', '/_astro/*', '/playbook/_astro/*'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('withTrailingSlash', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/playbook', '/playbook/'],
    ['/playbook/', '/playbook/'],
  ])('%p → %p', (base, expected) => {
    expect(withTrailingSlash(base)).toBe(expected);
  });
});
