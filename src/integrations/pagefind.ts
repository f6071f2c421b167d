import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundleDir } from '../data/site-part.ts';
import { indexCopy } from '../lib/search/index-copy.ts';
import { routes } from '../lib/site/routes.ts';
import { takeRenderedPages, type RenderedPages } from '../lib/search/rendered-pages.ts';

export interface PagefindIndexOptions {
  /**
   * Index each `đ` word under its `d` spelling too, so `duoc` finds `được`. Off only to
   * measure what it costs (`npm run bench:search`).
   */
  dSpellings?: boolean;
}

/** Where article pages are served, the only pages with something to index. */
const ARTICLE_URLS = routes.article('').slice(0, -1);

/** The file in the kept index's folder that says what it was made from. */
const FINGERPRINT = 'fingerprint';

/** Pages read from disk and handed to Pagefind at once, when indexing a built site. */
const IN_FLIGHT = 32;

/**
 * Builds the search index as `astro build` renders: the middleware (src/middleware.ts)
 * hands over each page the moment it is rendered, Pagefind (a process of its own) indexes
 * it on the other core, and when the build is done only writing `pagefind/` is left.
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  let index: ArticleIndex | undefined;
  let cache: IndexCache | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = new IndexCache(
          join(fileURLToPath(config.cacheDir), 'search-index', searchBundleDir),
          `dSpellings=${options.dSpellings !== false}`,
          join(fileURLToPath(config.root), 'package-lock.json'),
        );
      },
      'astro:build:start': async () => {
        index = await ArticleIndex.open(options);
        takeRenderedPages(index);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        takeRenderedPages(undefined);
        const outDir = fileURLToPath(dir);
        const output = join(outDir, searchBundleDir);
        // Astro's incremental build copies the pages it did not render from its cache: read those from disk.
        const keptUrls = pages.map(({ pathname }) => `/${pathname}`).filter((url) => url.startsWith(ARTICLE_URLS));
        const kept = await index!.readFromDisk(outDir, keptUrls);
        const fingerprint = await cache!.fingerprintOf(index!.pages());
        // Pages rendered again with the same text (a neighbour's title changed) leave the index as it was.
        if (await cache!.restore(fingerprint, output)) {
          await index!.close();
          logger.info(
            `No article changed: the search index of ${index!.pages().size} pages is the last build's, in ${searchBundleDir}/`,
          );
          return;
        }
        for (const [url, content] of kept) index!.index(url, content);
        const indexed = await index!.write(output);
        await cache!.save(fingerprint, output);
        logger.info(
          `Pagefind indexed ${indexed} pages, ${indexed - kept.length} as they were rendered and ${kept.length} kept from the last build; the index is in ${searchBundleDir}/`,
        );
      },
    },
  };
}

/**
 * The last build's search index, kept in Astro's cache with a fingerprint of what it was
 * made from: every article's indexed copy, the options and the lockfile (Pagefind's
 * version). A build whose fingerprint is the same, as an hourly rebuild with nothing new,
 * copies it instead of indexing every article again.
 */
class IndexCache {
  readonly #dir: string;
  readonly #options: string;
  readonly #lockfile: string;

  constructor(dir: string, options: string, lockfile: string) {
    this.#dir = dir;
    this.#options = options;
    this.#lockfile = lockfile;
  }

