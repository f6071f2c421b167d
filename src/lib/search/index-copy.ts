import { dSpellings } from './d-spellings.ts';
import { INDEX_FIELDS } from './index-fields.ts';
import { indexedElement } from './indexed-element.ts';
import { otherTonePlacements } from './tone-placement.ts';

/**
 * The copy of a page that Pagefind indexes: its `data-pagefind-body` element alone in a
 * bare document, so Pagefind does not parse the menus, footer and inlined stylesheet it
 * would only throw away. An empty element at its start carries, as metadata that Pagefind
 * searches but never shows, the page's words in the other spellings readers type: its
 * `oa`/`oe`/`uy` words with the tone on the other vowel (`thủy` for `thuỷ`), so that a
 * search for exact marks finds both placements; and with `dSpellings`, its `đ` words
 * spelled with `d`, so `duoc` finds `được` (Pagefind folds tone marks but not `đ`, which
 * Unicode does not decompose). Only the index reads this copy; the page served to readers
 * is unchanged, so neither an excerpt nor a screen reader ever meets these spellings.
 * Undefined for a page with nothing to index.
 */
export function indexCopy(page: string, options: { dSpellings: boolean }): string | undefined {
  const element = indexedElement(page);
  if (!element) return undefined;
  const words = [...(options.dSpellings ? dSpellings(element.text) : []), ...otherTonePlacements(element.text)];
  const spellings =
    words.length > 0 ? `<span data-pagefind-meta="${INDEX_FIELDS.spellings}:${words.join(' ')}"></span>` : '';
  const body = element.html.slice(0, element.contentStart) + spellings + element.html.slice(element.contentStart);
  return `<!doctype html><html lang="vi"><body>${body}</body></html>`;
}
