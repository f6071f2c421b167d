import type { Category } from '../article/schema.ts';
import { isPublished, type PublicationFields } from '../article/publication.ts';
import { indexMonths, type Month } from './archive.ts';
import { collectRedirects, type Redirect } from './redirects.ts';
import { relatedArticles } from './related.ts';
import { indexTags, tagSlugger, type Tag } from './tags.ts';

/** What the catalog needs of an article; pages pass Astro's collection entries as they are. */
export interface CatalogEntry {
  id: string;
  data: {
    title: string;
    date: Date;
    category: string;
    tags: readonly string[];
    aliases?: readonly string[] | undefined;
  } & PublicationFields;
}

export interface Catalog<T extends CatalogEntry> {
  /** Published articles, newest first. */
  articles: readonly T[];
  categories: readonly Category[];
  byId: ReadonlyMap<string, T>;
  /** Each category's articles, newest first. */
  byCategory: ReadonlyMap<string, readonly T[]>;
  /** Every tag by its slug, with its articles newest first. */
  tags: ReadonlyMap<string, Tag<T>>;
  /** Months that have articles, newest first. */
  months: readonly Month<T>[];
  /** Old portal addresses and the article pages they now lead to. */
  redirects: readonly Redirect[];
  categoryOf(article: T): Category;
  /** The tag a name on an article belongs to. */
  tagOf(name: string): Tag<T> | undefined;
  /** The next newer and older articles of the same category. */
  neighbours(article: T): { newer?: T; older?: T };
  /** Up to `count` other articles sharing its tags or its category, the closest first. */
  relatedTo(article: T, count: number): T[];
}

/** The catalog's order: newest first, the id breaking ties so every build orders alike. */
export const newestFirst = (a: CatalogEntry, b: CatalogEntry) =>
  b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);

/**
 * The whole-site indexes, built once per build from every article and then looked up by
 * each page: a page never scans the whole collection, which at 10 000 articles would
 * make the build quadratic.
 */
export function buildCatalog<T extends CatalogEntry>(
  entries: readonly T[],
  categories: readonly Category[],
  options: { preview: boolean; now: Date },
): Catalog<T> {
  const articles = entries.filter((entry) => isPublished(entry.data, options.now, options)).sort(newestFirst);
  const categoryBySlug = new Map(categories.map((category) => [category.slug, category]));
  const byCategory = new Map<string, T[]>(categories.map((category) => [category.slug, []]));
  /** Where each article stands in its category's list, for its neighbours. */
  const position = new Map<string, number>();
  for (const article of articles) {
    const list = byCategory.get(article.data.category);
    if (!list) throw new Error(`${article.id}: category "${article.data.category}" is not in content/categories.yaml`);
    position.set(article.id, list.push(article) - 1);
  }
  const slugOfTag = tagSlugger();
  const tags = indexTags(articles, slugOfTag);
  const redirects = collectRedirects(articles);
  const tagOf = (name: string) => tags.get(slugOfTag(name));
  const sameCategory = (article: T) => byCategory.get(article.data.category)!;
  /** Where each article stands in each tag's list, indexed once per list when first asked. */
  const tagPositions = new WeakMap<readonly T[], Map<T, number>>();
  const around = (articles: readonly T[], article: T) => {
    let positions = tagPositions.get(articles);
    if (!positions) {
      positions = new Map(articles.map((listed, at) => [listed, at]));
      tagPositions.set(articles, positions);
    }
    return { articles, at: positions.get(article) ?? -1 };
  };

  return {
    articles,
    categories,
    byId: new Map(articles.map((article) => [article.id, article])),
    byCategory,
    tags,
    months: indexMonths(articles),
    redirects,
    categoryOf: (article) => categoryBySlug.get(article.data.category)!,
    tagOf,
    neighbours(article) {
      const list = sameCategory(article);
      const at = position.get(article.id)!;
      const newer = list[at - 1];
      const older = list[at + 1];
      return { ...(newer && { newer }), ...(older && { older }) };
    },
    relatedTo(article, count) {
      const tagLists = article.data.tags.map((name) => around(tagOf(name)?.articles ?? [], article));
      const category = { articles: sameCategory(article), at: position.get(article.id)! };
      return relatedArticles(article, count, { category, tags: tagLists }, newestFirst);
    },
  };
}
