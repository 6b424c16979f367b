/**
 * Every key the site can keep is explained on the "Your data" page: each store, once made, must have
 * an entry in src/stores/registry.ts, and so must every `smp:` key written anywhere in the source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORED_KEYS } from '../../../src/stores/registry';
import { describeKey } from '../../../src/lib/data/your-data';

const root = resolve(import.meta.dirname, '..', '..', '..');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
const registered = new Set(STORED_KEYS.map((entry) => entry.key));

describe('the registry of stored keys', () => {
  it('explains every key a store is made with', async () => {
    const persistence = await import('../../../src/stores/persistence');
    const stores = filesUnder(join(root, 'src', 'stores')).filter((file) => /\.tsx?$/.test(file) && !file.endsWith('registry.ts'));
    for (const file of stores) await import(/* @vite-ignore */ file);
    // Checklist stores are made on first use: make every one.
    const checklist = await import('../../../src/stores/playbook/checklist');
    for (const name of Object.keys(checklist.CHECKLIST_KEYS) as (keyof typeof checklist.CHECKLIST_KEYS)[]) checklist.ticksOf(name);
    const made = persistence.persistentKeys();
    expect(made.length).toBeGreaterThanOrEqual(8);
    expect(made.filter((key) => !registered.has(key))).toEqual([]);
  });

  it('explains every smp: key the source names', () => {
    const sources = filesUnder(join(root, 'src')).filter((file) => /\.(ts|tsx|astro)$/.test(file));
    const named = new Map<string, string>();
    for (const file of sources) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`](smp:[a-z0-9:.-]+)['"`]/gi)) named.set(match[1]!, relative(root, file));
    }
    expect(named.size).toBeGreaterThanOrEqual(10);
    // A kept copy of unreadable text (<key>:unreadable) is explained by the key it came from.
    const missing = [...named].filter(([key]) => !registered.has(key.replace(/:unreadable(:\d+)?$/, ''))).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('says in words what each holds, once per key', () => {
    expect(registered.size).toBe(STORED_KEYS.length);
    for (const entry of STORED_KEYS) {
      expect(entry.key).toMatch(/^smp:/);
      expect(entry.title.length, entry.key).toBeGreaterThan(5);
      expect(entry.holds.length, entry.key).toBeGreaterThan(30);
    }
  });

  it('describes kept copies of unreadable text by the item they came from, and unknown keys as such', () => {
    expect(describeKey('smp:details:v1:unreadable', STORED_KEYS)).toMatchObject({ title: 'Unreadable copy: Your details for email templates', copyOf: 'smp:details:v1' });
    expect(describeKey('smp:details:v1:unreadable:2', STORED_KEYS).copyOf).toBe('smp:details:v1');
    expect(describeKey('smp:old-thing:v0', STORED_KEYS).title).toBe('Not recognised');
  });
});
