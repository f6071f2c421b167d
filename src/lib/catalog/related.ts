/** Related articles an article page shows. */
export const RELATED_COUNT = 5;

/** How many of the newest articles of each shared category or tag are weighed: enough to fill the box, never the whole site. */
const CANDIDATES_PER_LIST = 20;

interface Relatable {
  id: string;
  data: { category: string; tags: readonly string[] };
}

/**
 * Up to `count` articles related to `article`: each shared tag weighs 2, the same
 * category 1, the newer first on a tie. Only the heads of the article's category and tag
 * lists are weighed, so a page costs the same at 100 or 100 000 articles.
 */
export function relatedArticles<T extends Relatable>(
  article: T,
  count: number,
  lists: { category: readonly T[]; tags: readonly (readonly T[])[] },
  newestFirst: (a: T, b: T) => number,
): T[] {
  const scores = new Map<T, number>();
  const weigh = (list: readonly T[], weight: number) => {
    for (const candidate of list.slice(0, CANDIDATES_PER_LIST + 1)) {
      if (candidate.id !== article.id) scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  };
  weigh(lists.category, 1);
  for (const list of lists.tags) weigh(list, 2);
  return [...scores]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || newestFirst(a, b))
    .slice(0, count)
    .map(([candidate]) => candidate);
}
