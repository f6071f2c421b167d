import type { APIRoute } from 'astro';
import { getSitemapFiles } from '../data/sitemap.ts';

/** The sitemap index that robots.txt names. */
export const GET: APIRoute = async () =>
  new Response((await getSitemapFiles()).get('sitemap-index.xml'), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
