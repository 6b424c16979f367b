/** Reads content files the way the build does (YAML frontmatter or YAML data) for unit tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';

export const contentDir = join(import.meta.dirname, '..', '..', 'content');

export function frontmatterOf(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error('no frontmatter block');
  return parse(match[1] ?? '');
}

/** Every entry of a collection folder: id (file name without extension), raw data and body. */
export function readCollection(folder: string): { id: string; file: string; data: any; body: string }[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => ['.mdx', '.yaml'].includes(extname(name)))
    .map((name) => {
      const file = join(dir, name);
      const source = readFileSync(file, 'utf8');
      const isMdx = extname(name) === '.mdx';
      return {
        id: basename(name, extname(name)),
        file,
        data: isMdx ? frontmatterOf(source) : parse(source),
        body: isMdx ? source.replace(/^---[\s\S]*?\n---/, '') : '',
      };
    });
}
