/**
 * The articles a listing's pages show, newest first: its newest `pages` pages' worth
 * (`listedPages` in content/site.yaml).
 */
export function listedArticles<T>(articles: readonly T[], pages: number, pageSize: number): T[] {
  return articles.slice(0, pages * pageSize);
}
