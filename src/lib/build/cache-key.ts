import { createHash } from 'node:crypto';

/** An article as a page shows it: its file's digest changes with any of its text or front matter. */
export interface Keyed {
  id: string;
  digest?: string | number | undefined;
}

/**
 * The key under which Astro's incremental build keeps a page (`cacheKey` in
 * `getStaticPaths`): a hash of everything the page shows that its code does not, the
 * articles by their digests and any other values. The page is rendered again when it changes.
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
