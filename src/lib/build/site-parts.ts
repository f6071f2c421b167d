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
 * Groups years, newest first, into parts of at most `maxArticles` articles each. A year is
 * never split, so a single year with more articles than that is a part of its own.
 */
export function planParts(articlesPerYear: ReadonlyMap<number, number>, maxArticles: number): SitePart[] {
  const years = [...articlesPerYear.keys()].sort((a, b) => b - a);
  const parts: SitePart[] = [];
  let count = 0;
  for (const year of years) {
    const articles = articlesPerYear.get(year)!;
    const current = parts.at(-1);
    if (current && count + articles <= maxArticles) {
      current.from = year;
      count += articles;
    } else {
      parts.push({ from: year, to: year });
      count = articles;
    }
  }
  return parts.length > 0 ? parts : [{ from: 0, to: 0 }];
}

/** The environment that tells `astro build` which part of which plan it builds. */
export function partEnvironment(parts: readonly SitePart[], index: number): Record<string, string> {
  return { SITE_PARTS: JSON.stringify(parts), SITE_PART: String(index) };
}

/** The part this build makes, read from `SITE_PARTS` and `SITE_PART`; a whole-site build when both are unset. */
export function readPartEnvironment(env: Record<string, string | undefined>): { parts: SitePart[]; index: number } {
  if (env.SITE_PARTS === undefined && env.SITE_PART === undefined) return { parts: [], index: 0 };
  let parts: unknown;
  try {
    parts = JSON.parse(env.SITE_PARTS ?? '');
  } catch {
    throw new Error(`SITE_PARTS is not JSON: ${env.SITE_PARTS}`);
  }
  const valid =
    Array.isArray(parts) &&
    parts.length > 0 &&
    parts.every(
      (part: Partial<SitePart>, at) =>
        Number.isInteger(part.from) &&
        Number.isInteger(part.to) &&
        part.from! <= part.to! &&
        (at === 0 || part.to! < (parts as SitePart[])[at - 1]!.from),
    );
  if (!valid) throw new Error(`SITE_PARTS must list {from, to} year ranges, newest first: ${env.SITE_PARTS}`);
  const index = Number(env.SITE_PART);
  if (!Number.isInteger(index) || index < 0 || index >= (parts as SitePart[]).length) {
    throw new Error(
      `SITE_PART must be the number of a part of SITE_PARTS (0–${(parts as SitePart[]).length - 1}): ${env.SITE_PART}`,
    );
  }
  return { parts: parts as SitePart[], index };
}

/** A search index of the site and the years of the articles in it, as the search page merges them. */
export interface SearchBundle {
  /** The folder Pagefind's files are served from. */
  path: string;
  /** Years, newest first, as the index's year filter spells them. */
  years: string[];
}

/** The search indexes of a site built in `parts` (one index when built whole), newest first. */
export function searchBundles(parts: readonly SitePart[], years: readonly number[]): SearchBundle[] {
  const newestFirst = [...years].sort((a, b) => b - a);
  if (parts.length === 0) return [{ path: '/pagefind/', years: newestFirst.map(String) }];
  return parts.map((_, index) => ({
    path: searchBundleOf(parts, index),
    years: newestFirst.filter((year) => partHoldsYear(parts, index, year)).map(String),
  }));
}
