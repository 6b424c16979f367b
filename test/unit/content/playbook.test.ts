import { describe, expect, it } from 'vitest';
import { playSchema } from '../../../src/schemas/play';
import { readCollection } from '../../helpers/content';
import { placeholdersIn, PLACEHOLDER_KEYS } from '../../../src/lib/playbook/templates';

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
        const unknown = [...`${email.subject} ${email.body}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((key) => !PLACEHOLDER_KEYS.includes(key as never));
        expect(unknown, `${play.file}: ${email.name}`).toEqual([]);
        expect(placeholdersIn(email.body), `${play.file}: ${email.name}`).toContain('contact');
      }
    }
  });
});

/**
 * Templates are sent as written, so they must not carry details the reader did not choose: a
 * colleague's name, a weekday, an incident's cause. Those belong in {placeholders} or [slots].
 */
describe('email templates invent nothing', () => {
  /** What a template says in its own words: placeholders and [slots] (examples included) taken out. */
  const ownWords = (text: string) => text.replace(/\{\w+\}/g, ' ').replace(/\[[^\]]*\]/g, ' ');

  /** Words that may be capitalised mid-sentence: the pronoun and initialisms every reader shares. */
  const ALLOWED = new Set(['I', "I'm", "I'd", "I'll", "I've", 'QBR', 'CSM']);

  /** Specifics earlier versions invented, refused by name. */
  const REFUSED = [
    /\bPriya\b/, /\bSam\b/, /\bLeeds\b/, /sync (failure|issue)/i, /database (node|cluster)/i, /log in or load reports/i,
    /export failures/i, /reporting fix/i, /\b46 of your 50\b/, /regional office/i, /\babove 150\b/,
    /\b(January|February|March|April|June|July|August|September|October|November|December)\b/,
    /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
  ];

  const emails = plays.flatMap((play) => play.data.emails.map((email: { name: string; subject: string; body: string }) => ({ where: `${play.file}: ${email.name}`, ...email })));

  it('finds the templates', () => {
    expect(emails.length).toBeGreaterThanOrEqual(30);
  });

  it.each(emails.map((email) => [email.where, email] as const))('%s holds no proper name outside its placeholders', (_where, email) => {
    const names: string[] = [];
    for (const text of [email.subject, email.body]) {
      // A capital that opens a line, a list item or a sentence is ordinary; one mid-sentence names something.
      for (const sentence of ownWords(text).split(/(?<=[.!?:;])\s+|\n+|\s-\s/)) {
        const words = sentence.trim().replace(/^([-\d.)]+\s*)+/, '').split(/\s+/).slice(1);
        for (const word of words) {
          const bare = word.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, '');
          if (/^\p{Lu}/u.test(bare) && !ALLOWED.has(bare)) names.push(bare);
        }
      }
    }
    expect(names).toEqual([]);
  });

  it.each(emails.map((email) => [email.where, email] as const))('%s holds none of the specifics once invented', (_where, email) => {
    const own = ownWords(`${email.subject}\n${email.body}`);
    expect(REFUSED.filter((pattern) => pattern.test(own)).map(String)).toEqual([]);
  });
});
