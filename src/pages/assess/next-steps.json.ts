/**
 * /assess/next-steps.json: each stage's summary and each statement's next step with the pages that
 * help (the guide in src/lib/assessment/catalogue.ts). Built at build time; the self-evaluation
 * fetches it when the reader starts answering, so a first visit does not carry it.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../data/assessment-catalogue';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await loadCatalogue()).guide), { headers: { 'content-type': 'application/json; charset=utf-8' } });
