/**
 * /assess/later-copy.json: the sentences the self-evaluation needs only later (src/islands/assessment/
 * later-copy.ts), fetched when an action or a rare state calls for them, so a first visit does not
 * carry them.
 */
import type { APIRoute } from 'astro';
import { LATER_COPY } from '../../islands/assessment/later-copy';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(LATER_COPY), { headers: { 'content-type': 'application/json; charset=utf-8' } });
