import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { site } from '../data/settings.ts';
import { FEED_NAMESPACES, feedItems } from '../lib/seo/feed-items.ts';

/** The whole site's newest articles. */
export const GET: APIRoute = async (context) => {
  const catalog = await getCatalog();
  return rss({
    title: site.name,
    description: site.tagline,
    site: context.site!,
    items: feedItems(catalog.articles, (article) => catalog.categoryOf(article).name),
    customData: '<language>vi</language>',
    xmlns: FEED_NAMESPACES,
  });
};
