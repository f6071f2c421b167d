import { vi } from '../i18n/vi.ts';
import type { SearchBundle } from '../lib/build/site-parts.ts';
import { chunksForQuery, type IndexChunk } from '../lib/search/index-chunks.ts';
import { INDEX_FIELDS } from '../lib/search/index-fields.ts';
import { excerptMarker, type ExcerptPart } from '../lib/search/marked-excerpt.ts';
import { rankedResults, rankingSearches } from '../lib/search/ranking.ts';
import { readResultCards, type ResultCard } from '../lib/search/result-cards.ts';
import { resultThumbnail } from '../lib/search/result-thumbnail.ts';
import { INDEX_CHUNKS_ID, RESULT_CARDS_ID } from '../lib/search/search-preloads.ts';
import { readSearchState, searchParamsOf, type SearchState } from '../lib/search/search-state.ts';
import { isoDate } from '../lib/search/short-date.ts';

/** The part of Pagefind's browser API this page uses (`/pagefind/pagefind.js`, written by the build). */
interface PagefindModule {
  mergeIndex(path: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
  filters(): Promise<Counts>;
  preload(term: string): Promise<void>;
  options(options: {
    exactDiacritics?: boolean;
    mergeFilter?: Record<string, string>;
    metaCacheTag?: string;
    noWorker?: boolean;
  }): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindSearch>;
}
/** Pagefind as this page uses it: a search may ask for exact marks, which is an engine-wide option. */
interface Pagefind {
  filters(): Promise<Counts>;
  /** Loads the index chunks of every word of `term` at once, in every index in the engine. */
  preload(term: string): Promise<void>;
  search(term: string, options?: SearchOptions, exactDiacritics?: boolean): Promise<PagefindSearch>;
  /** Adds an older index of the site to the engine, once, with its filters. */
  merge(path: string): Promise<void>;
  /** Whether an older index is in the engine: a search must then name the indexes it is for. */
  merged(): boolean;
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
interface PagefindPage extends ResultCard {
  content: string;
}

/**
 * The filter Pagefind adds to every result of each of the site's indexes (its
 * `mergeFilter`), naming the index: a search names the indexes it is for with it. The
 * years cannot tell them apart, since a year with many articles is split into indexes.
 */
const BUNDLE = 'bundle';
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

  // The site's search indexes, newest first: one, or one per run of years of a large archive.
  const bundles = JSON.parse(root.dataset.search!) as SearchBundle[];
  const newest = bundles[0]!.path;
  preloadChunks(newest, state.query);
  inflateNatively();
  const cards = resultCards();
  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= (
      import(/* @vite-ignore */ new URL(`${newest}pagefind.js`, location.href).href) as Promise<PagefindModule>
    ).then(async (engine) => {
      // Set before Pagefind starts, in one call (a second would replace the first). On the
      // page's own thread, not in Pagefind's worker: the files the page's head preloaded
      // (src/lib/search/search-preloads.ts) serve the page's fetches only, and the worker
      // would be one more file and one more round trip before the first search.
      const tag = preloadedEntryTag(newest);
      await engine.options({
        noWorker: true,
        ...(tag !== undefined && { metaCacheTag: tag }),
        ...(bundles.length > 1 && { mergeFilter: { [BUNDLE]: newest } }),
      });
      return oneSearchAtATime(engine);
    });
    return pagefind;
  };

  let run = 0;
  let excerpt = excerptMarker('');
  let shown: Results = [];
  /** The results of the indexes read so far, in the order shown. */
  let results: Results = [];
  /** The indexes the search has still to read, newest first, and what it knows of the others. */
  let reading = new Reading([], '');

