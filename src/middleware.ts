/**
 * Every page passes through here as it is rendered (at build time for this static site, and in
 * `astro dev`): a space goes at the edges of the blocks in the indexed <main>, so the built files
 * can be indexed as they are. See src/lib/search/indexable-html.ts for why and where.
 */
import { defineMiddleware } from 'astro:middleware';
import { withBlockBoundaries } from './lib/search/indexable-html';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withBlockBoundaries(await response.text()), response);
});
