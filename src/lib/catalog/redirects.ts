import { routes } from '../site/routes.ts';

/** An old portal address and the article page it now leads to. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * Every article's `aliases` as redirects. An old address claimed by two articles, or
 * one that is a page of this site, cannot lead to both: the build stops and names them.
 */
export function collectRedirects(
  articles: readonly { id: string; data: { aliases?: readonly string[] | undefined } }[],
): Redirect[] {
  const claimedBy = new Map<string, string>();
  const redirects: Redirect[] = [];
  for (const article of articles) {
    for (const from of article.data.aliases ?? []) {
      const other = claimedBy.get(from);
      if (other !== undefined && other !== article.id) {
        throw new Error(`aliases: "${from}" is listed by both ${other} and ${article.id}`);
      }
      if (from === routes.article(article.id) || from === '/') {
        throw new Error(`${article.id}: aliases: "${from}" is an address of this site, not an old one`);
      }
      if (other === undefined) redirects.push({ from, to: routes.article(article.id) });
      claimedBy.set(from, article.id);
    }
  }
  return redirects;
}
