import type { RSSFeedItem } from '@astrojs/rss';
import { routes } from '../site/routes.ts';

/** How many of the newest articles a feed carries: readers poll it, they do not browse it. */
export const FEED_SIZE = 50;

/** RSS 2.0 has no field for a correction's time: Atom's `updated`, which feed readers know, carries it. */
export const FEED_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom' };

interface FeedArticle {
  id: string;
  data: { title: string; date: Date; updated?: Date | undefined; summary: string; tags: readonly string[] };
}

/**
 * The newest articles as feed items: title, link, date, the lead as the description, category
 * and tags, and the time of the last correction when there was one.
 */
export function feedItems<T extends FeedArticle>(
  articles: readonly T[],
  categoryName: (article: T) => string,
): RSSFeedItem[] {
  return articles.slice(0, FEED_SIZE).map((article) => ({
    title: article.data.title,
    link: routes.article(article.id),
    pubDate: article.data.date,
    description: article.data.summary,
    categories: [categoryName(article), ...article.data.tags],
    ...(article.data.updated && { customData: `<atom:updated>${article.data.updated.toISOString()}</atom:updated>` }),
  }));
}
