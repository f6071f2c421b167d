/** A page filed under one of the site's search indexes. */
export interface IndexedPage {
  /** Where it is served: `/bai-viet/a/`. */
  url: string;
  /** The number of its search index, 0 the newest. */
  searchIndex: number;
}

/**
 * The order a build renders article pages in: search index by search index, each index's
 * pages by address (the order Pagefind must be given them in, so that an index fed as its
 * pages are rendered is the one written from the same pages at any other time). An index is
 * written on the other core as soon as its last page is rendered, so the order of indexes
 * decides what is left to write after the last article:
 *
 * - the newest index first, as its folder holds the others' and writing it empties it;
 * - then the others from the largest to the smallest (the older first between equals), so
 *   the index still being written when the last article is rendered is the quickest to write.
 */
export function renderOrder<Page extends IndexedPage>(pages: readonly Page[]): Page[] {
  const sizes = new Map<number, number>();
  for (const { searchIndex } of pages) sizes.set(searchIndex, (sizes.get(searchIndex) ?? 0) + 1);
  const newest = Math.min(...sizes.keys());
  const rank = (index: number) => (index === newest ? pages.length + 1 : sizes.get(index)!);
  return [...pages].sort(
    (a, b) =>
      rank(b.searchIndex) - rank(a.searchIndex) ||
      b.searchIndex - a.searchIndex ||
      (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
  );
}
