import type { Category } from '../article/schema.ts';

/** What the catalog needs of an article; pages pass Astro's collection entries as they are. */
export interface CatalogEntry {
  id: string;
  data: { title: string; date: Date; category: string; draft?: boolean | undefined };
}

export interface CategoryPage<T> {
  category: Category;
  /** 1-based. */
  page: number;
  pageCount: number;
  articles: T[];
}

export interface Catalog<T extends CatalogEntry> {
  /** Published articles, newest first. */
  articles: readonly T[];
  categories: readonly Category[];
  byId: ReadonlyMap<string, T>;
  /** Each category's articles, newest first. */
  byCategory: ReadonlyMap<string, readonly T[]>;
  categoryOf(article: T): Category;
  /** Up to `count` other articles of the same category, newest first. */
  relatedTo(article: T, count: number): T[];
  /** Every page of every category, empty categories included (they show a first, empty page). */
  categoryPages(pageSize: number): CategoryPage<T>[];
}

const newestFirst = (a: CatalogEntry, b: CatalogEntry) =>
  b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);

/**
 * The whole-site indexes, built once per build from every article and then looked up by
 * each page: a page never scans the whole collection, which at 10 000 articles would
 * make the build quadratic.
 */
export function buildCatalog<T extends CatalogEntry>(
  entries: readonly T[],
  categories: readonly Category[],
  options: { includeDrafts: boolean },
): Catalog<T> {
  const articles = entries.filter((entry) => options.includeDrafts || !entry.data.draft).sort(newestFirst);
  const categoryBySlug = new Map(categories.map((category) => [category.slug, category]));
  const byCategory = new Map<string, T[]>(categories.map((category) => [category.slug, []]));
  for (const article of articles) {
    const list = byCategory.get(article.data.category);
    if (!list) throw new Error(`${article.id}: category "${article.data.category}" is not in content/categories.yaml`);
    list.push(article);
  }
  return {
    articles,
    categories,
    byId: new Map(articles.map((article) => [article.id, article])),
    byCategory,
    categoryOf: (article) => categoryBySlug.get(article.data.category)!,
    relatedTo(article, count) {
      const sameCategory = byCategory.get(article.data.category) ?? [];
      const related: T[] = [];
      for (const candidate of sameCategory) {
        if (related.length === count) break;
        if (candidate.id !== article.id) related.push(candidate);
      }
      return related;
    },
    categoryPages(pageSize) {
      return categories.flatMap((category) => {
        const list = byCategory.get(category.slug)!;
        const pageCount = Math.max(1, Math.ceil(list.length / pageSize));
        return Array.from({ length: pageCount }, (_, index) => ({
          category,
          page: index + 1,
          pageCount,
          articles: list.slice(index * pageSize, (index + 1) * pageSize),
        }));
      });
    },
  };
}
