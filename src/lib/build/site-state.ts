import { createHash } from 'node:crypto';
import type { Catalog, CatalogEntry } from '../catalog/build-catalog.ts';
import { frontPage, type FrontPage, type FrontPageEntry } from '../catalog/front-page.ts';
import { inNewsWindow } from '../seo/news-sitemap.ts';
import { articlePageKey, type Keyed } from './cache-key.ts';

type Entry = FrontPageEntry & Keyed;

/** What one build renders of the catalog: the pages of some articles, and whether the listing pages. */
export interface BuildShare<T> {
  rendersArticle(article: T): boolean;
  rendersListings: boolean;
}

/** The front page's blocks by the ids and slugs they show. */
function frontPageIds(page: FrontPage<CatalogEntry>): unknown {
  const ids = (articles: readonly CatalogEntry[]) => articles.map((article) => article.id);
  return [
    page.lead?.id,
    ids(page.featured),
    ids(page.newest),
    page.topics.map(({ tag, article }) => [tag.slug, article?.id]),
    page.sections.map(({ category, articles }) => [category.slug, ids(articles)]),
  ];
}

/**
 * A digest of everything the pages a build renders show at the build's time `now`: the key
 * of each of its articles' pages and, for the build that renders the listings, every
 * published article with its digest (lists, feeds, archives, the sitemap, old addresses),
 * the front page's choice at `now` (a pinned story's time runs out without any article
 * changing) and the news sitemap's articles. Two builds of the same code and options with
 * the same state make the same files, so the second need not run.
 */
export function siteStateOf<T extends Entry>(catalog: Catalog<T>, now: Date, share: BuildShare<T>): string {
  const hash = createHash('sha256');
  for (const article of catalog.articles) {
    if (share.rendersArticle(article)) hash.update(`${article.id}\0${articlePageKey(catalog, article)}\0`);
  }
  if (share.rendersListings) {
    for (const article of catalog.articles) hash.update(`\0${article.id}@${article.digest}`);
    hash.update(`\0${JSON.stringify(frontPageIds(frontPage(catalog, now)))}`);
    for (const article of catalog.articles)
      if (inNewsWindow(article.data.date, now)) hash.update(`\0news:${article.id}`);
  }
  return hash.digest('base64url');
}
