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
  /**
   * A search index of some months of one year (`from` = `to`), for a year with more
   * articles than one index holds; absent for whole years. Parts are always whole years.
   */
  months?: { from: number; to: number };
}

/** Most articles in one part of the build, and in one search index, unless told otherwise. */
export const PART_ARTICLES = 20_000;
export const INDEX_ARTICLES = 2_500;
/**
 * Most articles in the newest search index, the one a new or edited article usually lands
 * in: Pagefind cannot add to an index, so publishing makes that index again whole, at about
 * 4 ms an article here, and it is also the index a reader's first search reads.
 */
export const NEWEST_INDEX_ARTICLES = 500;

/** How many articles each year has, and each of its twelve months, as the plans take them. */
export function tallyMonths(dates: Iterable<{ year: number; month: number }>): {
  years: Map<number, number>;
  months: Map<number, number[]>;
} {
  const years = new Map<number, number>();
  const months = new Map<number, number[]>();
  for (const { year, month } of dates) {
    years.set(year, (years.get(year) ?? 0) + 1);
    if (!months.has(year)) months.set(year, Array<number>(12).fill(0));
    months.get(year)![month - 1]! += 1;
  }
  return { years, months };
}

const pad = (month: number) => String(month).padStart(2, '0');

/** Where the search index of a part is served: the newest part's is the site's main one. */
export function searchBundleOf(parts: readonly SitePart[], index: number): string {
  const part = parts[index]!;
  if (index === 0) return '/pagefind/';
  if (!part.months) return `/pagefind/${part.from}-${part.to}/`;
  return `/pagefind/${part.from}-${pad(part.months.from)}-${part.to}-${pad(part.months.to)}/`;
}

/** A month as one number that sorts: 2019 × 12 + (10 − 1) for October 2019. */
const monthKey = (year: number, month: number) => year * 12 + month - 1;
const firstMonth = (range: SitePart) => monthKey(range.from, range.months?.from ?? 1);
const lastMonth = (range: SitePart) => monthKey(range.to, range.months?.to ?? 12);

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
 * most `maxArticles` articles, and a year with more articles than that split into runs of
 * months (`articlesPerMonth`: each year's twelve months' counts), filled from January.
 * Pagefind cannot add to an index, so an index is made again whole whenever one of its
 * articles changed, and one index per run of years is what lets a build after an edit
 * index a few thousand articles instead of the whole archive.
 *
 * In an archive of more than one index, the newest year has indexes of its own, runs of
 * months of at most `newestArticles`: a newly published article lands in the newest, so
 * publishing indexes a few hundred articles again, not thousands, and the search page,
 * which answers from the newest index first and merges the others when the reader asks
 * for older results (README, "Large archives"), reads that small index for a first search.
 * When a new year starts, the last one joins the older years' indexes.
 */
export function planSearchIndexes(
  articlesPerYear: ReadonlyMap<number, number>,
  parts: readonly SitePart[],
  maxArticles: number,
  articlesPerMonth: ReadonlyMap<number, readonly number[]> = new Map(),
  newestArticles = NEWEST_INDEX_ARTICLES,
): SitePart[] {
  const total = [...articlesPerYear.values()].reduce((sum, count) => sum + count, 0);
  return parts.flatMap((_, index) => {
    const years = [...articlesPerYear].filter(([year]) => partHoldsYear(parts, index, year)).sort(([a], [b]) => a - b);
    const newest = index === 0 && total > maxArticles ? years.pop() : undefined;
    const grouped = groupYears(new Map(years), maxArticles).flatMap((run) => {
      const months = articlesPerMonth.get(run.from);
      const split = run.from === run.to && months && (articlesPerYear.get(run.from) ?? 0) > maxArticles;
      return split ? groupMonths(run.from, months, maxArticles) : [run];
    });
    if (newest) {
      const [year, count] = newest;
      const months = articlesPerMonth.get(year);
      const cap = Math.min(newestArticles, maxArticles);
      grouped.unshift(...(months && count > cap ? groupMonths(year, months, cap) : [{ from: year, to: year }]));
    }
    return grouped.length > 0 ? grouped : [{ ...parts[index]! }];
  });
}

/** Groups the months of `year` into runs of at most `maxArticles` articles, filled from January, newest first. */
function groupMonths(year: number, articlesPerMonth: readonly number[], maxArticles: number): SitePart[] {
  const runs: SitePart[] = [];
  let count = 0;
  for (let month = 1; month <= 12; month++) {
    const articles = articlesPerMonth[month - 1] ?? 0;
    const current = runs.at(-1);
    if (current && count + articles <= maxArticles) {
      current.months!.to = month;
      count += articles;
    } else {
      runs.push({ from: year, to: year, months: { from: month, to: month } });
      count = articles;
    }
  }
  runs.at(-1)!.months!.to = 12;
  return runs.reverse();
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

/** Whether search index `index` of `indexes` (newest first) holds the articles of that month. */
export function indexHoldsMonth(indexes: readonly SitePart[], index: number, year: number, month: number): boolean {
  const range = indexes[index]!;
  const key = monthKey(year, month);
  return (index === 0 || key <= lastMonth(range)) && (index === indexes.length - 1 || key >= firstMonth(range));
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
      (range: SitePart, at) =>
        Number.isInteger(range.from) &&
        Number.isInteger(range.to) &&
        range.from <= range.to &&
        (range.months === undefined ||
          (range.from === range.to &&
            Number.isInteger(range.months.from) &&
            Number.isInteger(range.months.to) &&
            range.months.from >= 1 &&
            range.months.from <= range.months.to &&
            range.months.to <= 12)) &&
        (at === 0 || lastMonth(range) < firstMonth((ranges as SitePart[])[at - 1]!)),
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

/** Which of the site's `indexes` (newest first) holds the articles of a month (1–12) of `year`. */
export function searchIndexOfMonth(indexes: readonly SitePart[], year: number, month: number): number {
  const found = indexes.findIndex((_, index) => indexHoldsMonth(indexes, index, year, month));
  if (found < 0) throw new Error(`no search index holds ${year}-${pad(month)}: ${JSON.stringify(indexes)}`);
  return found;
}
