import { z } from 'astro/zod';
import { AREA_KEYS, slugRefs, text } from './common';

/** One self-evaluation statement: what must be in place to leave the stage it belongs to. */
export const statementSchema = z.object({
  /** Stable id used in stored answers, exports and share links: `s<stage>-<word>`. Never reuse one. */
  id: z.string().regex(/^s[1-6]-[a-z0-9-]+$/, 'must look like "s1-dedicated-team"'),
  /** The statement the reader rates 1 (not in place), 2 (partly) or 3 (fully). */
  text,
  /** The concrete next step when this statement is rated 1 or 2. */
  action: text,
  /** Practice pages that help with the action (slugs in content/practices/). */
  practices: slugRefs,
  /** Plays that help with the action (slugs in content/playbook/). */
  plays: slugRefs,
  /** Metrics that show progress on the action (slugs in content/metrics/). */
  metrics: slugRefs,
});

/** Frontmatter of a stage page in content/stages/. */
export const stageSchema = z.object({
  /** Position in the model, 1 (Reactive) to 6 (Predictive). */
  number: z.number().int().min(1).max(6),
  /** The stage's name as the model spells it, e.g. "Managed". */
  name: text,
  /** One or two sentences: used for cards and the meta description. */
  summary: z.string().trim().min(40, 'must be at least 40 characters').max(220, 'must be at most 220 characters'),
  /** The self-evaluation statements for leaving this stage (stage 6: for full Predictive maturity). */
  statements: z.array(statementSchema).min(1, 'must list at least one statement'),
  /** One short label per scorecard area, keyed by area. */
  scorecard: z.object(Object.fromEntries(AREA_KEYS.map((key) => [key, text])) as Record<(typeof AREA_KEYS)[number], typeof text>).strict(),
  /** Concrete actions that move an organisation to the next stage; empty for stage 6. */
  movingOn: z.array(text),
  /** Where `movingOn` departs from the source, and why: shown under the list. */
  movingOnNote: z.string().trim().min(1).optional(),
  /** Where the page's facts and figures come from: ids of content/sources/ files, credited at its foot. */
  sources: slugRefs,
  /** Stage 6 only: how to sustain Predictive maturity once reached. */
  sustain: z.array(text).optional(),
  /** The path of a case at this stage, as ordered steps. */
  caseLifecycle: z.array(text).min(3, 'must list at least three steps of the case path'),
}).superRefine((stage, ctx) => {
  if (stage.number < 6 && stage.movingOn.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['movingOn'], message: 'stages 1 to 5 must list the actions that reach the next stage' });
  }
  if (stage.number === 6 && (stage.sustain ?? []).length === 0) {
    ctx.addIssue({ code: 'custom', path: ['sustain'], message: 'stage 6 must say how to sustain Predictive maturity' });
  }
});

export type StageData = z.infer<typeof stageSchema>;
export type Statement = z.infer<typeof statementSchema>;
