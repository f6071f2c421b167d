import { instantToVietnamIso } from '../article/vietnam-time.ts';
import { escapeMarkup } from '../text/escape-markup.ts';

/** Google News reads only the articles of the last two days from a news sitemap. */
const WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** Whether an article published at `date` is in the news sitemap made at `now`: published in the two days before it. */
export function inNewsWindow(date: Date, now: Date): boolean {
  const age = now.getTime() - date.getTime();
  return age >= 0 && age <= WINDOW_MS;
}

export interface NewsSitemapEntry {
  url: string;
  title: string;
  date: Date;
}

/**
 * A Google News sitemap of the articles published in the two days before `now` (and not
 * after it), newest first. `now` is passed in: the build's clock, or a test's.
 */
export function newsSitemap(entries: readonly NewsSitemapEntry[], publication: string, now: Date): string {
  const recent = entries.filter((entry) => inNewsWindow(entry.date, now));
  const urls = recent.map(
    (entry) =>
      `<url><loc>${escapeMarkup(entry.url)}</loc><news:news><news:publication><news:name>${escapeMarkup(publication)}</news:name>` +
      `<news:language>vi</news:language></news:publication><news:publication_date>${instantToVietnamIso(entry.date)}` +
      `</news:publication_date><news:title>${escapeMarkup(entry.title)}</news:title></news:news></url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
    `${urls.join('')}</urlset>\n`
  );
}
