/**
 * /assess/import-copy.json: the sentences of importing a file (src/islands/assessment/import-copy.ts).
 * The self-evaluation fetches them with the code of importing, when the reader first uses Import,
 * Export or Share link, so a first visit does not carry them.
 */
import type { APIRoute } from 'astro';
import { IMPORT_COPY } from '../../islands/assessment/import-copy';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(IMPORT_COPY), { headers: { 'content-type': 'application/json; charset=utf-8' } });
