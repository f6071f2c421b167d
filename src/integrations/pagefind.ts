import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pageKeys } from '../lib/build/kept-pages.ts';
import {
  releaseRenderedPages,
  takeRenderedPages,
  type ArticlePage,
  type RenderedPages,
} from '../lib/build/rendered-pages.ts';
import { routes } from '../lib/site/routes.ts';
import type { FromIndexer, ToIndexer } from './search-index-worker.ts';
import type { PagefindIndexOptions, SearchIndexSettings } from './search-indexes.ts';

/** Where article pages are served, the only pages with something to index. */
const ARTICLE_URLS = routes.article('').slice(0, -1);

/**
 * Rendered pages posted to the indexing thread at once. A message costs the render thread
 * ~0.3 ms while the other core is busy (waking the thread, whatever the page's size), 3 s
 * of 10 000 pages one by one; in batches it is a tenth of that.
 */
const PAGES_A_MESSAGE = 32;

/** The code that writes the indexes: what it writes changes with it, and a kept index must not outlive it. */
const INDEXING_CODE = [
  './pagefind.ts',
  './search-indexes.ts',
  './search-index-worker.ts',
  '../lib/search/result-cards.ts',
].map((path) => new URL(path, import.meta.url));

/**
 * Builds the site's search indexes, one per run of years (`planSearchIndexes`), as
 * `astro build` renders: the middleware (src/middleware.ts) hands over each page the
 * moment it is rendered to a thread of its own (src/integrations/search-index-worker.ts),
 * which extracts what to index and hands it to Pagefind's services (processes of their own),
 * all on the other core.
 *
 * Pagefind cannot add to an index, so what keeps a build after an edit short is not
 * indexing what has not changed: an index whose pages are all as the last build left them
 * is that build's index, linked from Astro's cache. Pages kept from the last build's site
 * instead of rendered (src/integrations/kept-site.ts) are what that build made of them:
 * their digests come from the manifest it wrote, not from reading them again. Only an index
 * with a changed, added or removed page is made again, reading its kept pages back from
 * the built site. Every article page of the site has a key (`rendersPage`), rendered or
 * kept: those are the pages indexed.
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  let indexer: Indexer | undefined;
  let cacheDir = '';
  let lockfile = '';
  let outDir = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'search-index');
        lockfile = join(fileURLToPath(config.root), 'package-lock.json');
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ logger }) => {
        const hash = createHash('sha256').update(`dSpellings=${options.dSpellings !== false}`);
        for (const file of INDEXING_CODE) hash.update('\0').update(await readFile(file));
        hash.update('\0').update(await readFile(lockfile).catch(() => ''));
        indexer = new Indexer({ options, digest: hash.digest('hex'), cacheDir, outDir }, logger);
        takeRenderedPages(indexer);
      },
      'astro:build:done': async () => {
        releaseRenderedPages(indexer!);
        const keys = pageKeys();
        if (!keys) throw new Error('the search index needs the kept-site integration after it, which lists every page');
        await indexer!.finish([...keys.keys.keys()].filter((url) => url.startsWith(ARTICLE_URLS)));
      },
    },
  };
}

/** The build's side of the indexing thread: hands it the pages, and waits for it to finish. */
class Indexer implements RenderedPages {
  readonly #worker: Worker;
  readonly #finished: Promise<void>;
  /** Pages rendered and not yet posted. */
  #rendered: { url: string; html: string }[] = [];

  constructor(settings: SearchIndexSettings, logger: AstroIntegrationLogger) {
    this.#worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: settings });
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    this.#finished = promise;
    this.#worker.on('message', (message: FromIndexer) => {
      if (message.type === 'log') logger.info(message.message);
      else if (message.type === 'finished') resolve();
      else reject(new Error(message.message));
    });
    this.#worker.on('error', reject);
    this.#worker.on('exit', (code) => reject(new Error(`the search index's thread stopped (exit code ${code})`)));
    // Awaited by `finish`; until then a failure must not end the process as unhandled.
    promise.catch(() => undefined);
  }

  expect(pages: readonly ArticlePage[]): void {
    const sent = pages.map(({ url, searchIndex, rendered }) => ({ url, searchIndex, rendered }));
    this.#post({ type: 'expect', pages: sent });
  }

  add(url: string, html: string): void {
    this.#rendered.push({ url, html });
    if (this.#rendered.length === PAGES_A_MESSAGE) this.#postRendered();
  }

  /** Writes or restores every index once Astro has written every page (`urls`: every article page, rendered or kept). */
  async finish(urls: string[]): Promise<void> {
    this.#postRendered();
    this.#post({ type: 'finish', urls });
    try {
      await this.#finished;
    } finally {
      await this.#worker.terminate();
    }
  }

  #postRendered(): void {
    if (this.#rendered.length > 0) this.#post({ type: 'add', pages: this.#rendered });
    this.#rendered = [];
  }

  #post(message: ToIndexer): void {
    this.#worker.postMessage(message);
  }
}
