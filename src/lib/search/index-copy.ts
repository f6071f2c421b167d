import { dSpellings } from './d-spellings.ts';
import { INDEX_FIELDS } from './index-fields.ts';
import { indexedElement } from './indexed-element.ts';

/**
 * The copy of a page that Pagefind indexes: its `data-pagefind-body` element alone in a
 * bare document, so Pagefind does not parse the menus, footer and inlined stylesheet it
 * would only throw away. With `dSpellings`, an empty element at its start carries the
 * page's `đ` words spelled with `d` as metadata, which Pagefind searches but never shows,
 * so `duoc` finds `được`: Pagefind folds tone marks but not `đ`, which Unicode does not
 * decompose. Only the index reads this copy; the page served to readers is unchanged, so
 * neither an excerpt nor a screen reader ever meets these spellings. Undefined for a page
 * with nothing to index.
 */
export function indexCopy(page: string, options: { dSpellings: boolean }): string | undefined {
  const element = indexedElement(page);
  if (!element) return undefined;
  const words = options.dSpellings ? dSpellings(element.text) : [];
  const spellings =
    words.length > 0 ? `<span data-pagefind-meta="${INDEX_FIELDS.dSpelling}:${words.join(' ')}"></span>` : '';
  const body = element.html.slice(0, element.contentStart) + spellings + element.html.slice(element.contentStart);
  return `<!doctype html><html lang="vi"><body>${body}</body></html>`;
}
