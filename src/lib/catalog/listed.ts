/**
 * How many pages of a topic and of a category are made, newest first. Both are ways into
 * what is current: their older articles are in the archive by month, which lists every
 * article, and in search. Listing all of them made hundreds of deep pages per common topic
 * and per category that nobody reaches, most of a large archive's listing pages (at 50 000
 * articles, 2 500 category pages and 37 MB of a deploy).
 */
export const LISTED_PAGES = {
  topic: 5,
  /** 500 articles at 20 a page: months of a busy category. */
  category: 25,
} as const;

/** The articles a listing's pages show, newest first: its newest `pages` pages' worth. */
export function listedArticles<T>(articles: readonly T[], pages: number, pageSize: number): T[] {
  return articles.slice(0, pages * pageSize);
}
