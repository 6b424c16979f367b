import { describe, expect, it } from 'vitest';
import { playSchema } from '../../../src/schemas/play';
import { readCollection } from '../../helpers/content';
import { placeholdersIn } from '../../../src/lib/playbook/templates';

const plays = readCollection('playbook');

const valid = {
  title: 'Kickoff call',
  summary: 'Run the first meeting after the deal closes so both sides agree on goals, owners and dates.',
  phase: 'onboarding',
  stages: ['formal'],
  triggers: ['Contract signed'],
  goal: 'Agree on goals.',
  roles: ['CSM'],
  timeNeeded: '45 minutes',
  steps: ['Prepare', 'Run the call'],
  talkTrack: { say: ['Hello'], ask: ['What does success look like?'], listenFor: ['Dates'] },
  emails: [{ name: 'Invite', subject: 'Kickoff for {customer}', body: 'Hi {contact}' }],
  pitfalls: ['Talking too much'],
  successSignals: ['A date for the next call'],
};

describe('play schema', () => {
  it('accepts a complete play', () => {
    expect(playSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['triggers', { ...valid, triggers: [] }],
    ['steps', { ...valid, steps: undefined }],
    ['emails', { ...valid, emails: [] }],
    ['phase', { ...valid, phase: 'party' }],
    ['stages', { ...valid, stages: ['legendary'] }],
  ])('rejects a play with bad %s and names the field', (field, input) => {
    const result = playSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.path[0] === field)).toBe(true);
  });
});

describe('the playbook content', () => {
  it('has at least sixteen plays, every one valid', () => {
    expect(plays.length).toBeGreaterThanOrEqual(16);
    for (const play of plays) {
      const result = playSchema.safeParse(play.data);
      expect(result.success, `${play.file}: ${result.error?.message}`).toBe(true);
    }
  });

  it('covers the situations a new CSM asks about first', () => {
    const ids = plays.map((play) => play.id);
    for (const id of ['sales-to-cs-handoff', 'kickoff-call', 'onboarding-30-60-90', 'quarterly-business-review', 'renewal-preparation', 'service-outage-communication', 'champion-leaves', 'churn-exit-interview']) {
      expect(ids).toContain(id);
    }
  });

  it('uses only known placeholders in templates, and every template greets the contact', () => {
    for (const play of plays) {
      for (const email of play.data.emails) {
        const unknown = [...`${email.subject} ${email.body}`.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]).filter((key) => !['customer', 'contact', 'csm', 'product', 'date'].includes(key ?? ''));
        expect(unknown, `${play.file}: ${email.name}`).toEqual([]);
        expect(placeholdersIn(email.body), `${play.file}: ${email.name}`).toContain('contact');
      }
    }
  });
});
