import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { builtSearchIndexes, rendersListings, searchIndexes } from '../data/site-part.ts';
import type { ArticlePage } from '../lib/build/rendered-pages.ts';
import { searchBundleOf, searchIndexOfMonth } from '../lib/build/site-parts.ts';
import { indexCopy } from '../lib/search/index-copy.ts';
import { indexChunksOf } from '../lib/search/index-chunks.ts';
import { RESULT_CARDS_FILE, resultCardsFile, resultCardsText } from '../lib/search/result-cards.ts';
import { INDEX_FIELDS } from '../lib/search/index-fields.ts';
import { withSearchPreloads, type PagefindEntry } from '../lib/search/search-preloads.ts';
import { routes } from '../lib/site/routes.ts';

/**
 * The site's search indexes as the build writes them, in a worker thread of the build
 * (src/integrations/search-index-worker.ts) so that none of this work is on the thread that
 * renders pages: src/integrations/pagefind.ts says what they are and how they are kept.
 */

export interface PagefindIndexOptions {
  /**
   * Index each `đ` word under its `d` spelling too, so `duoc` finds `được`. Off only to
   * measure what it costs (`npm run bench:search`).
   */
  dSpellings?: boolean;
}

/**
 * Pagefind's own search interfaces and highlighter, written beside every index: the site's
 * search page (src/client/search.ts) loads only `pagefind.js`, its worker and the index.
 * 433 KB and 7 files per index, which hosts count against their limits.
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The file in a kept index's folder that says what it was made from. */
const FINGERPRINT = 'fingerprint';

/**
 * The file in a kept index's folder with each page's digest and indexed copy: an index made
 * again for one changed page takes the others' copies from it instead of reading thousands
 * of pages back from the built site and extracting them again.
 */
const COPIES = 'copies.json';

/** The file, in the cache, that lists every indexed page's digest and year as the last build left them. */
const MANIFEST = 'manifest.json';

/** The language of every page, as Pagefind is told it and names its index files by it. */
const LANGUAGE = 'vi';

/** Pages read from disk and handed to Pagefind at once, when indexing a built site. */
const IN_FLIGHT = 32;

/** The month an indexed copy files its article under, from the date the article page sorts by (Vietnam time). */
const DATE_SORT = new RegExp(`data-pagefind-sort="${INDEX_FIELDS.date}:(\\d{4})-(\\d{2})`);

/** An indexed page as the manifest keeps it: the hash of its indexed copy, and its year and month. */
type PageRecord = [digest: string, year: number, month: number];

/** Where a build's search indexes say what they did. */
export interface IndexLogger {
  info(message: string): void;
}

/** What a build's search indexes are made with, besides its pages. */
export interface SearchIndexSettings {
  options: PagefindIndexOptions;
  /** A hash of what every index depends on besides its pages: the options, the code writing it, the lockfile (Pagefind's version). */
  digest: string;
  /** Where the last build's indexes and manifest are kept. */
  cacheDir: string;
  /** Where the site is built. */
  outDir: string;
}

/**
 * Pagefind's services: its npm API runs one service process per instance of its module, and
 * a service writes one index at a time on one core, so a second instance (the same module
 * at another address) lets two indexes be written at once.
 */
const services: (typeof pagefind)[] = [
  pagefind,
  await import(`${new URL(import.meta.resolve('pagefind'))}?second-service`),
];

