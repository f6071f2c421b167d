import type { IndexChunk } from './index-chunks.ts';

/** Pagefind's `pagefind-entry.json`, as far as the search page's hints need it. */
export interface PagefindEntry {
  languages: Record<string, PagefindLanguageIndex | undefined>;
}

/** A language's index: its metadata's hash, and the WebAssembly for the language (none: the generic one). */
export interface PagefindLanguageIndex {
  hash: string;
  wasm: string | null;
}

/** The element of the search page's head that lists the newest index's chunks (`IndexChunk`s, as JSON). */
export const INDEX_CHUNKS_ID = 'search-index-chunks';

/** The head's hint of the newest index's result cards (src/lib/search/result-cards.ts), which the page's script reads. */
export const RESULT_CARDS_ID = 'search-result-cards';

/** The page's own module scripts, as Astro writes them. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;

/**
 * The search page with hints in its head that have the browser ask for everything a first
 * search needs at once, as the head arrives, before any script runs: the page's script,
 * Pagefind's code, its entry file, the index's metadata and its WebAssembly. Loaded the
 * usual way, each waits for the one before it (the page's script imports Pagefind, which
 * reads its entry file, which names the metadata), a round trip each, 150 ms apiece on a
 * phone's network; and the browser holds back the page's own script, which it ranks low,
 * behind the stylesheet. The entry file is asked for with the metadata's hash as its tag:
 * the page's script gives Pagefind that tag (`metaCacheTag`), so Pagefind asks for the very
 * address preloaded instead of one with the time in it, and a new index still gets a new
 * address. Fetches are preloaded in CORS mode (`crossorigin`), as Pagefind's own `fetch`
 * asks for them; the browser would otherwise fetch them twice. The head also lists the
 * index's chunks (`chunks`, from its metadata), from which the page's script asks for those
 * of the reader's query at once, before Pagefind has started (src/lib/search/index-chunks.ts),
 * and asks for the index's result cards (`cards`, the file's name in the index's folder),
 * from which the first results go on screen before their fragments arrive.
 */
export function withSearchPreloads(
  html: string,
  bundle: string,
  index: PagefindLanguageIndex,
  chunks: readonly IndexChunk[],
  cards: string,
): string {
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('the search page has no </head> to put its hints in');
  const modules = [...[...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!), `${bundle}pagefind.js`];
  const fetched = [
    `${bundle}pagefind-entry.json?ts=${index.hash}`,
    `${bundle}pagefind.${index.hash}.pf_meta`,
    `${bundle}wasm.${index.wasm ?? 'unknown'}.pagefind`,
  ];
  // As JSON in a data block, with `<` escaped so that no word could end the element.
  const listed = JSON.stringify(chunks).replace(/</g, '\\u003c');
  const hints = [
    ...modules.map((href) => `<link rel="modulepreload" href="${href}">`),
    ...fetched.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`),
    `<link rel="preload" href="${bundle}${cards}" as="fetch" crossorigin id="${RESULT_CARDS_ID}">`,
    `<script type="application/json" id="${INDEX_CHUNKS_ID}">${listed}</script>`,
  ];
  return `${html.slice(0, end)}${hints.join('')}${html.slice(end)}`;
}
