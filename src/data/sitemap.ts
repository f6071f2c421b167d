import { sitePaths } from '../lib/catalog/site-pages.ts';
import { articlesLastModified } from '../lib/seo/last-modified.ts';
import { sitemapFiles } from '../lib/seo/sitemap.ts';
import { getCatalog } from './catalog.ts';
import { site } from './settings.ts';

let files: Promise<Map<string, string>> | undefined;

/**
 * The sitemap files of the whole site, made once per build from the catalog: every page
 * but the feeds, an article with its last change. A build that renders only the pages that
 * changed still lists every page, and a build in parts lists every part's pages.
 */
export function getSitemapFiles(): Promise<Map<string, string>> {
  files ??= getCatalog().then((catalog) => {
    const lastModified = articlesLastModified(catalog.articles);
    const pages = [...sitePaths(catalog, site)].filter((path) => path.endsWith('/'));
    return sitemapFiles(
      pages.map((path) => ({ url: new URL(path, site.url).href, lastmod: lastModified.get(path) })),
      site.url,
    );
  });
  return files;
}
