import { z } from 'astro/zod';
import { slugRefs, stageRef, text } from './common';

export const PRACTICE_KINDS = ['scaling-imperative', 'operating-model', 'process', 'foundation'] as const;

/** Frontmatter of a practice in content/practices/. The MDX body is the guide itself. */
export const practiceSchema = z.object({
  title: text,
  /** One sentence for cards, search and the meta description. */
  summary: z.string().trim().min(40, 'must be at least 40 characters').max(220, 'must be at most 220 characters'),
  /** Groups the index: the four scaling imperatives first. */
  kind: z.enum(PRACTICE_KINDS),
  /** Sort order within the index. */
  order: z.number().int().min(1),
  /** Row of the practice maturity grid, where the practice has one. */
  maturity: z
    .object({ leading: text, typical: text, trailing: text })
    .optional(),
  stages: z.array(stageRef).default([]),
  metrics: slugRefs,
  plays: slugRefs,
  practices: slugRefs,
  /** Where the page's facts and figures come from: ids of content/sources/ files, credited at its foot. */
  sources: slugRefs,
});

export type PracticeData = z.infer<typeof practiceSchema>;
