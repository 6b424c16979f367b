import { describe, expect, it } from 'vitest';
import { linksFor, linkToPath, parsePagePath, type PageIndex } from '../../../src/lib/navigation/page-links';

const index: PageIndex = {
  stages: new Map([['managed', 'Stage 3: Managed']]),
  playbook: new Map([['kickoff-call', 'Kickoff call']]),
  practices: new Map([['support-funding', 'Support funding']]),
  metrics: new Map([['churn', 'Churn']]),
};
const linkTo = linksFor(index, 'src/pages/example.astro');

describe('linksFor', () => {
  it('gives the path and title of a page that exists, with a fragment when asked', () => {
    expect(linkTo('playbook', 'kickoff-call')).toEqual({ path: '/playbook/kickoff-call/', title: 'Kickoff call' });
    expect(linkTo('practices', 'support-funding', 'the-case')).toEqual({ path: '/practices/support-funding/#the-case', title: 'Support funding' });
  });

  it('fails naming the file and the slug when no page has it', () => {
    expect(() => linkTo('metrics', 'chrun')).toThrow('src/pages/example.astro links to metrics "chrun", which is not a page of this site.');
  });

  it('rejects a slug written with slashes, and says how to write it', () => {
    expect(() => linkTo('playbook', 'kickoff-call/')).toThrow(/src\/pages\/example\.astro links to playbook "kickoff-call\/".*Write slugs without slashes: "kickoff-call"/);
  });

  it('checks each section on its own', () => {
    expect(() => linkTo('metrics', 'kickoff-call')).toThrow(/metrics "kickoff-call"/);
  });
});

describe('links from a path held in data', () => {
  it('parses a section page path, with or without a fragment', () => {
    expect(parsePagePath('/metrics/churn/')).toEqual({ section: 'metrics', slug: 'churn', fragment: undefined });
    expect(parsePagePath('/stages/managed/#moving-on')).toEqual({ section: 'stages', slug: 'managed', fragment: 'moving-on' });
    expect(parsePagePath('/glossary/')).toBeUndefined();
    expect(parsePagePath('/metrics/churn')).toBeUndefined();
  });

  it('links a known path and fails on others, naming where the path was written', () => {
    expect(linkToPath(linkTo, 'glossary.yaml: "churn"', '/metrics/churn/')).toEqual({ path: '/metrics/churn/', title: 'Churn' });
    expect(() => linkToPath(linkTo, 'glossary.yaml: "x"', '/metrics/nothing/')).toThrow(/metrics "nothing"/);
    expect(() => linkToPath(linkTo, 'glossary.yaml: "x"', '/about/')).toThrow('glossary.yaml: "x" links to /about/, which is not a stage, play, practice or metric page');
  });
});
