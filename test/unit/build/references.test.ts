import { describe, expect, it } from 'vitest';
import { describeBrokenReferences, findBrokenReferences } from '../../../src/lib/build/references';

const known = {
  stages: new Set(['reactive']),
  playbook: new Set(['kickoff-call']),
  metrics: new Set(['churn']),
  practices: new Set(['prevention']),
  sources: new Set(['servicexrg-teamsupport-2020']),
};

describe('findBrokenReferences', () => {
  it('accepts references to entries that exist', () => {
    const broken = findBrokenReferences(
      [{ file: 'content/playbook/a.mdx', fields: [{ field: 'metrics', target: 'metrics', slugs: ['churn'] }] }],
      known,
    );
    expect(broken).toEqual([]);
  });

  it('names the file, the field and the unknown slug', () => {
    const broken = findBrokenReferences(
      [{ file: 'content/playbook/a.mdx', fields: [{ field: 'plays', target: 'playbook', slugs: ['kickoff-call', 'kick-off'] }] }],
      known,
    );
    expect(broken).toEqual([{ file: 'content/playbook/a.mdx', field: 'plays', slug: 'kick-off', target: 'playbook' }]);
    expect(describeBrokenReferences(broken)).toContain('content/playbook/a.mdx: field "plays" names "kick-off"');
  });
});
