import { paginate, type Page } from './paginate.ts';

/** One page of a category's or a topic's listing, and whether older articles are left out of it. */
export interface ListedPage<T> {
  page: Page<T>;
  /** The listing has older articles than its last page: the page links to where they are. */
  unlisted: boolean;
}

/**
 * A listing's pages, newest first: its newest `pages` pages' worth (`listedPages` in
 * content/site.yaml), each saying whether older articles were left out.
 */
export function newestPages<T>(articles: readonly T[], pages: number, pageSize: number): ListedPage<T>[] {
  const listed = articles.slice(0, pages * pageSize);
  const unlisted = articles.length > listed.length;
  return paginate(listed, pageSize).map((page) => ({ page, unlisted }));
}