  const search = async () => {
    const mine = ++run;
    const query = state.query;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      root.ariaBusy = null;
      return;
    }
    status.textContent = vi.searchWaiting;
    root.ariaBusy = 'true';
    try {
      const engine = await loadPagefind();
      // Every index chunk the search needs, at once: the query's words', and the filters'
      // when the reader chose a filter (Pagefind filters only once they are loaded; else
      // they are loaded after the first results are on screen, which reach it sooner).
      await Promise.all([
        engine.preload(query),
        ...(state.category !== '' || state.year !== '' ? [engine.filters()] : []),
      ]);
      if (mine !== run) return;
      excerpt = excerptMarker(query);
      reading = new Reading(
        bundles.filter((bundle) => !state.year || bundle.years.includes(state.year)),
        query,
        bundles,
      );
      results = [];
      shown = [];
      list.replaceChildren();
      await showMore(mine, false);
      await showCounts(mine, engine);
      if (mine === run) root.ariaBusy = null;
    } catch (error) {
      // Loaded again on the next search: a dropped connection should not break the page for good.
      pagefind = undefined;
      if (mine !== run) return;
      root.ariaBusy = null;
      status.textContent = vi.searchFailed;
      throw error;
    }
  };

  /**
   * Shows the next page of results: of the indexes already read if they have more, else
   * of the next older index with any, which is merged into Pagefind's engine only then.
   * The newest index alone answers the first page, whatever the archive's size; and the
   * results its first ranking searches placed go on screen before its other searches run.
   * `asked`: by the reader's "more", whose focus then moves to the first new result, and
   * who is told the new status; a first search tells it once the counts are in.
   */
  const showMore = async (mine: number, asked = true) => {
    const engine = await loadPagefind();
    const page = shown.length + PAGE_SIZE;
    const items: HTMLLIElement[] = [];
    /** The excerpts of the results put on screen, each filled in when its fragment has arrived. */
    const excerpts: Promise<void>[] = [];
    /**
     * Puts on screen the results of `ranked` (the order shown, from the first) not shown yet,
     * up to a page: each as soon as it and those before it are known, from its card when the
     * newest index's cards have it, else from its fragment; its excerpt once its fragment has
     * arrived, without holding up the searches still to run.
     */
    const show = async (ranked: Results) => {
      const next = ranked.slice(shown.length, page);
      const known = await cards;
      const marker = excerpt;
      const pages = next.map((result) => result.data());
      for (const [at, result] of next.entries()) {
        const data = pages[at]!;
        const item = resultItem(known.get(result.id) ?? (await data), categoryNames);
        if (mine !== run) return;
        items.push(item);
        list.append(item);
        excerpts.push(data.then((found) => showExcerpt(item, marker(found.content))));
      }
      shown = ranked.slice(0, shown.length + next.length);
    };
    const before = shown.length;
    // An older index is read only when those read have no result left to show, not even
    // one its ranking searches just put on screen.
    while (shown.length === before && results.length === shown.length && !reading.done) {
      const found = await reading.next(engine, state, (placed) => show(results.concat(placed)));
      if (mine !== run) return;
      results = results.concat(found);
    }
    await show(results);
    if (mine !== run) return;
    more.hidden = shown.length === results.length && reading.done;
    more.textContent = shown.length < results.length ? vi.searchMore : vi.searchOlder;
    // Focus on the first new result, so a keyboard reader carries on where they were.
    if (asked) items[0]?.querySelector('a')?.focus();
    await Promise.all(excerpts);
    if (mine !== run) return;
    if (asked) showStatus();
  };

  /** The filters' counts over the indexes read so far, then the status: the search is done. */
  const showCounts = async (mine: number, engine: Pagefind) => {
    await engine.filters();
    const scope = engine.merged() ? reading.paths : undefined;
    const counted = await engine.search(state.query, searchOptions(state, scope));
    const counts = await facetCounts(engine, state.query, state, counted, scope);
    if (mine !== run) return;
    // A year whose indexes were not all read has no count yet; while older indexes are unread, a choice without results here may have some there.
    const unread = new Set(
      bundles.filter((bundle) => !reading.settled.includes(bundle.path)).flatMap((bundle) => bundle.years),
    );
    for (const [facet, select] of facetSelects) {
      showFacetCounts(select, counts[facet] ?? {}, reading.done, facet === INDEX_FIELDS.year ? unread : new Set());
    }
    showStatus();
  };

  const showStatus = () => {
    const total = reading.found;
    const found = reading.done ? vi.searchFound(total, state.query) : vi.searchFoundRecent(total, state.query);
    status.textContent =
      total === 0 && reading.done
        ? vi.searchNothing(state.query)
        : `${found}${shown.length < total ? ` ${vi.searchShown(shown.length, total)}` : ''}`;
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
    root.ariaBusy = 'true';
    const mine = run;
    const read = reading.settled.length;
    await showMore(mine).finally(() => (more.disabled = false));
    if (reading.settled.length > read) await showCounts(mine, await loadPagefind());
    if (mine === run) root.ariaBusy = null;
  });

  await search();
}

