import { hasMarks } from './fold.ts';

/** A search that picks out some of a query's results to rank above the rest. */
export interface RankingSearch {
  /** What Pagefind is asked: in quotes for the words next to each other, in this order. */
  term: string;
  /** Whether Pagefind matches only words with the marks typed, instead of folding them. */
  exactDiacritics: boolean;
}

/**
 * The searches that rank a query's results, best first; the results of none of them come
 * after, in Pagefind's order. Pagefind folds marks and scores words wherever they stand,
 * so among the common syllables that make up Vietnamese words, an article with `đời` ten
 * times outranks one with `đổi mới` once. A reader who types marks means those words, and
 * a reader who types two syllables means the word they make: first the articles with the
 * words as typed, marks and all, next to each other; then those with the words as typed
 * anywhere; then the words next to each other whatever their marks. Each is a search of
 * the index chunks already loaded: no more downloads.
 */
export function rankingSearches(query: string): RankingSearch[] {
  const words = query.replace(/"/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const phrase = `"${words.join(' ')}"`;
  const several = words.length > 1;
  const marked = hasMarks(query);
  return [
    ...(marked && several ? [{ term: phrase, exactDiacritics: true }] : []),
    ...(marked ? [{ term: words.join(' '), exactDiacritics: true }] : []),
    ...(several ? [{ term: phrase, exactDiacritics: false }] : []),
  ];
}

/**
 * `results` in order of the first ranking search that found each (`tiers`, best first),
 * and in their own order within one: a stable sort, so Pagefind's relevance still decides
 * between results of the same rank. Results the ranking searches found that `results`
 * lacks are not added.
 */
export function rankedResults<Result extends { id: string }>(
  results: readonly Result[],
  tiers: readonly (readonly { id: string }[])[],
): Result[] {
  const rank = new Map<string, number>();
  tiers.forEach((tier, at) => {
    for (const { id } of tier) if (!rank.has(id)) rank.set(id, at);
  });
  const rankOf = (result: Result) => rank.get(result.id) ?? tiers.length;
  return results
    .map((result, at) => ({ result, at }))
    .sort((a, b) => rankOf(a.result) - rankOf(b.result) || a.at - b.at)
    .map(({ result }) => result);
}
