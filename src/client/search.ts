import { vi } from '../i18n/vi.ts';
import type { SearchBundle } from '../lib/build/site-parts.ts';
import { INDEX_FIELDS } from '../lib/search/index-fields.ts';
import { markedExcerpt } from '../lib/search/marked-excerpt.ts';
import { rankedResults, rankingSearches } from '../lib/search/ranking.ts';
import { readSearchState, searchParamsOf, type SearchState } from '../lib/search/search-state.ts';
import { isoDate } from '../lib/search/short-date.ts';

/** The part of Pagefind's browser API this page uses (`/pagefind/pagefind.js`, written by the build). */
interface PagefindModule {
  mergeIndex(path: string): Promise<void>;
  filters(): Promise<Counts>;
  options(options: { exactDiacritics: boolean }): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindSearch>;
}
/** Pagefind as this page uses it: a search may ask for exact marks, which is an engine-wide option. */
interface Pagefind {
  filters(): Promise<Counts>;
  search(term: string, options?: SearchOptions, exactDiacritics?: boolean): Promise<PagefindSearch>;
}
interface SearchOptions {
  filters?: Record<string, string | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: Results;
  filters: Counts;
}
type Results = { id: string; data(): Promise<PagefindPage> }[];
interface PagefindPage {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Results shown at first and added by each "more". */
const PAGE_SIZE = 10;
/** Typing pauses this long before the search runs, so a reader is not told of every keystroke. */
const TYPING_PAUSE_MS = 250;
const FACETS = [INDEX_FIELDS.category, INDEX_FIELDS.year] as const;
type Facet = (typeof FACETS)[number];
const STATE_KEY: Record<Facet, 'category' | 'year'> = { category: 'category', year: 'year' };

/**
 * The search page: reads the query from the address (`?q=dan+van`), searches Pagefind's
 * index, shows results with their date, category and an excerpt in the article's own
 * spelling, offers category and year filters with counts and a sort, and keeps all of it
 * in the address so a search can be shared.
 */
export async function startSearch(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const options = form.querySelector<HTMLFieldSetElement>('.search-options')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const facetSelects = new Map(
    FACETS.map((facet) => [facet, form.querySelector<HTMLSelectElement>(`select[data-facet="${facet}"]`)!]),
  );
  // Names as the page was built with them: the index keeps only each article's category slug.
  const categoryNames = new Map(
    [...facetSelects.get(INDEX_FIELDS.category)!.options].map((option) => [option.value, option.text]),
  );

  writeForm(form, readSearchState(new URLSearchParams(location.search)));
  // Read back from the form, so a category or year in the address that the site does not have is dropped.
  let state = readForm(form);
  options.hidden = false;

  // The site's search indexes, newest first: one, or one per part of a site built in parts.
  const bundles = JSON.parse(root.dataset.search!) as SearchBundle[];
  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= (
      import(
        /* @vite-ignore */ new URL(`${bundles[0]!.path}pagefind.js`, location.href).href
      ) as Promise<PagefindModule>
    ).then(async (engine) => {
      // Merged indexes share the first one's search engine: only their own index files are fetched.
      for (const bundle of bundles.slice(1)) await engine.mergeIndex(bundle.path);
      return oneSearchAtATime(engine);
    });
    return pagefind;
  };

  let run = 0;
  let shown: Results = [];
  let results: Results = [];
  /** How many results the search found, of which `results` holds those fetched so far. */
  let total = 0;
  /** Newest first over several indexes: the searches of the older ones, run when a page needs them. */
  let later: (() => Promise<Results>)[] = [];

