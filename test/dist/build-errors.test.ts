/**
 * A content mistake fails `astro build` with a message that names the file and what to fix. Each
 * case builds a throwaway copy of the project with one broken file (the build stops at the content
 * check, a few seconds in). The schemas' messages themselves are unit-tested in test/unit/.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { repoRoot } from '../helpers/built-site.ts';
import { build, copyProject, type ProjectCopy } from '../bench/lib/project-copy.ts';

const copies: ProjectCopy[] = [];
afterAll(() => {
  for (const copy of copies) copy.remove();
});

function brokenCopy(breakIt: (dir: string) => void): string {
  const copy = copyProject('smp-broken-');
  copies.push(copy);
  breakIt(copy.dir);
  return copy.dir;
}

describe.concurrent('the build refuses broken content', { timeout: 120_000 }, () => {
  it('a stage whose frontmatter breaks the schema: the build fails naming the file and fields', async () => {
    const dir = brokenCopy((copy) => {
      copyFileSync(join(repoRoot, 'test/fixtures/broken/stage-bad-number.mdx'), join(copy, 'content/stages/imaginary.mdx'));
    });
    const run = await build(dir, { OUT_DIR: join(dir, 'out') });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/stages.*imaginary/);
    expect(run.output).toMatch(/number/);
    expect(run.output).toMatch(/scorecard\.staffing/);
  });

  it('a play that links to a metric that does not exist: the build fails naming file, field and slug', async () => {
    const dir = brokenCopy((copy) => {
      const folder = join(copy, 'content/playbook');
      const name = readdirSync(folder).find((file) => file.endsWith('.mdx'));
      if (!name) throw new Error('no play to break');
      const source = readFileSync(join(folder, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
      const data = parse(match?.[1] ?? '') as Record<string, unknown>;
      data.metrics = ['no-such-metric'];
      writeFileSync(join(folder, name), `---\n${stringify(data)}---${source.slice(match?.[0].length ?? 0)}`);
    });
    const run = await build(dir, { OUT_DIR: join(dir, 'out') });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/content\/playbook\/[\w-]+\.mdx/);
    expect(run.output).toMatch(/metrics/);
    expect(run.output).toMatch(/no-such-metric/);
  });

  it('a page that links to a slug no page has: the build fails naming the page file and the slug', async () => {
    const dir = brokenCopy((copy) => {
      const file = join(copy, 'src/pages/playbook/start-here.astro');
      const source = readFileSync(file, 'utf8');
      // The mistake that once dropped 14 of the page's 16 links without a word: a trailing slash.
      const broken = source.replace("'playbook', 'kickoff-call')", "'playbook', 'kickoff-call/')");
      if (broken === source) throw new Error('start-here no longer links the kickoff call: update this test');
      writeFileSync(file, broken);
    });
    const run = await build(dir, { OUT_DIR: join(dir, 'out') });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/src\/pages\/playbook\/start-here\.astro links to playbook "kickoff-call\/"/);
    expect(run.output).toMatch(/Write slugs without slashes: "kickoff-call"/);
  });

  it('an email template with a placeholder that names nothing: the build fails naming the play and the placeholder', async () => {
    const dir = brokenCopy((copy) => {
      const file = join(copy, 'content/playbook/kickoff-call.mdx');
      const source = readFileSync(file, 'utf8');
      const broken = source.replace('{kickoffDate}', '{date}');
      if (broken === source) throw new Error('the kickoff invitation no longer uses {kickoffDate}: update this test');
      writeFileSync(file, broken);
    });
    const run = await build(dir, { OUT_DIR: join(dir, 'out') });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/kickoff-call/);
    expect(run.output).toMatch(/unknown placeholder \{date\}/);
  });
});
