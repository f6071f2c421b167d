import { hasMarks } from './fold.ts';

/** A search that picks out some of a query's results to rank above the rest. */
export interface RankingSearch {
  /** What Pagefind is asked: in quotes for the words next to each other, in this order. */
  term: string;
  /** Whether Pagefind matches only words with the marks typed, instead of folding them. */
  exactDiacritics: boolean;
}

/** A query Pagefind searches as one phrase, its words next to each other (as pagefind.js tells it). */
const PAGEFIND_PHRASE = /^\s*".+"\s*$/;

/**
 * The searches that rank a query's results, best first; the results of none of them come
 * after, in Pagefind's order. Pagefind folds marks and scores words wherever they stand,
 * so among the common syllables that make up Vietnamese words, an article with `đời` ten
 * times outranks one with `đổi mới` once. A reader who types marks means those words, and
 * a reader who types two syllables means the word they make: first the articles with the
 * words as typed, marks and all, next to each other; then those with the words as typed
 * anywhere; then the words next to each other whatever their marks. Each is a search of
 * the index chunks already loaded: no more downloads.
 *
 * Each asks for more than the query does, never for less, so it finds some of the query's
 * results and no other (which `rankedResults` relies on). A query wholly in quotes is a
 * phrase to Pagefind: its one ranking search is the same phrase
 * with the marks typed, since the words anywhere would find articles the phrase does not.
 */
export function rankingSearches(query: string): RankingSearch[] {
  const words = query.replace(/"/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const phrase = `"${words.join(' ')}"`;
  const several = words.length > 1;
  const marked = hasMarks(query);
  if (PAGEFIND_PHRASE.test(query)) return marked ? [{ term: phrase, exactDiacritics: true }] : [];
  return [
    ...(marked && several ? [{ term: phrase, exactDiacritics: true }] : []),
    ...(marked ? [{ term: words.join(' '), exactDiacritics: true }] : []),
    ...(several ? [{ term: phrase, exactDiacritics: false }] : []),
  ];
}

/**
 * The results in the order shown: each ranking search's (`tiers`, best first) in its own
 * order, then the query's own `results` in Pagefind's, each result once. A ranking search
 * asks for the query's words with the same filters and more besides (the marks typed, the
 * words next to each other), so it finds some of the query's results and no other: the
 * results of the first tiers are in their final places before the query's own search has
 * run, and the page shows them at once.
 */
export function rankedResults<Result extends { id: string }>(
  tiers: readonly (readonly Result[])[],
  results: readonly Result[],
): Result[] {
  const seen = new Set<string>();
  return [...tiers.flat(), ...results].filter(({ id }) => !seen.has(id) && seen.add(id));
}
