import { z } from 'astro/zod';
import { slugRefs, stageRef, text } from './common';
import { PLACEHOLDER_KEYS, unknownPlaceholders } from '../lib/playbook/templates';

/** Phases of the customer lifecycle that group the playbook. */
export const PHASES = ['onboarding', 'adoption', 'value-review', 'renewal', 'risk', 'expansion', 'escalation', 'crisis', 'handoff'] as const;
export type Phase = (typeof PHASES)[number];

/** Template text whose {placeholders} must all be known: a typo or a retired one such as {date} fails the build. */
const templateText = text.superRefine((value, context) => {
  const unknown = unknownPlaceholders(value);
  if (unknown.length > 0) {
    context.addIssue({
      code: 'custom',
      message: `unknown placeholder ${unknown.map((key) => `{${key}}`).join(', ')}; use one of ${PLACEHOLDER_KEYS.map((key) => `{${key}}`).join(' ')}, or [square brackets] for what the reader writes in`,
    });
  }
});

/**
 * An email template: placeholders such as {customer} or {kickoffDate} are filled from "Your details"
 * (the list is in src/lib/playbook/templates.ts, one placeholder per thing); anything else the reader
 * must write in goes in square brackets, such as [goal]. No invented names or facts: a template is
 * sent as written.
 */
export const emailTemplateSchema = z.object({
  /** What the email is for, e.g. "Kickoff invitation". */
  name: text,
  /** Subject line, may hold placeholders. */
  subject: templateText,
  /** Plain-text body with placeholders and [bracketed] slots. */
  body: templateText,
});

/** Frontmatter of a play in content/playbook/. The MDX body is the "When to use it" prose. */
export const playSchema = z.object({
  /** The situation, e.g. "Kickoff call". */
  title: text,
  /** One sentence for cards, search and the meta description. */
  summary: z.string().trim().min(40, 'must be at least 40 characters').max(220, 'must be at most 220 characters'),
  /** Lifecycle phase the play belongs to. */
  phase: z.enum(PHASES, { error: () => `must be one of: ${PHASES.join(', ')}` }),
  /** Maturity stages where the play applies. */
  stages: z.array(stageRef).min(1, 'must name at least one stage'),
  /** Signals that call for this play. */
  triggers: z.array(text).min(1, 'must list at least one trigger'),
  /** What the play sets out to achieve. */
  goal: text,
  /** Who takes part, e.g. "CSM", "Support lead". */
  roles: z.array(text).min(1),
  /** Rough effort, e.g. "45 minutes plus 30 to prepare". */
  timeNeeded: text,
  /** The steps, in order. */
  steps: z.array(text).min(2, 'must list the steps (at least two)'),
  /** What to say, what to ask, what to listen for. */
  talkTrack: z.object({
    say: z.array(text).min(1),
    ask: z.array(text).min(1),
    listenFor: z.array(text).min(1),
  }),
  /** Ready-to-send emails. */
  emails: z.array(emailTemplateSchema).min(1, 'must include at least one email template'),
  /** Mistakes to avoid. */
  pitfalls: z.array(text).min(1),
  /** How you know it worked. */
  successSignals: z.array(text).min(1),
  /** Related metrics (slugs in content/metrics/). */
  metrics: slugRefs,
  /** Related practices (slugs in content/practices/). */
  practices: slugRefs,
  /** Related plays (slugs in content/playbook/). */
  plays: slugRefs,
});

export type PlayData = z.infer<typeof playSchema>;
