import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { site } from '../data/settings.ts';
import { newsSitemap } from '../lib/seo/news-sitemap.ts';
import { routes } from '../lib/site/routes.ts';

/**
 * The Google News sitemap: the last two days' articles as of the build. `SITE_NOW`
 * (ISO 8601) sets the build's clock for tests and for rebuilding a past day exactly.
 */
export const GET: APIRoute = async (context) => {
  const catalog = await getCatalog();
  const now = process.env.SITE_NOW ? new Date(process.env.SITE_NOW) : new Date();
  const entries = catalog.articles.map((article) => ({
    url: new URL(routes.article(article.id), context.site).href,
    title: article.data.title,
    date: article.data.date,
  }));
  return new Response(newsSitemap(entries, site.name, now), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
