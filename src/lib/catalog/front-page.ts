import type { Category } from '../article/schema.ts';
import { newestFirst, type CatalogEntry } from './build-catalog.ts';
import type { Tag } from './tags.ts';

/** What the front page needs of an article beyond the catalog's fields. */
export interface FrontPageEntry extends CatalogEntry {
  data: CatalogEntry['data'] & {
    home?: { lead?: Date | undefined; featured?: Date | undefined; hidden?: boolean | undefined } | undefined;
  };
}

/** How many stories each block of the front page shows. */
export const FRONT_PAGE = { featured: 3, newest: 10, perCategory: 4, topics: 6 } as const;

export interface FrontPage<T> {
  lead?: T;
  /** The editors' featured stories, newest first, after the lead. */
  featured: T[];
  newest: T[];
  /** The most-covered topics, each with its newest story not shown above, when it has one. */
  topics: { tag: Tag<T>; article?: T }[];
  /** Each category with its newest stories not shown above; categories left with none are left out. */
  sections: { category: Category; articles: T[] }[];
}

interface FrontPageSource<T> {
  /** Published articles, newest first. */
  articles: readonly T[];
  categories: readonly Category[];
  byCategory: ReadonlyMap<string, readonly T[]>;
  tags: ReadonlyMap<string, Tag<T>>;
}

/** The first `count` of `articles` that pass `keep`, reading no further than needed. */
function firstOf<T>(articles: Iterable<T>, count: number, keep: (article: T) => boolean): T[] {
  const found: T[] = [];
  for (const article of articles) {
    if (found.length === count) break;
    if (keep(article)) found.push(article);
  }
  return found;
}

/**
 * The home page's blocks at the build's time `now`: the lead story (the newest article an
 * editor pinned as lead until after now, else the newest), the featured stories, the newest,
 * topics and categories, with no story in two blocks and none an editor kept off the page.
 */
export function frontPage<T extends FrontPageEntry>(catalog: FrontPageSource<T>, now: Date): FrontPage<T> {
  const shown = new Set<T>();
  const keep = (article: T) => !shown.has(article) && !article.data.home?.hidden;
  const show = (articles: T[]) => {
    for (const article of articles) shown.add(article);
    return articles;
  };
  const until = (time: Date | undefined) => time !== undefined && time > now;
  // The editors' choices are a few articles anywhere in the archive: one pass finds them.
  const pinned = catalog.articles.filter((article) => keep(article) && until(article.data.home?.lead));
  const chosen = catalog.articles.filter((article) => keep(article) && until(article.data.home?.featured));
  const [lead] = show(pinned.length > 0 ? pinned.slice(0, 1) : firstOf(catalog.articles, 1, keep));
  // A second pinned lead still stands out, among the featured stories.
  const featured = show(firstOf(new Set([...pinned, ...chosen]), FRONT_PAGE.featured, keep).sort(newestFirst));
  const newest = show(firstOf(catalog.articles, FRONT_PAGE.newest, keep));
  const topics = [...catalog.tags.values()]
    .sort((a, b) => b.articles.length - a.articles.length || a.slug.localeCompare(b.slug))
    .slice(0, FRONT_PAGE.topics)
    .map((tag) => {
      const [article] = show(firstOf(tag.articles, 1, keep));
      return { tag, ...(article && { article }) };
    });
  const sections = catalog.categories
    .map((category) => ({
      category,
      articles: show(firstOf(catalog.byCategory.get(category.slug) ?? [], FRONT_PAGE.perCategory, keep)),
    }))
    .filter((section) => section.articles.length > 0);
  return { ...(lead && { lead }), featured, newest, topics, sections };
}
