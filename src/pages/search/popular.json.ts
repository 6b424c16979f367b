/**
 * /search/popular.json: the plays a search dialog offers when nothing matches. Built from the
 * playbook at build time, so the dialog needs no copy of the titles; fetched only on "no results".
 */
import type { APIRoute } from 'astro';
import suggestions from '../../data/search-suggestions.yaml';
import { getPlays } from '../../data/content';
import { url } from '../../lib/paths';
import { popularSlugs, resolvePopular } from '../../lib/search/suggestions';

export const GET: APIRoute = async () => {
  const plays = (await getPlays()).map((play) => ({ id: play.id, title: play.data.title }));
  const links = resolvePopular(popularSlugs(suggestions), plays, (slug) => url(`/playbook/${slug}/`));
  return new Response(JSON.stringify(links), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