  const search = async () => {
    const mine = ++run;
    const query = state.query;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = vi.searchWaiting;
    try {
      const engine = await loadPagefind();
      // Pagefind filters and counts only once its filters are loaded: before the search
      // when the reader chose a filter or the site has several indexes, else after the
      // first results are on screen, which they reach one download sooner.
      const filtered = state.category !== '' || state.year !== '' || bundles.length > 1;
      if (filtered) await engine.filters();
      const scope = await yearsKnowingEveryWord(engine, query, bundles);
      const found = await engine.search(query, searchOptions(state, scope));
      const byIndex = newestAcrossBundles(engine, query, state, bundles, scope);
      const ranked = byIndex ? [] : await rankedBy(engine, query, state, scope, found.results);
      if (mine !== run) return;
      results = ranked;
      later = byIndex ?? [];
      total = found.results.length;
      shown = [];
      list.replaceChildren();
      await showMore(mine, false);
      if (!filtered) await engine.filters();
      const counted = filtered ? found : await engine.search(query, searchOptions(state, scope));
      const counts = await facetCounts(engine, query, state, counted, scope);
      if (mine !== run) return;
      for (const [facet, select] of facetSelects) showCounts(select, counts[facet] ?? {});
      // Told once the counts are in too: the search is done.
      showStatus();
    } catch (error) {
      // Loaded again on the next search: a dropped connection should not break the page for good.
      pagefind = undefined;
      if (mine !== run) return;
      status.textContent = vi.searchFailed;
      throw error;
    }
  };

  const showMore = async (mine: number, tellStatus = true) => {
    while (results.length < shown.length + PAGE_SIZE && later.length > 0) {
      const older = await later.shift()!();
      if (mine !== run) return;
      results = results.concat(older);
    }
    const next = results.slice(shown.length, shown.length + PAGE_SIZE);
    // Each result goes on screen as soon as it and those before it have arrived.
    const pages = next.map((result) => result.data());
    const items: HTMLLIElement[] = [];
    for (const page of pages) {
      const data = await page;
      if (mine !== run) return;
      items.push(resultItem(data, state.query, categoryNames));
      list.append(items.at(-1)!);
    }
    shown = results.slice(0, shown.length + next.length);
    more.hidden = shown.length >= total;
    if (tellStatus) showStatus();
    return items[0];
  };

  const showStatus = () => {
    status.textContent =
      total === 0
        ? vi.searchNothing(state.query)
        : `${vi.searchFound(total, state.query)}${more.hidden ? '' : ` ${vi.searchShown(shown.length, total)}`}`;
  };

  const update = () => {
    state = readForm(form);
    history.replaceState(null, '', `${location.pathname}${queryString(state)}`);
    void search();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(update, TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update();
  });
  more.addEventListener('click', async () => {
    more.disabled = true;
    const first = await showMore(run).finally(() => (more.disabled = false));
    first?.querySelector('a')?.focus();
  });

  await search();
}

/**
 * Pagefind's engine with its searches one after another: one that asks for exact marks
 * sets Pagefind's engine-wide option for itself alone, so no other search, from a reader
 * typing on, may run in between.
 */
function oneSearchAtATime(engine: PagefindModule): Pagefind {
  let last: Promise<unknown> = Promise.resolve();
  return {
    filters: () => engine.filters(),
    search(term, options, exactDiacritics = false) {
      const search = async () => {
        if (!exactDiacritics) return engine.search(term, options);
        await engine.options({ exactDiacritics: true });
        try {
          return await engine.search(term, options);
        } finally {
          await engine.options({ exactDiacritics: false });
        }
      };
      const next = last.then(search, search);
      last = next.catch(() => undefined);
      return next;
    },
  };
}

/**
 * The results in the order the page shows them: newest first as Pagefind sorts them; by
 * relevance, the words as typed and next to each other first (`src/lib/search/ranking.ts`).
 */
async function rankedBy(
  engine: Pagefind,
  query: string,
  state: SearchState,
  scope: string[] | undefined,
  results: Results,
) {
  if (state.sort === 'newest' || results.length < 2) return results;
  const tiers: Results[] = [];
  for (const { term, exactDiacritics } of rankingSearches(query)) {
    tiers.push((await engine.search(term, searchOptions(state, scope), exactDiacritics)).results);
  }
  return rankedResults(results, tiers);
}

/**
 * Pagefind's options for the reader's choices. `scope` limits the search to some years,
 * within which the chosen year, if any, must fall.
 */
function searchOptions(state: SearchState, scope?: string[], except?: Facet): SearchOptions {
  const filters: Record<string, string | { any: string[] }> = {};
  for (const facet of FACETS) {
    const value = state[STATE_KEY[facet]];
    if (value && facet !== except) filters[facet] = value;
  }
  if (scope) {
    const chosen = filters[INDEX_FIELDS.year];
    filters[INDEX_FIELDS.year] = { any: chosen === undefined ? scope : scope.filter((year) => year === chosen) };
  }
  return { filters, ...(state.sort === 'newest' && { sort: { [INDEX_FIELDS.date]: 'desc' } }) };
}

