import { z } from 'astro/zod';
import { text } from './common';

/** A scorecard area in content/areas/ (file name = area key). */
export const areaSchema = z.object({
  /** Row order in the scorecard matrix, 1 to 5. */
  order: z.number().int().min(1).max(5),
  /** Row header, e.g. "Technology tools". */
  name: text,
  /** What the area covers, one sentence. */
  description: text,
});

export type AreaData = z.infer<typeof areaSchema>;
