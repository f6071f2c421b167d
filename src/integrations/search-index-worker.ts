import { parentPort, workerData } from 'node:worker_threads';
import type { ArticlePage } from '../lib/build/rendered-pages.ts';
import { SearchIndexes, type SearchIndexSettings } from './search-indexes.ts';

/**
 * The thread that builds the search indexes (src/integrations/search-indexes.ts) while Astro
 * renders on the build's main thread: extracting each page's indexed copy and handing it to
 * Pagefind's services is a fifth of what rendering 10 000 articles costs, and on this thread
 * it runs on the other core instead of delaying the next page.
 */

/** What the build's main thread tells this one, in order. */
export type ToIndexer =
  | { type: 'expect'; pages: ArticlePage[] }
  | { type: 'add'; pages: { url: string; html: string }[] }
  | { type: 'finish'; urls: string[] };

/** What this thread tells the main thread. */
export type FromIndexer = { type: 'log'; message: string } | { type: 'finished' } | { type: 'failed'; message: string };

const port = parentPort!;
const tell = (message: FromIndexer) => port.postMessage(message);
const indexes = new SearchIndexes(workerData as SearchIndexSettings, {
  info: (message) => tell({ type: 'log', message }),
});
await indexes.takeManifest();

/** The first page that could not be indexed: the build fails with it once every page is rendered. */
let failure: Error | undefined;

port.on('message', (message: ToIndexer) => {
  if (message.type === 'expect') indexes.expect(message.pages);
  else if (message.type === 'add') {
    for (const { url, html } of message.pages) {
      if (failure) return;
      try {
        indexes.add(url, html);
      } catch (error) {
        failure = error as Error;
      }
    }
  } else {
    const finished = failure ? indexes.close().then(() => Promise.reject(failure)) : indexes.finish(message.urls);
    finished.then(
      () => tell({ type: 'finished' }),
      (error: Error) => tell({ type: 'failed', message: error.stack ?? String(error) }),
    );
  }
});
