import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { rendersListings } from '../../../data/site-part.ts';
import { site } from '../../../data/settings.ts';
import type { Category } from '../../../lib/article/schema.ts';
import { FEED_NAMESPACES, feedItems } from '../../../lib/seo/feed-items.ts';

export const getStaticPaths = (async () => {
  if (!rendersListings) return [];
  const catalog = await getCatalog();
  return catalog.categories.map((category) => ({ params: { category: category.slug }, props: { category } }));
}) satisfies GetStaticPaths;

/** One category's newest articles. */
export const GET: APIRoute<{ category: Category }> = async (context) => {
  const { category } = context.props;
  const catalog = await getCatalog();
  return rss({
    title: `${category.name} – ${site.name}`,
    description: category.description,
    site: context.site!,
    items: feedItems(catalog.byCategory.get(category.slug)!, () => category.name),
    customData: '<language>vi</language>',
    xmlns: FEED_NAMESPACES,
  });
};
