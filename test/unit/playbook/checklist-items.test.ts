/** Checklist lines built through a page's link maker. */
import { describe, expect, it } from 'vitest';
import { checklistItems } from '../../../src/lib/playbook/checklist';

describe('checklistItems', () => {
  const calls: unknown[][] = [];
  const item = checklistItems<'playbook' | 'metrics'>((section, slug, fragment) => {
    calls.push([section, slug, fragment]);
    return { href: `/${section}/${slug}/${fragment ? `#${fragment}` : ''}`, title: `Title of ${slug}` };
  });

  it('links each line to the page its link maker gives, titled as that page', () => {
    expect(item('learn-churn', 'Learn churn.', 'metrics', 'churn')).toEqual({
      id: 'learn-churn',
      text: 'Learn churn.',
      href: '/metrics/churn/',
      linkText: 'Title of churn',
    });
  });

  it('passes a section fragment on', () => {
    expect(item('fill', 'Fill your details.', 'playbook', 'kickoff-call', 'email-template').href).toBe('/playbook/kickoff-call/#email-template');
    expect(calls.at(-1)).toEqual(['playbook', 'kickoff-call', 'email-template']);
  });

  it('lets a bad slug fail as the link maker fails', () => {
    const failing = checklistItems<'metrics'>(() => {
      throw new Error('no page metrics/nope in start-here.astro');
    });
    expect(() => failing('x', 'y', 'metrics', 'nope')).toThrow(/start-here\.astro/);
  });
});
