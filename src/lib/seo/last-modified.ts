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
