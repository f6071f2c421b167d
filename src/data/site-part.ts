import { toVietnamTime } from '../lib/article/vietnam-time.ts';
import { partHoldsYear, readPartEnvironment, readSearchIndexes, searchIndexOfMonth } from '../lib/build/site-parts.ts';

/**
 * Which part of the site this build makes (src/lib/build/site-parts.ts): the whole site
 * unless `scripts/build-site.ts` split an archive too large for one build.
 */
export const sitePart = readPartEnvironment(process.env);

/** Whether this build renders the lists, feeds and other pages that are not an article. */
export const rendersListings = sitePart.index === 0;

/** Whether this build renders the page of an article published at `date`. */
export function rendersArticleOf(date: Date): boolean {
  return sitePart.parts.length === 0 || partHoldsYear(sitePart.parts, sitePart.index, toVietnamTime(date).year);
}

/** The site's search indexes, year ranges newest first (src/lib/build/site-parts.ts, `planSearchIndexes`). */
export const searchIndexes = readSearchIndexes(process.env, sitePart.parts);

/** The search indexes this build writes, by their number in `searchIndexes`: those of its part's years. */
export const builtSearchIndexes: number[] = searchIndexes
  .map((_, index) => index)
  .filter(
    (index) => sitePart.parts.length === 0 || partHoldsYear(sitePart.parts, sitePart.index, searchIndexes[index]!.to),
  );

/** The number, in `searchIndexes`, of the search index that holds an article published at `date`. */
export function searchIndexOfArticle(date: Date): number {
  const { year, month } = toVietnamTime(date);
  return searchIndexOfMonth(searchIndexes, year, month);
}