/** Pagefind's files: its index's metadata, chunks, fragments and filters, and its WebAssembly. */
const PAGEFIND_FILE = /\/pagefind\/(?:.+\/)?[^/]+\.(?:pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

/**
 * Has the browser inflate Pagefind's files. They are gzip, which pagefind.js inflates in
 * JavaScript: a few hundred milliseconds of a phone's CPU before a first search, for the
 * WebAssembly and the index chunks. The browser's own gzip does it many times faster, and
 * Pagefind reads a file that starts inflated (its signature first) as it is, as when a
 * server sends it with `Content-Encoding: gzip`. So the page's fetches of those files come
 * back inflated by the browser; one a server already sent inflated is left as it came.
 */
function inflateNatively() {
  if (typeof DecompressionStream === 'undefined') return;
  const fetchFile = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchFile(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!response.ok || !PAGEFIND_FILE.test(url.pathname)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const body = gzip ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : bytes;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/**
 * The newest index's result cards, by Pagefind's id of the page, from the file the page's
 * head asked for (src/lib/search/result-cards.ts); none when there is no such file or it did
 * not arrive: every result then goes on screen from its fragment.
 */
async function resultCards(): Promise<Map<string, ResultCard>> {
  const hint = document.getElementById(RESULT_CARDS_ID);
  if (!(hint instanceof HTMLLinkElement)) return new Map();
  try {
    const response = await fetch(hint.href);
    return response.ok ? readResultCards(await response.json()) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Asks at once for the chunks of the newest index (at `bundle`) that `query` needs, as the
 * page's head lists them: Pagefind would ask for them only once it has compiled its
 * WebAssembly and read its metadata, a round trip later. Its own requests then get them.
 */
function preloadChunks(bundle: string, query: string) {
  const listed = document.getElementById(INDEX_CHUNKS_ID)?.textContent;
  if (!listed || !query) return;
  for (const hash of chunksForQuery(query, JSON.parse(listed) as IndexChunk[])) {
    const link = Object.assign(document.createElement('link'), {
      rel: 'preload',
      as: 'fetch',
      crossOrigin: 'anonymous',
      href: `${bundle}index/${hash}.pf_index`,
    });
    document.head.append(link);
  }
}

/**
 * The tag of the entry file of the index at `bundle` that the page's head preloaded, which
 * Pagefind must be given to ask for that same address; none when the page has no such hint.
 */
function preloadedEntryTag(bundle: string): string | undefined {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')) {
    const url = new URL(link.href);
    if (url.pathname === `${bundle}pagefind-entry.json`) return url.searchParams.get('ts') ?? undefined;
  }
  return undefined;
}

/**
 * Pagefind's engine with its searches one after another: one that asks for exact marks
 * sets Pagefind's engine-wide option for itself alone, so no other search, from a reader
 * typing on, may run in between. A search asked again gets the answer it got, until the
 * filters are loaded (which adds their counts to an answer) or an index is merged (which
 * adds its results): before a first result, the check that the newest index has every word
 * of the query and the first ranking search are often the same search.
 */
function oneSearchAtATime(engine: PagefindModule): Pagefind {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(step: () => Promise<T>): Promise<T> => {
    const next = last.then(step, step);
    last = next.catch(() => undefined);
    return next;
  };
  const merges = new Map<string, Promise<void>>();
  const answered = new Map<string, Promise<PagefindSearch>>();
  return {
    filters: async () => {
      const counts = await engine.filters();
      answered.clear();
      return counts;
    },
    preload: (term) => engine.preload(term),
    search(term, options, exactDiacritics = false) {
      const key = JSON.stringify([term, exactDiacritics, options?.filters ?? {}, options?.sort ?? {}]);
      let answer = answered.get(key);
      if (answer) return answer;
      answer = inTurn(async () => {
        if (!exactDiacritics) return engine.search(term, options);
        await engine.options({ exactDiacritics: true });
        try {
          return await engine.search(term, options);
        } finally {
          await engine.options({ exactDiacritics: false });
        }
      });
      answered.set(key, answer);
      // Asked again, if it failed.
      answer.catch(() => answered.delete(key));
      return answer;
    },
    merge(path) {
      let merge = merges.get(path);
      if (!merge) {
        merge = inTurn(async () => {
          await engine.mergeIndex(path, { mergeFilter: { [BUNDLE]: path } });
          answered.clear();
          // Loaded for every index now in the engine, so its articles can be filtered and counted.
          await engine.filters();
        });
        merges.set(path, merge);
        // Tried again by the next search that needs it, if the connection dropped.
        merge.catch(() => merges.delete(path));
      }
      return merge;
    },
    merged: () => merges.size > 0,
  };
}

/**
 * Pagefind's options for the reader's choices. `scope` limits the search to some of the
 * site's indexes (by path), once more than one is in the engine.
 */
function searchOptions(state: SearchState, scope?: string[], except?: Facet): SearchOptions {
  const filters: Record<string, string | { any: string[] }> = {};
  for (const facet of FACETS) {
    const value = state[STATE_KEY[facet]];
    if (value && facet !== except) filters[facet] = value;
  }
  if (scope) filters[BUNDLE] = { any: scope };
  return { filters, ...(state.sort === 'newest' && { sort: { [INDEX_FIELDS.date]: 'desc' } }) };
}

/**
 * One search over the site's indexes, read one at a time, newest first, each merged into
 * Pagefind's engine only when the reader's pages reach it: the first results come from
 * the newest index alone, and cost what it weighs, not what the archive does. Each index
 * is searched for its own years, in the order the reader chose (newest first, or by
 * relevance within the index), and its results follow those of the newer ones.
 *
 * Pagefind leaves out of a search every word its index lacks, so an index that lacks one
 * word of the query would answer for the others alone, where one index of the whole site
 * finds nothing: such an index is set aside, and searched at the end only if no index of
 * the site has the word (which the whole site's index would leave out too).
 */
class Reading {
  readonly #all: readonly SearchBundle[];
  readonly #pending: SearchBundle[];
  readonly #query: string;
  readonly #words: string[];
  readonly #setAside: { bundle: SearchBundle; lacking: string[] }[] = [];
  /** Words some index has, and the indexes whose words are known. */
  readonly #known = new Set<string>();
  readonly #checked = new Set<SearchBundle>();
  /** The years of the indexes searched so far, newest first. */
  readonly years: string[] = [];
  /** The indexes searched so far. */
  readonly paths: string[] = [];
  /** The indexes whose results are known: searched, or left out for lacking a word another index has. */
  readonly settled: string[] = [];
  /** How many results the indexes searched so far found. */
  found = 0;

  /** `bundles`: the indexes to search, of `all` the site's. */
  constructor(bundles: readonly SearchBundle[], query: string, all: readonly SearchBundle[] = bundles) {
    this.#all = all;
    this.#pending = [...bundles];
    this.#query = query;
    this.#words = query.trim().split(/\s+/);
  }

  get done(): boolean {
    return this.#pending.length === 0 && this.#setAside.length === 0;
  }

  /**
   * Searches the next index and returns its results in the order shown; none when it was
   * set aside. `placed` is given, as soon as the ranking searches have placed them, the
   * first of those results, which the searches after cannot move.
   */
  async next(engine: Pagefind, state: SearchState, placed: (first: Results) => Promise<void>): Promise<Results> {
    const bundle = this.#pending.shift();
    if (bundle) {
      const lacking = await this.#lacking(engine, bundle);
      if (lacking.length === 0) return this.#search(engine, state, bundle, placed);
      this.#setAside.push({ bundle, lacking });
      return [];
    }
    const { bundle: last, lacking } = this.#setAside.shift()!;
    for (const other of this.#all) if (!this.#checked.has(other)) await this.#lacking(engine, other);
    if (!lacking.some((word) => this.#known.has(word))) return this.#search(engine, state, last, placed);
    this.settled.push(last.path);
    return [];
  }

  async #open(engine: Pagefind, bundle: SearchBundle): Promise<string[] | undefined> {
    if (bundle !== this.#all[0]) await engine.merge(bundle.path);
    return engine.merged() ? [bundle.path] : undefined;
  }

  /** The words of the query that `bundle`'s index lacks (for a query of one word, none: it finds nothing). */
  async #lacking(engine: Pagefind, bundle: SearchBundle): Promise<string[]> {
    this.#checked.add(bundle);
    if (this.#words.length < 2 || this.#all.length < 2) return [];
    const scope = await this.#open(engine, bundle);
    const filters = scope && { filters: { [BUNDLE]: { any: scope } } };
    // The chunks of every word at once: the searches below would fetch them one after another.
    await engine.preload(this.#query);
    // An index where the words stand next to each other has every one of them: one search
    // answers what one a word would, before the first results of most queries of several
    // words. The phrase with the marks typed first, when the first ranking search asks for
    // it: then the search that puts the first results on screen has already been answered.
    const phrase = `"${this.#words.map((word) => word.replace(/"/g, '')).join(' ')}"`;
    const first = rankingSearches(this.#query)[0];
    const phrases = [
      ...(first?.exactDiacritics && first.term === phrase ? [first] : []),
      { term: phrase, exactDiacritics: false },
    ];
    for (const { term, exactDiacritics } of phrases) {
      if ((await engine.search(term, filters, exactDiacritics)).results.length > 0) {
        for (const word of this.#words) this.#known.add(word);
        return [];
      }
    }
    const lacking: string[] = [];
    for (const word of this.#words) {
      const found = await engine.search(word, filters);
      if (found.results.length > 0) this.#known.add(word);
      else lacking.push(word);
    }
    return lacking;
  }

  /**
   * The results of `bundle`'s index in the order shown: newest first as Pagefind sorts
   * them; by relevance, the words as typed and next to each other first
   * (`src/lib/search/ranking.ts`), each ranking search's results handed to `placed` as it
   * answers, before the query's own search, the longest, has run.
   */
  async #search(
    engine: Pagefind,
    state: SearchState,
    bundle: SearchBundle,
    placed: (first: Results) => Promise<void>,
  ): Promise<Results> {
    const scope = await this.#open(engine, bundle);
    const options = searchOptions(state, scope);
    const tiers: Results[] = [];
    for (const { term, exactDiacritics } of state.sort === 'newest' ? [] : rankingSearches(this.#query)) {
      tiers.push((await engine.search(term, options, exactDiacritics)).results);
      await placed(rankedResults(tiers, []));
    }
    const found = await engine.search(this.#query, options);
    this.years.push(...bundle.years);
    this.paths.push(bundle.path);
    this.settled.push(bundle.path);
    this.found += found.results.length;
    return rankedResults(tiers, found.results);
  }
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

/**
 * Puts each choice's count in its label, but for the choices in `unknown`; once the
 * counts are `final`, a choice with no results stays visible but cannot be picked.
 */
function showFacetCounts(
  select: HTMLSelectElement,
  counts: Record<string, number>,
  final: boolean,
  unknown: ReadonlySet<string>,
) {
  for (const option of select.options) {
    if (!option.value) continue;
    option.dataset.label ??= option.textContent ?? '';
    const count = counts[option.value] ?? 0;
    const known = !unknown.has(option.value);
    option.textContent = known ? vi.searchOption(option.dataset.label, count) : option.dataset.label;
    option.disabled = final && known && count === 0 && !option.selected;
  }
}

/** A result on screen, its excerpt empty until `showExcerpt` fills it in. */
function resultItem(page: ResultCard, categoryNames: Map<string, string>): HTMLLIElement {
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
  item.append(heading, meta, excerpt);
  const thumbnail = resultThumbnail(page.meta, document);
  if (thumbnail) item.append(thumbnail);
  return item;
}

function showExcerpt(item: HTMLLIElement, parts: ExcerptPart[]) {
  item
    .querySelector('.excerpt')!
    .replaceChildren(
      ...parts.map((part) =>
        part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text,
      ),
    );
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