/** Every search index this build writes, fed page by page as Astro renders. */
export class SearchIndexes {
  readonly #options: PagefindIndexOptions;
  /** `SearchIndexSettings.digest`. */
  readonly #settings: string;
  readonly #cacheDir: string;
  readonly #outDir: string;
  readonly #logger: IndexLogger;
  /** The last build's pages, by address, when its manifest was for the same settings. */
  #kept = new Map<string, PageRecord>();
  /** The pages rendered by this build, by address: the record of those with something to index. */
  readonly #rendered = new Map<string, PageRecord | undefined>();
  /** The indexed copies of the pages rendered by this build, by address. */
  readonly #copies = new Map<string, string>();
  /** The Pagefind index of each of the site's indexes fed as pages were rendered, by number, and the pages in it in order. */
  readonly #live = new Map<number, { index: Promise<ArticleIndex>; urls: string[] }>();
  /** The indexes whose every page this build renders, by number: their pages in the order Pagefind is given them. */
  readonly #whole = new Map<number, string[]>();
  /** For each of those, how many of its pages Pagefind was given, and the indexed copies of those rendered before their turn. */
  readonly #waiting = new Map<number, { next: number; pages: Map<string, string> }>();
  /** Each index's writing (or restoring) once begun, by number: how many pages it indexed again. */
  readonly #writes = new Map<number, Promise<number>>();
  /** Settled once the first index this build writes is written: the others go in its folder. */
  readonly #firstWritten = Promise.withResolvers<void>();

  constructor(settings: SearchIndexSettings, logger: IndexLogger) {
    this.#options = settings.options;
    this.#settings = settings.digest;
    this.#cacheDir = settings.cacheDir;
    this.#outDir = settings.outDir;
    this.#logger = logger;
  }

