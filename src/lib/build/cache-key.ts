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

/** What a list shows of an article; the rest of its front matter and its text are on its own page only. */
interface Listed {
  id: string;
  data: { title: string; date: Date; updated?: Date | undefined; summary?: string | undefined; cover?: unknown };
}

/**
 * An article as lists show it: keyed by its title, dates, lead and cover only, so that an
 * edit to its text renders its own page again, not the hundreds of pages that list it or
 * show it as a related article.
 */
export function listedAs(article: Listed | undefined): Keyed | undefined {
  if (!article) return undefined;
  let keyed = listings.get(article);
  if (!keyed) {
    const { title, date, updated, summary, cover } = article.data;
    const shown = JSON.stringify([title, date, updated, summary, cover]);
    keyed = { id: article.id, digest: createHash('sha256').update(shown).digest('base64url') };
    listings.set(article, keyed);
  }
  return keyed;
}

/** Each article as lists show it, hashed once per build: an article is listed by dozens of pages. */
const listings = new WeakMap<Listed, Keyed>();

/** The key of one page of a listing: its articles as listed, and where it sits among the listing's pages. */
export function listingPageKey(
  page: { page: number; pageCount: number; items: readonly Listed[] },
  ...shown: string[]
) {
  return cacheKeyOf(page.page, page.pageCount, ...shown, ...page.items.map(listedAs));
}

/** The key of an article's page: the article, and its neighbours and related articles as the page lists them. */
export function articlePageKey<T extends CatalogEntry & Keyed & Listed>(catalog: Catalog<T>, article: T): string {
  const { newer, older } = catalog.neighbours(article);
  return cacheKeyOf(article, ...[newer, older, ...catalog.relatedTo(article, RELATED_COUNT)].map(listedAs));
}
