/** Related articles an article page shows. */
export const RELATED_COUNT = 5;

/** How many articles of each shared category or tag are weighed: enough to fill the box, never the whole site. */
const CANDIDATES_PER_LIST = 20;

interface Relatable {
  id: string;
  data: { category: string; tags: readonly string[]; date: Date };
}

/** A list of articles, newest first, and where the article stands in it. */
export interface ListAround<T> {
  articles: readonly T[];
  at: number;
}

/**
 * The `size` articles of a list nearest before the article at `at` (published just before
 * it), or, for one near the list's oldest end, the nearest after it too: never the article.
 */
export function windowAround<T>({ articles, at }: ListAround<T>, size: number): T[] {
  const from = Math.max(0, Math.min(at, articles.length - size - 1));
  return articles.slice(from, from + size + 1).filter((_, index) => from + index !== at);
}

/**
 * Up to `count` articles related to `article`: each shared tag weighs 2, the same
 * category 1, the nearer in time first on a tie, then the newer. Only the articles
 * published around it in its category and tag lists are weighed (`windowAround`), the
 * ones before it first: a story's background, the way a newspaper's "Tin liên quan" reads.
 * A page costs the same at 100 or 100 000 articles, and publishing a new article changes
 * no older article's box except where a list is too short to fill it, so a publish does
 * not render hundreds of old pages again.
 */
export function relatedArticles<T extends Relatable>(
  article: T,
  count: number,
  lists: { category: ListAround<T>; tags: readonly ListAround<T>[] },
  newestFirst: (a: T, b: T) => number,
): T[] {
  const scores = new Map<T, number>();
  const weigh = (list: ListAround<T>, weight: number) => {
    for (const candidate of windowAround(list, CANDIDATES_PER_LIST)) {
      if (candidate.id !== article.id) scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  };
  weigh(lists.category, 1);
  for (const list of lists.tags) weigh(list, 2);
  const time = article.data.date.getTime();
  const distance = (candidate: T) => Math.abs(candidate.data.date.getTime() - time);
  return [...scores]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || distance(a) - distance(b) || newestFirst(a, b))
    .slice(0, count)
    .map(([candidate]) => candidate);
}
