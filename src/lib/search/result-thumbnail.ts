import { THUMBNAIL } from '../site/thumbnail.ts';

/**
 * The cover thumbnail of a search result. The article page puts one small file's address
 * in its Pagefind metadata (`resultThumbnailMeta`); the search page reads it back
 * (`resultThumbnail`) and shows a picture whose box is reserved before the file arrives.
 * Every such file is cut to the same size, `THUMBNAIL.result`, so the index holds the
 * address alone.
 */

/**
 * Pagefind's own name for a page's picture: giving it replaces the one Pagefind would take
 * from the page (the full-size cover's JPEG, and its alt text as `image_alt`), so the index
 * holds one short address. Pagefind indexes metadata as words too: one address is the least.
 */
export const THUMBNAIL_FIELD = 'image';

export interface ResultThumbnail {
  /** The file's address on the site: `/_astro/anh-bia.Hash.webp`. */
  src: string;
  width: number;
  height: number;
}

/**
 * The value of the article page's `data-pagefind-meta` attribute for its thumbnail's address.
 * An article without a cover gets the field empty: else Pagefind would take the first photo
 * of its body, a full-size file, with its alt text.
 */
export function resultThumbnailMeta(src: string | undefined): string {
  return `${THUMBNAIL_FIELD}:${src ?? ''}`;
}

/**
 * The thumbnail a result's metadata names, or `undefined` when it has none or it is not one
 * this site wrote: an address on the site itself, never another host (which the page's
 * security policy would block anyway) nor another scheme.
 */
export function resultThumbnailOf(meta: Readonly<Record<string, string | undefined>>): ResultThumbnail | undefined {
  const src = meta[THUMBNAIL_FIELD];
  if (!src || !src.startsWith('/') || src.startsWith('//')) return undefined;
  return { src, width: THUMBNAIL.result.width, height: THUMBNAIL.result.height };
}

/**
 * The `<img>` of a result's thumbnail, or `undefined` when the result has none: its size
 * set so the list does not move when it loads, loaded only when scrolled near, and with an
 * empty alt text as the result's headline already says what the story is.
 */
export function resultThumbnail(
  meta: Readonly<Record<string, string | undefined>>,
  document: Pick<Document, 'createElement'>,
): HTMLImageElement | undefined {
  const thumbnail = resultThumbnailOf(meta);
  if (!thumbnail) return undefined;
  const img = document.createElement('img');
  img.className = 'thumbnail result-thumbnail';
  img.src = thumbnail.src;
  img.width = thumbnail.width;
  img.height = thumbnail.height;
  img.alt = '';
  img.loading = 'lazy';
  img.decoding = 'async';
  return img;
}
