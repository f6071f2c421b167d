import { escapeMarkup } from '../text/escape-markup.ts';

/** Addresses per sitemap file: the protocol allows 50 000, and keeps each file under 50 MB. */
export const URLS_PER_FILE = 45_000;

/** A page of the site as the sitemap lists it: its full URL, and for an article when it last changed. */
export interface SitemapEntry {
  url: string;
  lastmod?: string | undefined;
}

const OPENING = '<?xml version="1.0" encoding="UTF-8"?>';
const NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** The name of the sitemap file number `index`, as the index lists it. */
export const sitemapFileName = (index: number) => `sitemap-${index}.xml`;

/** How many sitemap files `count` addresses take (one, empty, for a site with none). */
export const sitemapFileCount = (count: number) => Math.max(1, Math.ceil(count / URLS_PER_FILE));

/**
 * The site's sitemap files, made from its catalog rather than from the pages a build
 * happened to render: every address once, sorted, in files of 45 000 (`sitemap-0.xml`…),
 * and `sitemap-index.xml` listing each with the newest `lastmod` of its addresses.
 * Returns file name → content.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], siteUrl: string): Map<string, string> {
  const sorted = [...new Map(entries.map((entry) => [entry.url, entry])).values()].sort((a, b) =>
    a.url < b.url ? -1 : a.url > b.url ? 1 : 0,
  );
  const files = new Map<string, string>();
  const listed: string[] = [];
  for (let index = 0; index < sitemapFileCount(sorted.length); index++) {
    const chunk = sorted.slice(index * URLS_PER_FILE, (index + 1) * URLS_PER_FILE);
    const urls = chunk.map(
      ({ url, lastmod }) =>
        `<url><loc>${escapeMarkup(url)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
    );
    files.set(sitemapFileName(index), `${OPENING}<urlset ${NAMESPACE}>${urls.join('')}</urlset>`);
    const latest = chunk.reduce((newest, { lastmod }) => (lastmod && lastmod > newest ? lastmod : newest), '');
    const loc = escapeMarkup(new URL(sitemapFileName(index), siteUrl).href);
    listed.push(`<sitemap><loc>${loc}</loc>${latest && `<lastmod>${latest}</lastmod>`}</sitemap>`);
  }
  files.set('sitemap-index.xml', `${OPENING}<sitemapindex ${NAMESPACE}>${listed.join('')}</sitemapindex>`);
  return files;
}
