import { readdir, readFile, rm } from 'node:fs/promises';
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

/** Pages read from disk and handed to Pagefind at once, when indexing a built site. */
const IN_FLIGHT = 32;

/**
 * Builds the search index as `astro build` renders: the middleware (src/middleware.ts)
 * hands over each page the moment it is rendered, Pagefind (a process of its own) indexes
 * it on the other core, and when the build is done only writing `pagefind/` is left.
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  let index: ArticleIndex | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:start': async () => {
        index = await ArticleIndex.open(options);
        takeRenderedPages(index);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        takeRenderedPages(undefined);
        const outDir = fileURLToPath(dir);
        // Astro's incremental build copies the pages it did not render from its cache: read those from disk.
        const kept = pages.map(({ pathname }) => `/${pathname}`).filter((url) => url.startsWith(ARTICLE_URLS));
        const read = await index!.addFromDisk(outDir, kept);
        const indexed = await index!.write(join(outDir, searchBundleDir));
        logger.info(
          `Pagefind indexed ${indexed} pages, ${indexed - read} as they were rendered and ${read} kept from the last build; the index is in ${searchBundleDir}/`,
        );
      },
    },
  };
}

/**
 * Writes `pagefind/` afresh for a site already built, reading its pages from disk (what
 * `npm run bench:search` measures with and without the `d` spellings).
 */
export async function indexSite(outDir: string, options: PagefindIndexOptions = {}): Promise<{ pages: number }> {
  const index = await ArticleIndex.open(options);
  const files = (await readdir(outDir, { recursive: true })).filter((path) => path.endsWith('.html'));
  await index.addFromDisk(outDir, files.map(urlOf));
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

  private constructor(index: pagefind.PagefindIndex, dSpellings: boolean) {
    this.#index = index;
    this.#dSpellings = dSpellings;
  }

  static async open(options: PagefindIndexOptions): Promise<ArticleIndex> {
    const created = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!created.index) throw new Error(created.errors.join('\n'));
    return new ArticleIndex(created.index, options.dSpellings !== false);
  }

  /** Takes a page; Pagefind works on it while the caller goes on. Pages are indexed in the order given. */
  add(url: string, html: string): void {
    this.#seen.add(url);
    const content = indexCopy(html, { dSpellings: this.#dSpellings });
    if (!content) return;
    this.#added.push(
      this.#index.addHTMLFile({ url, content }).then(({ errors }) => errors.map((error) => `${url}: ${error}`)),
    );
  }

  /**
   * Reads the pages at `urls` (`/bai-viet/a/`) from the built site and adds those not
   * handed over already, in address order, whatever order the reads finish in: the index
   * is the same every time. Returns how many it added.
   */
  async addFromDisk(outDir: string, urls: readonly string[]): Promise<number> {
    const missing = urls.filter((url) => !this.#seen.has(url)).sort();
    for (let from = 0; from < missing.length; from += IN_FLIGHT) {
      const batch = missing.slice(from, from + IN_FLIGHT);
      const htmls = await Promise.all(batch.map((url) => readFile(join(outDir, fileOf(url)), 'utf8')));
      batch.forEach((url, at) => this.add(url, htmls[at]!));
    }
    return missing.length;
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
      await pagefind.close();
    }
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
