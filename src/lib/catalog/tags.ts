import { slugOf } from '../article/slug.ts';

/** A topic and its articles, newest first. */
export interface Tag<T> {
  /** URL segment: `dân vận` and `Dân vận` are one tag, `dan-van`. */
  slug: string;
  /** As written on the newest article that carries it. */
  name: string;
  articles: T[];
}

/** Every tag of the site, from articles already sorted newest first. */
export function indexTags<T extends { data: { tags: readonly string[] } }>(
  articles: readonly T[],
): Map<string, Tag<T>> {
  const tags = new Map<string, Tag<T>>();
  for (const article of articles) {
    for (const name of new Set(article.data.tags)) {
      const slug = slugOf(name);
      if (slug === '') continue;
      const tag = tags.get(slug) ?? { slug, name, articles: [] };
      // An article listing `dân vận` and `Dân vận` is listed once under the tag.
      if (tag.articles.at(-1) !== article) tag.articles.push(article);
      tags.set(slug, tag);
    }
  }
  return tags;
}
