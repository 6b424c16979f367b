/**
 * /robots.txt, generated so the sitemap line follows SITE_URL and BASE_PATH. Everything may be
 * crawled except search-result addresses (/search/?q=…), which only repeat the pages themselves.
 * When the site lives under a sub-path, crawlers read robots.txt at the host's root only: copy this
 * file's Sitemap line there.
 */
import type { APIRoute } from 'astro';
import { url } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const origin = site ?? new URL('http://localhost/');
  const sitemap = new URL(url('/sitemap-index.xml'), origin);
  const body = ['User-agent: *', 'Allow: /', `Disallow: ${url('/search/?')}`, '', `Sitemap: ${sitemap.href}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
