/**
 * An archive too large for one `astro build` (the content store of 100 000 rendered
 * articles is more than one JavaScript string can hold) is built in parts, one after
 * another or on separate CI runners, and merged into one site with one search.
 *
 * A part renders the pages of the articles of a run of consecutive years (Vietnam time).
 * Every part still reads every article's front matter, so lists, related articles and
 * feeds are computed over the whole archive and come out the same in every part. Only the
 * first part, the newest years, renders the listing pages; its search index is the one the
 * search page loads, and the other parts' indexes are merged into it in the browser.
 */
export interface SitePart {
  /** First year whose articles this part renders; the oldest part also takes any year before. */
  from: number;
  /** Last year; the newest part also takes any year after. */
  to: number;
}

/** Where the search index of a part is served: the newest part's is the site's main one. */
export function searchBundleOf(parts: readonly SitePart[], index: number): string {
  const part = parts[index]!;
  return index === 0 ? '/pagefind/' : `/pagefind/${part.from}-${part.to}/`;
}

/** Whether an article of `year` is rendered by part `index` of `parts` (newest first). */
export function partHoldsYear(parts: readonly SitePart[], index: number, year: number): boolean {
  const part = parts[index]!;
  const newest = index === 0;
  const oldest = index === parts.length - 1;
  return (newest || year <= part.to) && (oldest || year >= part.from);
}

/**
 * Groups years into runs of at most `maxArticles` articles each, filled from the oldest
 * year, and returns them newest first. A year is never split, so a single year with more
 * articles than that is a run of its own. Filled from the oldest because an archive grows
 * at its newest end: a new article changes the newest run only, and every older run, with
 * what was built and indexed for it, stays as it was.
 */
function groupYears(articlesPerYear: ReadonlyMap<number, number>, maxArticles: number): SitePart[] {
  const years = [...articlesPerYear.keys()].sort((a, b) => a - b);
  const runs: SitePart[] = [];
  let count = 0;
  for (const year of years) {
    const articles = articlesPerYear.get(year)!;
    const current = runs.at(-1);
    if (current && count + articles <= maxArticles) {
      current.to = year;
      count += articles;
    } else {
      runs.push({ from: year, to: year });
      count = articles;
    }
  }
  return runs.reverse();
}

/** Groups years into the parts of the build, of at most `maxArticles` articles each, newest first. */
export function planParts(articlesPerYear: ReadonlyMap<number, number>, maxArticles: number): SitePart[] {
  const parts = groupYears(articlesPerYear, maxArticles);
  return parts.length > 0 ? parts : [{ from: 0, to: 0 }];
}

/**
 * The site's search indexes, newest first: each part's years grouped into indexes of at
 * most `maxArticles` articles. Pagefind cannot add to an index, so an index is made again
 * whole whenever one of its articles changed, and one index per run of years is what
 * lets a build after an edit index a few thousand articles instead of the whole archive.
 * The search page merges them (README, "Large archives").
 */
export function planSearchIndexes(
  articlesPerYear: ReadonlyMap<number, number>,
  parts: readonly SitePart[],
  maxArticles: number,
): SitePart[] {
  return parts.flatMap((_, index) => {
    const years = [...articlesPerYear].filter(([year]) => partHoldsYear(parts, index, year));
    const grouped = groupYears(new Map(years), maxArticles);
    return grouped.length > 0 ? grouped : [{ ...parts[index]! }];
  });
}

/** The environment that tells `astro build` which part of which plan it builds, and the site's search indexes. */
export function partEnvironment(
  parts: readonly SitePart[],
  index: number,
  searchIndexes: readonly SitePart[] = parts,
): Record<string, string> {
  return { SITE_PARTS: JSON.stringify(parts), SITE_PART: String(index), SEARCH_INDEXES: JSON.stringify(searchIndexes) };
}

/** The environment of a build of the whole site with these search indexes. */
export function indexEnvironment(searchIndexes: readonly SitePart[]): Record<string, string> {
  return { SEARCH_INDEXES: JSON.stringify(searchIndexes) };
}

function readYearRanges(name: string, text: string): SitePart[] {
  let ranges: unknown;
  try {
    ranges = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON: ${text}`);
  }
  const valid =
    Array.isArray(ranges) &&
    ranges.length > 0 &&
    ranges.every(
      (range: Partial<SitePart>, at) =>
        Number.isInteger(range.from) &&
        Number.isInteger(range.to) &&
        range.from! <= range.to! &&
        (at === 0 || range.to! < (ranges as SitePart[])[at - 1]!.from),
    );
  if (!valid) throw new Error(`${name} must list {from, to} year ranges, newest first: ${text}`);
  return ranges as SitePart[];
}

/**
 * The search indexes of the site (`SEARCH_INDEXES`), newest first; without it, one per
 * part, or one for a whole-site build.
 */
export function readSearchIndexes(env: Record<string, string | undefined>, parts: readonly SitePart[]): SitePart[] {
  if (env.SEARCH_INDEXES !== undefined) return readYearRanges('SEARCH_INDEXES', env.SEARCH_INDEXES);
  return parts.length > 0 ? [...parts] : [{ from: 0, to: 0 }];
}

/** The part this build makes, read from `SITE_PARTS` and `SITE_PART`; a whole-site build when both are unset. */
export function readPartEnvironment(env: Record<string, string | undefined>): { parts: SitePart[]; index: number } {
  if (env.SITE_PARTS === undefined && env.SITE_PART === undefined) return { parts: [], index: 0 };
  const parts = readYearRanges('SITE_PARTS', env.SITE_PARTS ?? '');
  const index = Number(env.SITE_PART);
  if (!Number.isInteger(index) || index < 0 || index >= parts.length) {
    throw new Error(`SITE_PART must be the number of a part of SITE_PARTS (0–${parts.length - 1}): ${env.SITE_PART}`);
  }
  return { parts, index };
}

/** A search index of the site and the years of the articles in it, as the search page merges them. */
export interface SearchBundle {
  /** The folder Pagefind's files are served from. */
  path: string;
  /** Years, newest first, as the index's year filter spells them. */
  years: string[];
}

/** The site's search indexes (year ranges, newest first; one index when empty), as the search page merges them. */
export function searchBundles(indexes: readonly SitePart[], years: readonly number[]): SearchBundle[] {
  const newestFirst = [...years].sort((a, b) => b - a);
  if (indexes.length === 0) return [{ path: '/pagefind/', years: newestFirst.map(String) }];
  return indexes.map((_, index) => ({
    path: searchBundleOf(indexes, index),
    years: newestFirst.filter((year) => partHoldsYear(indexes, index, year)).map(String),
  }));
}

/** Which of the site's `indexes` (newest first) holds the articles of `year`. */
export function searchIndexOfYear(indexes: readonly SitePart[], year: number): number {
  const found = indexes.findIndex((_, index) => partHoldsYear(indexes, index, year));
  if (found < 0) throw new Error(`no search index holds the year ${year}: ${JSON.stringify(indexes)}`);
  return found;
}
