import { INDEX_FIELDS } from './index-fields.ts';
import { THUMBNAIL_FIELD } from './result-thumbnail.ts';

/**
 * What a search result shows above its excerpt (headline, address, date, category,
 * thumbnail) for every article of the newest search index, in one small file written beside
 * that index: the search page puts its first results on screen from it as soon as the
 * search has ranked them, and fills in each excerpt when Pagefind's fragment of the article
 * (its whole text, one file a result) arrives. The fragments are otherwise one more round
 * trip, after the search, before anything is on screen (docs/performance.md, issue 13).
 */

/** The file's name in the index's folder; `hash` names its content, as Pagefind's own files are named. */
export const RESULT_CARDS_FILE = /^result-cards\.([0-9a-f]+)\.json$/;
export const resultCardsFile = (hash: string) => `result-cards.${hash}.json`;

/** What a result shows but its excerpt, as Pagefind's fragment of the article has it. */
export interface ResultCard {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Pagefind's fragment of a page, as far as a card needs it (`pagefind.js`'s `loadFragment`). */
interface Fragment {
  url: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** A card in the file: the address, headline, date as written, category slug and thumbnail address. */
type Row = [url: string, title: string, published: string, category: string, image: string];

/** The fields of the card file, in the order of a row after the address. */
const META = [INDEX_FIELDS.title, INDEX_FIELDS.published] as const;

/**
 * The card file's text for the pages of an index, given each of its fragment files' text
 * (inflated, after Pagefind's signature), by the file's hash: `{"vi_1a2b3c4": [url, title,
 * published, category, image], …}`, keyed by Pagefind's id of the page, sorted, so the same
 * index always gives the same file. A fragment file holds one page or, when Pagefind groups
 * them, an object of pages by id; either way each page is keyed by its own id.
 */
export function resultCardsText(fragments: ReadonlyMap<string, string>): string {
  const rows: [string, Row][] = [];
  for (const [hash, text] of fragments) {
    const parsed = JSON.parse(text) as Fragment | Record<string, Fragment>;
    const pages: [string, Fragment][] =
      typeof parsed.url === 'string'
        ? [[hash, parsed as Fragment]]
        : Object.entries(parsed as Record<string, Fragment>);
    for (const [id, page] of pages) {
      if (typeof page.url !== 'string') throw new Error(`fragment ${id} has no address`);
      const meta = page.meta ?? {};
      rows.push([
        id,
        [
          page.url,
          ...(META.map((field) => meta[field] ?? '') as [string, string]),
          page.filters?.[INDEX_FIELDS.category]?.[0] ?? '',
          meta[THUMBNAIL_FIELD] ?? '',
        ],
      ]);
    }
  }
  rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(rows));
}

/**
 * The cards of a card file, by Pagefind's id of the page; a row that is not five strings is
 * left out (its result then waits for its fragment, as without the file).
 */
export function readResultCards(json: unknown): Map<string, ResultCard> {
  const cards = new Map<string, ResultCard>();
  if (typeof json !== 'object' || json === null) return cards;
  for (const [id, row] of Object.entries(json)) {
    if (!Array.isArray(row) || row.length !== 5 || !row.every((field) => typeof field === 'string')) continue;
    const [url, title, published, category, image] = row as Row;
    // An empty field is one the fragment did not have.
    const field = (value: string) => value || undefined;
    cards.set(id, {
      url,
      meta: {
        [INDEX_FIELDS.title]: field(title),
        [INDEX_FIELDS.published]: field(published),
        [THUMBNAIL_FIELD]: field(image),
      },
      filters: { [INDEX_FIELDS.category]: category ? [category] : [] },
    });
  }
  return cards;
}
