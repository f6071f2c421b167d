import { dSpellings } from './d-spellings.ts';
import { INDEX_FIELDS } from './index-fields.ts';
import { indexedElement } from './indexed-element.ts';
import { resultThumbnailMeta, THUMBNAIL_FIELD } from './result-thumbnail.ts';
import { shortDate } from './short-date.ts';
import { otherTonePlacements } from './tone-placement.ts';

/** The article's dateline: the first `<time>` of the indexed element, its publish time in Vietnam's time. */
const DATELINE = /<time\b[^>]*?\sdatetime="(\d{4}-\d{2}-\d{2}T[^"]+)"/;

/**
 * The copy of a page that Pagefind indexes: its `data-pagefind-body` element alone in a
 * bare document, so Pagefind does not parse the menus, footer and inlined stylesheet it
 * would only throw away. Empty elements at its start carry what the index needs and the
 * reader's page need not say twice (every article page of 50 000 would carry them):
 *
 * - from the dateline's `datetime`, the sort by date, the filter by year and the date as
 *   readers write it (`26/10/2019`, which Pagefind searches as it searches every metadata
 *   field);
 * - an empty thumbnail when the element itself names none, else Pagefind would take the
 *   first photo of the body, a full-size file, with its alt text;
 * - as metadata that Pagefind searches but never shows, the page's words in the other
 *   spellings readers type: its `oa`/`oe`/`uy` words with the tone on the other vowel
 *   (`thủy` for `thuỷ`), so that a search for exact marks finds both placements; and with
 *   `dSpellings`, its `đ` words spelled with `d`, so `duoc` finds `được` (Pagefind folds
 *   tone marks but not `đ`, which Unicode does not decompose).
 *
 * The headline is Pagefind's own title, the first `<h1>`. Only the index reads this copy,
 * so neither an excerpt nor a screen reader ever meets these spellings. Undefined for a
 * page with nothing to index.
 */
export function indexCopy(page: string, options: { dSpellings: boolean }): string | undefined {
  const element = indexedElement(page);
  if (!element) return undefined;
  const fields: string[] = [];
  const published = DATELINE.exec(element.html)?.[1];
  if (published) {
    fields.push(
      `<span data-pagefind-sort="${INDEX_FIELDS.date}:${published}" data-pagefind-filter="${INDEX_FIELDS.year}:${published.slice(0, 4)}" data-pagefind-meta="${INDEX_FIELDS.published}:${shortDate(published)}"></span>`,
    );
  }
  if (!element.html.slice(0, element.contentStart).includes(`data-pagefind-meta="${THUMBNAIL_FIELD}:`)) {
    fields.push(`<span data-pagefind-meta="${resultThumbnailMeta(undefined)}"></span>`);
  }
  const words = [...(options.dSpellings ? dSpellings(element.text) : []), ...otherTonePlacements(element.text)];
  if (words.length > 0) fields.push(`<span data-pagefind-meta="${INDEX_FIELDS.spellings}:${words.join(' ')}"></span>`);
  const body = element.html.slice(0, element.contentStart) + fields.join('') + element.html.slice(element.contentStart);
  return `<!doctype html><html lang="vi"><body>${body}</body></html>`;
}