  /**
   * Reads the last build's manifest and removes it: if this build stops halfway, Astro's
   * site may hold pages the manifest does not describe, and the next build then reads
   * its pages back instead of trusting it.
   */
  async takeManifest(): Promise<void> {
    const path = join(this.#cacheDir, MANIFEST);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    await rm(path, { force: true });
    if (!text) return;
    const manifest = JSON.parse(text) as { settings: string; pages: Record<string, PageRecord> };
    if (manifest.settings === this.#settings) this.#kept = new Map(Object.entries(manifest.pages));
  }

  /** Every article page of the build, in the order they will be rendered, before the first is. */
  expect(pages: readonly ArticlePage[]): void {
    const partial = new Set<number>();
    for (const { url, searchIndex, rendered } of pages) {
      if (!rendered) partial.add(searchIndex);
      else if (this.#whole.has(searchIndex)) this.#whole.get(searchIndex)!.push(url);
      else this.#whole.set(searchIndex, [url]);
    }
    for (const number of partial) this.#whole.delete(number);
  }

  /** A page as rendered, as served at `url`. */
  add(url: string, html: string): void {
    const content = indexCopy(html, { dSpellings: this.#options.dSpellings !== false });
    const record = content === undefined ? undefined : recordOf(url, content);
    this.#rendered.set(url, record);
    if (content === undefined) return;
    this.#copies.set(url, content);
    const number = searchIndexOfMonth(searchIndexes, record![1], record![2]);
    const whole = this.#whole.get(number);
    if (!whole) return this.#feed(number, url, content);
    // Astro renders a few pages at once, and they may finish out of turn: an index whose
    // every page is rendered is fed them in its own order all the same, so it can be written
    // the moment its last page is in.
    let waiting = this.#waiting.get(number);
    if (!waiting) this.#waiting.set(number, (waiting = { next: 0, pages: new Map() }));
    waiting.pages.set(url, content);
    const fed = waiting.next;
    for (let next = whole[waiting.next]; next !== undefined && waiting.pages.has(next); next = whole[waiting.next]) {
      this.#feed(number, next, waiting.pages.get(next)!);
      waiting.pages.delete(next);
      waiting.next++;
    }
    if (fed < whole.length && waiting.next === whole.length) {
      const pages = new Map(whole.map((page) => [page, this.#rendered.get(page)!]));
      this.#write(number, whole, pages, true);
    }
  }

  /** Hands a page's indexed copy to the index fed as pages are rendered. */
  #feed(number: number, url: string, content: string): void {
    let live = this.#live.get(number);
    if (!live) this.#live.set(number, (live = { index: ArticleIndex.open(), urls: [] }));
    live.urls.push(url);
    void live.index.then((index) => index.add(url, content));
  }

  /**
   * The Pagefind index for the pages `urls` (in address order), given their indexed copies.
   * Pagefind's files depend on the order it is given pages in, so an index is always given
   * its pages in address order, whichever build makes it: the one fed as pages were rendered
   * when it got exactly those, in that order (a build from nothing renders each index's
   * articles by address, `renderOrder`), and otherwise a new one.
   */
  async #indexOf(number: number, urls: readonly string[], copies: ReadonlyMap<string, string>): Promise<ArticleIndex> {
    const live = this.#live.get(number);
    if (live && live.urls.length === urls.length && live.urls.every((url, at) => url === urls[at])) return live.index;
    if (live) await (await live.index).discard();
    const index = await ArticleIndex.open();
    for (const url of urls) index.add(url, copies.get(url)!);
    return index;
  }

  /**
   * The indexed copy of each page of `urls`: as rendered by this build, else as the index's
   * last version kept it when the page's digest is the same, else read back from the built
   * site. Resolves to the copies, and how many of them came from each.
   */
  async #copiesOf(
    urls: readonly string[],
    pages: ReadonlyMap<string, PageRecord>,
    kept: string,
  ): Promise<{ copies: Map<string, string>; fromKept: number; readBack: number }> {
    const last = await readFile(join(kept, COPIES), 'utf8').then(
      (text) => new Map(Object.entries(JSON.parse(text) as Record<string, [digest: string, content: string]>)),
      () => new Map<string, [string, string]>(),
    );
    const copies = new Map<string, string>();
    const back: string[] = [];
    let fromKept = 0;
    for (const url of urls) {
      const rendered = this.#copies.get(url);
      const [digest, content] = last.get(url) ?? [];
      if (rendered !== undefined) copies.set(url, rendered);
      else if (content !== undefined && digest === pages.get(url)![0]) {
        copies.set(url, content);
        fromKept++;
      } else back.push(url);
    }
    for (const [url, content] of await readFromDisk(this.#outDir, back, this.#options)) copies.set(url, content);
    return { copies, fromKept, readBack: back.length };
  }

  /** Writes or restores every index of this build not written yet, once Astro has written every page; then the manifest. */
  async finish(urls: readonly string[]): Promise<void> {
    try {
      const pages = new Map<string, PageRecord>();
      const unknown: string[] = [];
      for (const url of urls) {
        const record = this.#rendered.has(url) ? this.#rendered.get(url) : this.#kept.get(url);
        if (record) pages.set(url, record);
        else if (!this.#rendered.has(url)) unknown.push(url);
      }
      // Kept pages the last build's manifest does not describe (no manifest, other settings): read them once.
      for (const [url, content] of await readFromDisk(this.#outDir, unknown, this.#options)) {
        this.#copies.set(url, content);
        pages.set(url, recordOf(url, content));
      }
      const byIndex = new Map<number, string[]>(builtSearchIndexes.map((number) => [number, []]));
      for (const [url, [, year, month]] of pages) {
        const number = searchIndexOfMonth(searchIndexes, year, month);
        const members = byIndex.get(number);
        if (!members) throw new Error(`${url}: its year ${year} belongs to another part's search index`);
        members.push(url);
      }
      const written = [...byIndex].map(([number, members]) => {
        members.sort();
        const early = this.#whole.get(number);
        if (this.#writes.has(number) && early!.join('\0') !== members.join('\0')) {
          throw new Error(
            `${searchBundleOf(searchIndexes, number)}: written with other pages than the site's articles of its years`,
          );
        }
        return this.#writes.get(number) ?? this.#write(number, members, pages, false);
      });
      const indexed = (await Promise.all(written)).reduce((sum, count) => sum + count, 0);
      await this.#forgetOthers(byIndex);
      if (rendersListings) await hintSearchPage(this.#outDir);
      const manifest = { settings: this.#settings, pages: Object.fromEntries(pages) };
      const path = join(this.#cacheDir, MANIFEST);
      await mkdir(this.#cacheDir, { recursive: true });
      await writeFile(`${path}.tmp`, JSON.stringify(manifest));
      await rename(`${path}.tmp`, path);
      this.#logger.info(`Search: ${pages.size} pages in ${byIndex.size} indexes, ${indexed} indexed again`);
    } finally {
      await this.close();
    }
  }

  /** Stops Pagefind's services once any index being written is done: `finish` does, and a build that fails before it. */
  async close(): Promise<void> {
    await Promise.allSettled(this.#writes.values());
    await Promise.all(services.map((service) => service.close()));
  }

  /**
   * Begins writing index `number` of the pages `members` (in address order), or restoring it
   * when none of them changed, and resolves to how many pages it indexed again. The first
   * index this build writes (the newest, whose folder, `/pagefind/`, holds the others' and is
   * emptied by writing it) goes first; the others then at once, each service writing one at
   * a time. `whileRendering`: begun as its last page was rendered, not once every page was.
   */
  #write(
    number: number,
    members: readonly string[],
    pages: ReadonlyMap<string, PageRecord>,
    whileRendering: boolean,
  ): Promise<number> {
    const first = number === builtSearchIndexes[0];
    const written = (first ? Promise.resolve() : this.#firstWritten.promise).then(() =>
      this.#writeIndex(number, members, pages, whileRendering),
    );
    if (first)
      void written.then(
        () => this.#firstWritten.resolve(),
        () => this.#firstWritten.resolve(),
      );
    // Awaited by `finish`; until then a failure must not end the process as unhandled.
    written.catch(() => undefined);
    this.#writes.set(number, written);
    return written;
  }

  async #writeIndex(
    number: number,
    members: readonly string[],
    pages: ReadonlyMap<string, PageRecord>,
    whileRendering: boolean,
  ): Promise<number> {
    const bundle = searchBundleOf(searchIndexes, number).slice(1, -1);
    const output = join(this.#outDir, bundle);
    const kept = join(this.#cacheDir, encodeURIComponent(bundle));
    const fingerprint = this.#fingerprintOf(bundle, members, pages);
    if ((await readFile(join(kept, FINGERPRINT), 'utf8').catch(() => undefined)) === fingerprint) {
      await this.#live.get(number)?.index.then((index) => index.discard());
      await linkTree(join(kept, 'index'), output);
      this.#logger.info(`${bundle}/: ${members.length} pages, none changed: the last build's index`);
      return 0;
    }
    const { copies, fromKept, readBack } = await this.#copiesOf(members, pages, kept);
    await (await this.#indexOf(number, members, copies)).write(output);
    // The newest index alone answers a first search: its results' cards, kept with it.
    if (number === 0) await writeResultCards(output);
    await rm(kept, { recursive: true, force: true });
    await linkTree(output, join(kept, 'index'));
    const keptCopies = Object.fromEntries(members.map((url) => [url, [pages.get(url)![0], copies.get(url)!]]));
    await writeFile(join(kept, COPIES), JSON.stringify(keptCopies));
    await writeFile(join(kept, FINGERPRINT), fingerprint);
    this.#logger.info(
      `${bundle}/: Pagefind indexed ${members.length} pages: ${members.length - fromKept - readBack} as they were rendered, ` +
        `${fromKept} as the last index had them, ${readBack} read back from the built site` +
        (whileRendering ? '; begun as its last page was rendered' : ''),
    );
    return members.length;
  }

  /** What an index is made from: the settings, where it is served, and each page's address and digest. */
  #fingerprintOf(bundle: string, urls: readonly string[], pages: ReadonlyMap<string, PageRecord>): string {
    const hash = createHash('sha256').update(this.#settings).update(`\0${bundle}`);
    for (const url of urls) hash.update(`\0${url}\0${pages.get(url)![0]}`);
    return hash.digest('hex');
  }

  /** Removes kept indexes this build does not have (the years regrouped): nothing reads them again. */
  async #forgetOthers(byIndex: ReadonlyMap<number, string[]>): Promise<void> {
    const names = new Set(
      [...byIndex.keys()].map((number) => encodeURIComponent(searchBundleOf(searchIndexes, number).slice(1, -1))),
    );
    for (const entry of await readdir(this.#cacheDir, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory() && !names.has(entry.name))
        await rm(join(this.#cacheDir, entry.name), { recursive: true });
    }
  }
}

/** Pagefind's files start with this, once inflated. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * Writes beside the index at `output` the cards of its results (src/lib/search/result-cards.ts),
 * read from the fragments Pagefind wrote, named by the hash of their content.
 */
async function writeResultCards(output: string): Promise<void> {
  const folder = join(output, 'fragment');
  const fragments = new Map<string, string>();
  // An index of no pages has no fragments.
  const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.pf_fragment'));
  for (let at = 0; at < names.length; at += IN_FLIGHT) {
    const batch = names.slice(at, at + IN_FLIGHT);
    const texts = await Promise.all(batch.map((name) => readFile(join(folder, name))));
    batch.forEach((name, index) => {
      const text = gunzipSync(texts[index]!).toString('utf8');
      if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment`);
      fragments.set(name.slice(0, -'.pf_fragment'.length), text.slice(PAGEFIND_SIGNATURE.length));
    });
  }
  const text = resultCardsText(fragments);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  await writeFile(join(output, resultCardsFile(hash)), text);
}

/**
 * Puts in the search page the hints that have a phone ask for the newest index's files as
 * the page arrives (`withSearchPreloads`): they are named only once that index is written,
 * after the page was rendered.
 */
async function hintSearchPage(outDir: string): Promise<void> {
  const page = join(outDir, fileOf(routes.search()));
  const bundle = searchBundleOf(searchIndexes, 0);
  const entry = JSON.parse(await readFile(join(outDir, bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const index = entry.languages[LANGUAGE];
  if (!index) throw new Error(`${bundle}pagefind-entry.json has no index for “${LANGUAGE}”`);
  const chunks = indexChunksOf(gunzipSync(await readFile(join(outDir, bundle, `pagefind.${index.hash}.pf_meta`))));
  const cards = (await readdir(join(outDir, bundle))).find((name) => RESULT_CARDS_FILE.test(name));
  if (!cards) throw new Error(`${bundle} has no cards of its results`);
  await writeFile(page, withSearchPreloads(await readFile(page, 'utf8'), bundle, index, chunks, cards));
}

function recordOf(url: string, content: string): PageRecord {
  const date = DATE_SORT.exec(content);
  if (!date) throw new Error(`${url}: the article page has no date for the search index to sort by`);
  return [createHash('sha256').update(content).digest('base64url'), Number(date[1]), Number(date[2])];
}

/**
 * Puts a copy of the folder `from` at `to` (replacing it) by hard links: an index is
 * thousands of files that never change once written, so linking costs no copy of their
 * bytes. Where the two are on different disks, the files are copied.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const targetOf = (entry: Dirent) => join(to, join(entry.parentPath, entry.name).slice(from.length + 1));
  for (const entry of entries) if (entry.isDirectory()) await mkdir(targetOf(entry), { recursive: true });
  const files = entries.filter((entry) => entry.isFile());
  for (let at = 0; at < files.length; at += IN_FLIGHT) {
    await Promise.all(
      files.slice(at, at + IN_FLIGHT).map(async (entry) => {
        const source = join(entry.parentPath, entry.name);
        try {
          await link(source, targetOf(entry));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
          await copyFile(source, targetOf(entry));
        }
      }),
    );
  }
}

/**
 * Reads the pages at `urls` (`/bai-viet/a/`) from the built site and returns the indexed
 * copies of those with an article, in address order, whatever order the reads finish in:
 * the index is the same every time.
 */
async function readFromDisk(
  outDir: string,
  urls: readonly string[],
  options: PagefindIndexOptions,
): Promise<[url: string, content: string][]> {
  const sorted = [...urls].sort();
  const copies: [string, string][] = [];
  for (let from = 0; from < sorted.length; from += IN_FLIGHT) {
    const batch = sorted.slice(from, from + IN_FLIGHT);
    const htmls = await Promise.all(batch.map((url) => readFile(join(outDir, fileOf(url)), 'utf8')));
    batch.forEach((url, at) => {
      const content = indexCopy(htmls[at]!, { dSpellings: options.dSpellings !== false });
      if (content) copies.push([url, content]);
    });
  }
  return copies;
}

/**
 * Writes `pagefind/` afresh for a site already built, reading its pages from disk (what
 * `npm run bench:search` measures with and without the `d` spellings).
 */
export async function indexSite(outDir: string, options: PagefindIndexOptions = {}): Promise<{ pages: number }> {
  try {
    const index = await ArticleIndex.open();
    const files = (await readdir(outDir, { recursive: true })).filter((path) => path.endsWith('.html'));
    const copies = await readFromDisk(outDir, files.map(urlOf), options);
    for (const [url, content] of copies) index.add(url, content);
    await index.write(join(outDir, 'pagefind'));
    return { pages: copies.length };
  } finally {
    await Promise.all(services.map((service) => service.close()));
  }
}

/**
 * One Pagefind index of articles, fed their indexed copies: only the `data-pagefind-body`
 * element (with the `d` spellings of its `đ` words), never menus or footers.
 */
class ArticleIndex {
  readonly #index: pagefind.PagefindIndex;
  readonly #added: Promise<string[]>[] = [];

  private constructor(index: pagefind.PagefindIndex) {
    this.#index = index;
  }

  /** How many indexes were opened: the next goes to the next service. */
  static #opened = 0;

  /**
   * A new index, in the service after the last index's: indexes are opened in the order their
   * pages come, so the two written one after the other are written by different services.
   */
  static async open(): Promise<ArticleIndex> {
    const service = services[ArticleIndex.#opened++ % services.length]!;
    const created = await service.createIndex({ forceLanguage: LANGUAGE });
    if (!created.index) throw new Error(created.errors.join('\n'));
    return new ArticleIndex(created.index);
  }

  /** Hands Pagefind a page's indexed copy; it works on it while the caller goes on. Pages are indexed in the order given. */
  add(url: string, content: string): void {
    this.#added.push(
      this.#index.addHTMLFile({ url, content }).then(({ errors }) => errors.map((error) => `${url}: ${error}`)),
    );
  }

  /** Frees what Pagefind holds for an index that will not be written. */
  async discard(): Promise<void> {
    await this.#index.deleteIndex();
  }

  /** Writes the index to `outputPath` once every page given is in. */
  async write(outputPath: string): Promise<void> {
    const errors = (await Promise.all(this.#added)).flat();
    if (errors.length > 0) throw new Error(errors.join('\n'));
    // Pagefind adds its files beside whatever is there; an index written over an older one would keep its files.
    await rm(outputPath, { recursive: true, force: true });
    const written = await this.#index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    await Promise.all(UNUSED_FILES.map((name) => rm(join(outputPath, name), { force: true })));
  }
}

/** `bai-viet/a/index.html` → `/bai-viet/a/`, the address the page is served at. */
function urlOf(path: string): string {
  return `/${path.split(sep).join('/')}`.replace(/index\.html$/, '');
}

/** `/bai-viet/a/` → `bai-viet/a/index.html`, and `/404.html` as it is. */
function fileOf(url: string): string {
  return url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
}
