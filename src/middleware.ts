/**
 * Every page passes through here as it is rendered (at build time for this static site, and in
 * `astro dev`):
 * - a space goes at the edges of the blocks in the indexed <main>, so the built files can be indexed
 *   as they are (src/lib/search/indexable-html.ts says why and where);
 * - the CSP <meta> keeps only the hashes of the inline code the page carries (src/lib/build/csp.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { withOwnHashesOnly } from './lib/build/csp';
import { withBlockBoundaries } from './lib/search/indexable-html';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withOwnHashesOnly(withBlockBoundaries(await response.text())), response);
});
