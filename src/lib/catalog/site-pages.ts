import { routes } from '../site/routes.ts';
import type { Catalog, CatalogEntry } from './build-catalog.ts';
import { paginate } from './paginate.ts';
import type { Site } from '../article/schema.ts';
import { newestPages } from './listed.ts';

/**
 * Every address the site makes a page or a feed at from a catalog, as the routes in
 * src/pages list them (each listing paginated as its route paginates it), so a link can
 * be checked against the site without building it. Old addresses (`catalog.redirects`)
 * are not among them: they are not pages of the site's own.
 */
export function sitePaths<T extends CatalogEntry>(
  catalog: Catalog<T>,
  { pageSize, listedPages }: Pick<Site, 'pageSize' | 'listedPages'>,
): Set<string> {
  const paths = new Set([routes.home(), routes.archive(), routes.about(), routes.search(), routes.feed()]);
  const listing = (pages: readonly { page: number }[], href: (page: number) => string) => {
    for (const { page } of pages) paths.add(href(page));
  };
  for (const article of catalog.articles) paths.add(routes.article(article.id));
  for (const category of catalog.categories) {
    const listed = newestPages(catalog.byCategory.get(category.slug)!, listedPages.category, pageSize);
    listing(
      listed.map(({ page }) => page),
      (page) => routes.category(category.slug, page),
    );
    paths.add(routes.feed(category.slug));
  }
  for (const tag of catalog.tags.values()) {
    const listed = newestPages(tag.articles, listedPages.topic, pageSize);
    listing(
      listed.map(({ page }) => page),
      (page) => routes.tag(tag.slug, page),
    );
  }
  for (const { year, month, articles } of catalog.months)
    listing(paginate(articles, pageSize), (page) => routes.month(year, month, page));
  return paths;
}
