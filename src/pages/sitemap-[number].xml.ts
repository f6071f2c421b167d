import type { APIRoute, GetStaticPaths } from 'astro';
import { getSitemapFiles } from '../data/sitemap.ts';
import { cacheKeyOf } from '../lib/build/cache-key.ts';
import { rendersPage } from '../lib/build/kept-pages.ts';
import { sitemapFileName } from '../lib/seo/sitemap.ts';

export const getStaticPaths = (async () => {
  const files = await getSitemapFiles();
  return Array.from({ length: files.size - 1 }, (_, number) => number)
    .filter((number) => rendersPage(`/${sitemapFileName(number)}`, cacheKeyOf(files.get(sitemapFileName(number)))))
    .map((number) => ({ params: { number: String(number) } }));
}) satisfies GetStaticPaths;

/** One file of the sitemap: up to 45 000 of the site's pages. */
export const GET: APIRoute = async ({ params }) =>
  new Response((await getSitemapFiles()).get(sitemapFileName(Number(params.number))), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
