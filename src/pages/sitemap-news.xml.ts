import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { now } from '../data/clock.ts';
import { site } from '../data/settings.ts';
import { newsSitemap } from '../lib/seo/news-sitemap.ts';
import { routes } from '../lib/site/routes.ts';

/** The Google News sitemap: the last two days' articles as of the build's time. */
export const GET: APIRoute = async (context) => {
  const catalog = await getCatalog();
  const entries = catalog.articles.map((article) => ({
    url: new URL(routes.article(article.id), context.site).href,
    title: article.data.title,
    date: article.data.date,
  }));
  return new Response(newsSitemap(entries, site.name, now), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
