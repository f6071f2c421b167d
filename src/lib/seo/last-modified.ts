import { routes } from '../site/routes.ts';

/** When each page last changed in substance, by its path (`/bai-viet/abc/` → ISO time). */
export type LastModified = ReadonlyMap<string, string>;

interface DatedArticle {
  id: string;
  data: { date: Date; updated?: Date | undefined };
}

/** Each article page's last change: its correction when it has one, else its publishing. */
export function articlesLastModified(articles: readonly DatedArticle[]): LastModified {
  return new Map(
    articles.map((article) => [routes.article(article.id), (article.data.updated ?? article.data.date).toISOString()]),
  );
}

/**
 * The catalog is built inside Astro's prerender bundle and the sitemap is written by an
 * integration in the config's module graph: two copies of any shared module, so they meet
 * on a registered symbol of the one global object (as rendered pages reach the search index).
 */
const KEY = Symbol.for('tin-tuc-tinh.last-modified');
type Holder = { [KEY]?: LastModified | undefined };

export function publishLastModified(lastModified: LastModified): void {
  (globalThis as Holder)[KEY] = lastModified;
}

/** The sitemap's `lastmod` of a page, by its full URL; none for pages that are not articles. */
export function lastModifiedOf(url: string): string | undefined {
  return (globalThis as Holder)[KEY]?.get(new URL(url).pathname);
}
