import { describe, expect, it } from 'vitest';
import { sitemapFileCount, sitemapFiles, URLS_PER_FILE } from '../../../src/lib/seo/sitemap.ts';

const SITE = 'https://tintuc.example/';
const OPENING = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const INDEX_OPENING =
  '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const url = (path: string, lastmod?: string) =>
  `<url><loc>${SITE}${path}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;

describe('sitemapFiles', () => {
  it('lists every address once, sorted, with an article’s lastmod, and an index dated by the newest', () => {
    const files = sitemapFiles(
      [
        { url: `${SITE}chuyen-muc/a/` },
        { url: `${SITE}bai-viet/b/`, lastmod: '2020-01-02T00:00:00.000Z' },
        { url: SITE },
        { url: `${SITE}bai-viet/a/`, lastmod: '2019-05-01T00:00:00.000Z' },
        { url: `${SITE}chuyen-muc/a/` },
      ],
      SITE,
    );
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-0.xml')).toBe(
      `${OPENING}${url('')}${url('bai-viet/a/', '2019-05-01T00:00:00.000Z')}${url('bai-viet/b/', '2020-01-02T00:00:00.000Z')}${url('chuyen-muc/a/')}</urlset>`,
    );
    expect(files.get('sitemap-index.xml')).toBe(
      `${INDEX_OPENING}<sitemap><loc>${SITE}sitemap-0.xml</loc><lastmod>2020-01-02T00:00:00.000Z</lastmod></sitemap></sitemapindex>`,
    );
  });

  it('splits more than 45 000 addresses into files of 45 000, all in the index', () => {
    const paths = Array.from({ length: 50_000 }, (_, at) => `bai-viet/${String(at).padStart(5, '0')}/`);
    const files = sitemapFiles(
      paths.map((path) => ({ url: SITE + path })),
      SITE,
    );
    expect(sitemapFileCount(paths.length)).toBe(2);
    expect(files.get('sitemap-0.xml')).toBe(
      `${OPENING}${paths
        .slice(0, URLS_PER_FILE)
        .map((path) => url(path))
        .join('')}</urlset>`,
    );
    expect(files.get('sitemap-1.xml')).toBe(
      `${OPENING}${paths
        .slice(URLS_PER_FILE)
        .map((path) => url(path))
        .join('')}</urlset>`,
    );
    expect(files.get('sitemap-index.xml')).toBe(
      `${INDEX_OPENING}<sitemap><loc>${SITE}sitemap-0.xml</loc></sitemap><sitemap><loc>${SITE}sitemap-1.xml</loc></sitemap></sitemapindex>`,
    );
  });

  it('writes one empty file for a site with no page, so the index robots.txt names is valid', () => {
    const files = sitemapFiles([], SITE);
    expect(files.get('sitemap-0.xml')).toBe(`${OPENING}</urlset>`);
    expect(files.get('sitemap-index.xml')).toContain('sitemap-0.xml');
  });

  it('escapes what XML cannot carry as it is', () => {
    expect(sitemapFiles([{ url: `${SITE}?a=1&b=2` }], SITE).get('sitemap-0.xml')).toContain('?a=1&amp;b=2');
  });
});
