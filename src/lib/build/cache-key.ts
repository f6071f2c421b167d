import { createHash } from 'node:crypto';
import type { Catalog, CatalogEntry } from '../catalog/build-catalog.ts';
import { RELATED_COUNT } from '../catalog/related.ts';

/** An article as a page shows it: its file's digest changes with any of its text or front matter. */
export interface Keyed {
  id: string;
  digest?: string | number | undefined;
}

/**
 * The key a page is kept by from one build to the next (`rendersPage` in `getStaticPaths`):
 * a hash of everything the page shows that its code does not, the articles by their
 * digests and any other values. The page is rendered again when it changes.
 */
export function cacheKeyOf(...shown: readonly (Keyed | string | number | undefined)[]): string {
  const hash = createHash('sha256');
  for (const value of shown) {
    hash.update(typeof value === 'object' ? `${value.id}@${value.digest ?? ''}` : String(value ?? ''));
    hash.update('\0');
  }
  return hash.digest('base64url');
}

/** The key of one page of a listing: its articles, and where it sits among the listing's pages. */
export function listingPageKey(page: { page: number; pageCount: number; items: readonly Keyed[] }, ...shown: string[]) {
  return cacheKeyOf(page.page, page.pageCount, ...shown, ...page.items);
}

/** The key of an article's page: the article, and the neighbours and related articles the page shows the titles and dates of. */
export function articlePageKey<T extends CatalogEntry & Keyed>(catalog: Catalog<T>, article: T): string {
  const { newer, older } = catalog.neighbours(article);
  return cacheKeyOf(article, newer, older, ...catalog.relatedTo(article, RELATED_COUNT));
}
