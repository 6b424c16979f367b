import { z } from 'astro/zod';

/** Slugs of the six maturity stages, in order. File names in content/stages/ must match. */
export const STAGE_SLUGS = ['reactive', 'formal', 'managed', 'strategic', 'proactive', 'predictive'] as const;
export type StageSlug = (typeof STAGE_SLUGS)[number];

/** Keys of the five scorecard areas, in order. File names in content/areas/ must match. */
export const AREA_KEYS = ['tools', 'insights', 'expectations', 'focus', 'staffing'] as const;
export type AreaKey = (typeof AREA_KEYS)[number];

/** A reference to a stage page by slug. */
export const stageRef = z.enum(STAGE_SLUGS, {
  error: () => `must be one of the stage slugs: ${STAGE_SLUGS.join(', ')}`,
});

/**
 * A reference to another entry by slug. Which collection it points into is checked after all
 * collections load (src/lib/build/references.ts), so a typo fails the build naming file and field.
 */
export const slugRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "kickoff-call"');

/** Lists of related entries: optional in frontmatter, always an array once parsed. */
export const slugRefs = z.array(slugRef).default([]);

/** A non-empty line of prose. */
export const text = z.string().trim().min(1, 'must not be empty');
