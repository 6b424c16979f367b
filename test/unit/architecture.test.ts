/**
 * The layout's rules, checked on the source itself so the tree stays true to the README:
 * lib/ is pure (no Astro, stores or islands; only lib/build/ may use Node), one module touches
 * localStorage, components/ holds only .astro files, and nothing the browser loads imports
 * Node-only code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const rel = (file: string) => relative(root, file).split('\\').join('/');
const isCode = (file: string) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts');

/** Every module specifier a piece of code imports or re-exports, static or dynamic. */
function specifiersOf(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[\w*${}\s,]+?\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1] ?? '');
  return found;
}

/** The code of an .astro file's client <script> blocks (the frontmatter runs on the server). */
function clientScriptsOf(astro: string): string {
  return [...astro.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
}

/** A relative specifier as a file in the project, or undefined for packages and non-code files. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.split('?')[0] ?? '');
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile() && isCode(candidate));
}

const nodeBuiltins = new Set(builtinModules);
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || nodeBuiltins.has(specifier.split('/')[0] ?? '');
const isNodeOnlyFile = (file: string) => rel(file).startsWith('src/lib/build/') || rel(file).startsWith('src/integrations/');

describe('the import scanner', () => {
  it('finds static, type-only, side-effect, re-exported and dynamic imports', () => {
    const code = `import a from './a';\nimport type { B } from "../b";\nimport './c.css';\nexport { d } from './d';\nconst e = await import('./e.ts?lazy-url');`;
    expect(specifiersOf(code)).toEqual(['./a', '../b', './c.css', './d', './e.ts?lazy-url']);
  });

  it('tells Node built-ins from packages', () => {
    expect(['node:crypto', 'fs', 'path/posix', 'nanostores', 'preact/hooks'].map(isNodeBuiltin)).toEqual([true, true, true, false, false]);
  });
});

describe('src/lib', () => {
  const libFiles = filesUnder(join(src, 'lib')).filter(isCode);
  const forbidden = ['src/stores/', 'src/islands/', 'src/scripts/', 'src/components/', 'src/pages/', 'src/layouts/', 'src/data/', 'src/integrations/'];

  it('holds the pure modules', () => {
    expect(libFiles.length).toBeGreaterThan(30);
  });

  it.each(libFiles.map(rel))('%s imports nothing from astro:*, stores, islands or other upper layers', (file) => {
    const problems = specifiersOf(readFileSync(join(root, file), 'utf8')).flatMap((specifier) => {
      if (specifier.startsWith('astro:')) return [specifier];
      const target = resolveLocal(join(root, file), specifier);
      return target && forbidden.some((layer) => rel(target).startsWith(layer)) ? [`${specifier} (${rel(target)})`] : [];
    });
    expect(problems).toEqual([]);
  });

  it.each(libFiles.map(rel).filter((file) => !file.startsWith('src/lib/build/')))('%s uses no Node built-in (only src/lib/build/ may)', (file) => {
    expect(specifiersOf(readFileSync(join(root, file), 'utf8')).filter(isNodeBuiltin)).toEqual([]);
  });
});

describe('persistence', () => {
  const sources = filesUnder(src).filter((file) => isCode(file) || file.endsWith('.astro'));
  /** The code of a file without its comments, so a sentence about localStorage is not a use of it. */
  const codeOf = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');

  it('only src/stores/persistence.ts touches localStorage', () => {
    const callers = sources.filter((file) => /\blocalStorage\b/.test(codeOf(file))).map(rel);
    expect(callers).toEqual(['src/stores/persistence.ts']);
  });

  it('no store uses @nanostores/persistent, which writes decoded values back over what the reader saved', () => {
    expect(sources.filter((file) => /['"]@nanostores\/persistent['"]/.test(codeOf(file))).map(rel)).toEqual([]);
  });

  it('every persistent store is made with persistence.ts’s persistentAtom', () => {
    const users = sources.filter((file) => /\bpersistentAtom\s*</.test(readFileSync(file, 'utf8'))).map(rel);
    expect(users.length).toBeGreaterThanOrEqual(7);
    for (const file of users.filter((f) => f !== 'src/stores/persistence.ts')) {
      expect(readFileSync(join(root, file), 'utf8'), file).toMatch(/import\s*\{[^}]*\bpersistentAtom\b[^}]*\}\s*from\s*['"](\.\.\/)+(stores\/)?persistence['"]/);
    }
  });
});

describe('src/components', () => {
  it('holds only .astro components', () => {
    expect(filesUnder(join(src, 'components')).map(rel).filter((file) => !file.endsWith('.astro'))).toEqual([]);
  });
});

describe('code the browser loads', () => {
  // Entry points: the islands, the small page scripts, and every client <script> in an .astro file.
  const entries = new Map<string, string>();
  for (const file of [...filesUnder(join(src, 'islands')), ...filesUnder(join(src, 'scripts'))].filter(isCode)) {
    entries.set(file, readFileSync(file, 'utf8'));
  }
  for (const file of filesUnder(src).filter((file) => file.endsWith('.astro'))) {
    const scripts = clientScriptsOf(readFileSync(file, 'utf8'));
    if (scripts.trim()) entries.set(file, scripts);
  }

  /** Every module reachable from the entry points, with the chain that reaches it. */
  const reached = new Map<string, string[]>();
  const queue: [string, string, string[]][] = [...entries].map(([file, code]) => [file, code, [rel(file)]]);
  const problems: string[] = [];
  while (queue.length > 0) {
    const [file, code, chain] = queue.shift() as [string, string, string[]];
    for (const specifier of specifiersOf(code)) {
      if (isNodeBuiltin(specifier) || specifier.startsWith('astro:')) problems.push(`${chain.join(' → ')} imports ${specifier}`);
      const target = resolveLocal(file, specifier);
      if (!target || reached.has(target)) continue;
      const next = [...chain, rel(target)];
      reached.set(target, next);
      if (isNodeOnlyFile(target)) problems.push(`${next.join(' → ')} is Node-only`);
      queue.push([target, readFileSync(target, 'utf8'), next]);
    }
  }

  it('reaches the stores and lib modules behind the islands and scripts', () => {
    const modules = [...reached.keys()].map(rel);
    expect(modules).toContain('src/stores/persistence.ts');
    expect(modules).toContain('src/lib/search/run.ts');
    expect(modules).toContain('src/lib/assessment/scoring.ts');
  });

  it('never imports a Node built-in, astro:*, src/lib/build/ or src/integrations/', () => {
    expect(problems).toEqual([]);
  });
});

describe('links to content pages', () => {
  const pagesAndComponents = filesUnder(src).filter((file) => /^src\/(pages|components|layouts)\//.test(rel(file)) && file.endsWith('.astro'));
  /** Routes of the static pages under the section folders (/playbook/start-here/, /metrics/benchmark/…). */
  const staticRoutes = new Set(
    filesUnder(join(src, 'pages'))
      .map(rel)
      .filter((file) => file.endsWith('.astro') && !file.includes('['))
      .map((file) => `/${file.replace(/^src\/pages\//, '').replace(/(\/?index)?\.astro$/, '')}/`.replace(/\/+/g, '/')),
  );

  it('finds the static routes', () => {
    expect(staticRoutes).toContain('/playbook/start-here/');
    expect(staticRoutes).toContain('/metrics/benchmark/');
  });

  it.each(pagesAndComponents.map(rel))('%s names itself when it asks for checked links', (file) => {
    const named = [...readFileSync(join(root, file), 'utf8').matchAll(/\bpageLinks\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]);
    expect(named.filter((name) => name !== file)).toEqual([]);
  });

  it.each(pagesAndComponents.map(rel))('%s writes no stage, play, practice or metric slug by hand (it uses pageLinks)', (file) => {
    const written = [...readFileSync(join(root, file), 'utf8').matchAll(/['"`]\/(stages|playbook|practices|metrics)\/([a-z0-9-]+)\/?(?:#[^'"`]*)?['"`]/g)]
      .map((match) => `/${match[1]}/${match[2]}/`)
      .filter((path) => !staticRoutes.has(path));
    expect(written).toEqual([]);
  });
});