/**
 * The years a query can find articles in, when the site has several indexes; undefined
 * for all. Pagefind leaves out of a search every word its index lacks, so an index that
 * lacks one word of the query would answer for the others alone, where the whole site's
 * index finds nothing: such an index's years are left out. A word no index has is left
 * out everywhere, as the whole site's index would.
 */
async function yearsKnowingEveryWord(engine: Pagefind, query: string, bundles: SearchBundle[]) {
  const words = query.trim().split(/\s+/);
  if (bundles.length < 2 || words.length < 2) return undefined;
  const knownBy = await Promise.all(
    words.map(async (word) => {
      const years = (await engine.search(word)).filters[INDEX_FIELDS.year] ?? {};
      return bundles.map((bundle) => bundle.years.some((year) => (years[year] ?? 0) > 0));
    }),
  );
  const known = knownBy.filter((bundlesKnowing) => bundlesKnowing.includes(true));
  const kept = bundles.filter((_, at) => known.every((bundlesKnowing) => bundlesKnowing[at]));
  return kept.length === bundles.length ? undefined : kept.flatMap((bundle) => bundle.years);
}

/**
 * Newest first when the site has several indexes: Pagefind orders merged results by
 * relevance whatever the sort, so each index (a run of years) is searched for its own
 * years, newest index first, and the lists are joined. Returns those searches, to be run
 * in order only as far as the pages shown need (the newest index often fills the first);
 * undefined when one search suffices.
 */
function newestAcrossBundles(
  engine: Pagefind,
  query: string,
  state: SearchState,
  bundles: SearchBundle[],
  scope: string[] | undefined,
): (() => Promise<Results>)[] | undefined {
  if (state.sort !== 'newest' || state.year || bundles.length < 2) return undefined;
  return bundles
    .map((bundle) => bundle.years.filter((year) => !scope || scope.includes(year)))
    .filter((years) => years.length > 0)
    .map((years) => async () => (await engine.search(query, searchOptions(state, years))).results);
}

/**
 * How many results each choice of a filter would give, with the other filter as it is.
 * Pagefind counts what adding a value to the current filters would leave, which for a
 * chosen category is nothing in the others; so a filter in use is counted by a search
 * without it (cheap: the index chunks are already loaded).
 */
async function facetCounts(
  engine: Pagefind,
  query: string,
  state: SearchState,
  found: PagefindSearch,
  scope: string[] | undefined,
) {
  const counts: Counts = {};
  for (const facet of FACETS) {
    counts[facet] = state[STATE_KEY[facet]]
      ? ((await engine.search(query, searchOptions(state, scope, facet))).filters[facet] ?? {})
      : (found.filters[facet] ?? {});
  }
  return counts;
}

/** Puts each choice's count in its label; a choice with no results stays visible but cannot be picked. */
function showCounts(select: HTMLSelectElement, counts: Record<string, number>) {
  for (const option of select.options) {
    if (!option.value) continue;
    option.dataset.label ??= option.textContent ?? '';
    const count = counts[option.value] ?? 0;
    option.textContent = vi.searchOption(option.dataset.label, count);
    option.disabled = count === 0 && !option.selected;
  }
}

function resultItem(page: PagefindPage, query: string, categoryNames: Map<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = Object.assign(document.createElement('a'), { href: page.url });
  link.textContent = page.meta[INDEX_FIELDS.title] ?? page.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const published = page.meta[INDEX_FIELDS.published] ?? '';
  const time = Object.assign(document.createElement('time'), { dateTime: isoDate(published) });
  time.textContent = published;
  const category = page.filters[INDEX_FIELDS.category]?.[0] ?? '';
  meta.append(time, ` · ${categoryNames.get(category) ?? ''}`);
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  for (const part of markedExcerpt(page.content, query)) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(heading, meta, excerpt);
  return item;
}

function readForm(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.set(name, value);
  return readSearchState(params);
}

function writeForm(form: HTMLFormElement, state: SearchState) {
  const params = searchParamsOf(state);
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
      element.value = params.get(element.name) ?? '';
    }
  }
}

function queryString(state: SearchState): string {
  const params = searchParamsOf(state).toString();
  return params ? `?${params}` : '';
}
