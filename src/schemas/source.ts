import { z } from 'astro/zod';
import { text } from './common';

/** A source document in content/sources/ (file name = source id used by benchmarks). */
export const sourceSchema = z.object({
  /** The document's title. */
  title: text,
  /** Who published it. */
  publisher: text,
  /** Year of publication (or of the data it reports). */
  year: z.number().int().min(1990).max(2100),
  /** True when the document is undated and `year` is our best estimate: pages then say "about". */
  approximateYear: z.boolean().default(false),
  /** What kind of document it is, e.g. "Research report". */
  kind: text,
  /** What this site took from it: facts, figures, structure. */
  usedFor: z.array(text).min(1),
});

export type SourceData = z.infer<typeof sourceSchema>;