  async fingerprintOf(pages: ReadonlyMap<string, string>): Promise<string> {
    const hash = createHash('sha256').update(this.#options).update('\0');
    hash.update(await readFile(this.#lockfile).catch(() => ''));
    for (const url of [...pages.keys()].sort()) hash.update(`\0${url}\0${pages.get(url)}`);
    return hash.digest('hex');
  }

  /** Copies the kept index to `output` if it was made from the same fingerprint; whether it did. */
  async restore(fingerprint: string, output: string): Promise<boolean> {
    const kept = await readFile(join(this.#dir, FINGERPRINT), 'utf8').catch(() => undefined);
    if (kept !== fingerprint) return false;
    await rm(output, { recursive: true, force: true });
    await cp(join(this.#dir, 'index'), output, { recursive: true });
    return true;
  }

  /** Keeps the index just written, its fingerprint last, so an interrupted copy is never taken for whole. */
  async save(fingerprint: string, output: string): Promise<void> {
    await rm(this.#dir, { recursive: true, force: true });
    await cp(output, join(this.#dir, 'index'), { recursive: true });
    await writeFile(join(this.#dir, FINGERPRINT), fingerprint);
  }
}

/**
 * Writes `pagefind/` afresh for a site already built, reading its pages from disk (what
 * `npm run bench:search` measures with and without the `d` spellings).
 */
export async function indexSite(outDir: string, options: PagefindIndexOptions = {}): Promise<{ pages: number }> {
  const index = await ArticleIndex.open(options);
  const files = (await readdir(outDir, { recursive: true })).filter((path) => path.endsWith('.html'));
  for (const [url, content] of await index.readFromDisk(outDir, files.map(urlOf))) index.index(url, content);
  return { pages: await index.write(join(outDir, 'pagefind')) };
}

/**
 * A Pagefind index of the site's articles. Only pages with a `data-pagefind-body` element
 * are indexed, and only that element (with the `d` spellings of its `đ` words), never
 * menus or footers.
 */
class ArticleIndex implements RenderedPages {
  readonly #index: pagefind.PagefindIndex;
  readonly #dSpellings: boolean;
  readonly #added: Promise<string[]>[] = [];
  /** Every page handed over, indexed or not (a page without an article element is not). */
  readonly #seen = new Set<string>();
  /** The hash of each indexed page's copy, by address. */
  readonly #pages = new Map<string, string>();

  private constructor(index: pagefind.PagefindIndex, dSpellings: boolean) {
    this.#index = index;
    this.#dSpellings = dSpellings;
  }

  static async open(options: PagefindIndexOptions): Promise<ArticleIndex> {
    const created = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!created.index) throw new Error(created.errors.join('\n'));
    return new ArticleIndex(created.index, options.dSpellings !== false);
  }

  /** Takes a page as it is rendered; Pagefind works on it while the caller goes on. Pages are indexed in the order given. */
  add(url: string, html: string): void {
    const content = this.#copyOf(url, html);
    if (content) this.index(url, content);
  }

  /** Hands Pagefind a page's indexed copy. */
  index(url: string, content: string): void {
    this.#added.push(
      this.#index.addHTMLFile({ url, content }).then(({ errors }) => errors.map((error) => `${url}: ${error}`)),
    );
  }

  #copyOf(url: string, html: string): string | undefined {
    this.#seen.add(url);
    const content = indexCopy(html, { dSpellings: this.#dSpellings });
    if (content) this.#pages.set(url, createHash('sha256').update(content).digest('base64url'));
    return content;
  }

  /** Each indexed page's address and the hash of its copy. */
  pages(): ReadonlyMap<string, string> {
    return this.#pages;
  }

  /**
   * Reads the pages at `urls` (`/bai-viet/a/`) that were not handed over from the built
   * site, and returns the indexed copies of those with an article, in address order,
   * whatever order the reads finish in: the index is the same every time.
   */
  async readFromDisk(outDir: string, urls: readonly string[]): Promise<[url: string, content: string][]> {
    const missing = urls.filter((url) => !this.#seen.has(url)).sort();
    const copies: [string, string][] = [];
    for (let from = 0; from < missing.length; from += IN_FLIGHT) {
      const batch = missing.slice(from, from + IN_FLIGHT);
      const htmls = await Promise.all(batch.map((url) => readFile(join(outDir, fileOf(url)), 'utf8')));
      batch.forEach((url, at) => {
        const content = this.#copyOf(url, htmls[at]!);
        if (content) copies.push([url, content]);
      });
    }
    return copies;
  }

  /** Writes the index once every page given is in, and shuts Pagefind down; the number of pages indexed. */
  async write(outputPath: string): Promise<number> {
    try {
      const errors = (await Promise.all(this.#added)).flat();
      if (errors.length > 0) throw new Error(errors.join('\n'));
      // Pagefind adds its files beside whatever is there; an index written over an older one would keep its files.
      await rm(outputPath, { recursive: true, force: true });
      const written = await this.#index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
      return this.#added.length;
    } finally {
      await this.close();
    }
  }

  /** Shuts Pagefind down. */
  async close(): Promise<void> {
    await pagefind.close();
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
