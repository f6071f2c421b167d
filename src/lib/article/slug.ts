import slugify from '@sindresorhus/slugify';

/**
 * `Tỉnh Bình Phước tổng kết…` → `tinh-binh-phuoc-tong-ket…`: ASCII, `đ` → `d`, the same
 * every time for the same title. `&` is dropped rather than spelled as the English "and".
 */
export function slugOf(title: string): string {
  return slugify(title, { customReplacements: [['&', ' ']] });
}

/**
 * File names of articles stay well under every file system's 255-byte limit and readable
 * in an address bar; a headline of several sentences is cut after its last whole word.
 */
export const MAX_ARTICLE_SLUG_LENGTH = 80;

/** The slug of a headline for an article's file name: {@link slugOf}, capped on a word boundary. */
export function articleSlugOf(title: string): string {
  const slug = slugOf(title);
  if (slug.length <= MAX_ARTICLE_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ARTICLE_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  // One "word" longer than the cap (a run of digits) is cut where the cap falls.
  return boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_ARTICLE_SLUG_LENGTH);
}
