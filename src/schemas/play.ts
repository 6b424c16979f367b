import { z } from 'astro/zod';
import { slugRefs, stageRef, text } from './common';

/** Phases of the customer lifecycle that group the playbook. */
export const PHASES = ['onboarding', 'adoption', 'value-review', 'renewal', 'risk', 'expansion', 'escalation', 'crisis', 'handoff'] as const;
export type Phase = (typeof PHASES)[number];

/** An email template: placeholders such as {customer} are filled from "Your details". */
export const emailTemplateSchema = z.object({
  /** What the email is for, e.g. "Kickoff invitation". */
  name: text,
  /** Subject line, may hold placeholders. */
  subject: text,
  /** Plain-text body with placeholders: {customer} {contact} {csm} {product} {date}. */
  body: text,
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
