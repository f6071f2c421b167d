import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/search-indexes.ts';
import { buildSite } from './support/build-site.ts';

/**
 * tests/fixtures/publishing-site: one article published on 20/11 and corrected on 21/11, a draft, one scheduled
 * for 08:00 on 28/11 and one that expired on 25/11. The site is built twice, with the
 * build's clock set (`SITE_NOW`), not the real one.
 */
const ARTICLES = resolve('tests/fixtures/publishing-site');
const BEFORE = '2026-11-27T08:00:00+07:00';
const AFTER = '2026-11-28T08:00:00+07:00';

let before: string;
let after: string;

beforeAll(async () => {
  [before, after] = await Promise.all([
    buildSite({ articlesDir: ARTICLES, siteNow: BEFORE }),
    buildSite({ articlesDir: ARTICLES, siteNow: AFTER }),
  ]);
}, 180_000);

afterAll(async () => {
  for (const dir of [before, after]) if (dir) await rm(dir, { recursive: true, force: true });
});

const articlePages = async (site: string) => (await readdir(join(site, 'bai-viet'))).sort();
const read = (site: string, path: string) => readFile(join(site, path), 'utf8');

describe('what a production build publishes, at the time it is made', () => {
  it('publishes neither the draft, nor the article scheduled later, nor the expired one', async () => {
    expect(await articlePages(before)).toEqual(['da-dang']);
  });

  it('publishes the scheduled article in the first build made at its time', async () => {
    expect(await articlePages(after)).toEqual(['da-dang', 'hen-gio']);
  });

  it('leaves what is not published out of every list, feed, sitemap and the search index', async () => {
    for (const path of ['chuyen-muc/thoi-su/index.html', 'rss.xml', 'sitemap-0.xml', 'index.html']) {
      const text = await read(before, path);
      for (const hidden of ['ban-nhap', 'hen-gio', 'het-han']) expect(text, `${path}: ${hidden}`).not.toContain(hidden);
      expect(text, path).toContain('da-dang');
    }
    const fragments = await readdir(join(before, 'pagefind', 'fragment'));
    expect(fragments).toHaveLength(1);
  });

  it('indexes, read back from the built site, exactly the articles published', async () => {
    const { pages } = await indexSite(after);
    expect(pages).toBe(2);
  });
});

describe('a corrected article', () => {
  const CORRECTED = '2026-11-21T09:30:00+07:00';

  it('says when it was corrected, under its dateline and to search engines', async () => {
    const html = await read(before, 'bai-viet/da-dang/index.html');
    expect(html).toMatch(/<time datetime="2026-11-21T09:30:00\+07:00">Cập nhật lúc 09:30 ngày 21\/11\/2026<\/time>/);
    expect(html).toContain(`<meta property="article:modified_time" content="${CORRECTED}">`);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(jsonLd['@graph'][0]).toMatchObject({ datePublished: '2026-11-20T08:00:00+07:00', dateModified: CORRECTED });
  });

  it('carries the correction time to the sitemap and the feed', async () => {
    const sitemap = await read(before, 'sitemap-0.xml');
    expect(sitemap).toMatch(/\/bai-viet\/da-dang\/<\/loc><lastmod>2026-11-21T02:30:00\.000Z<\/lastmod>/);
    const feed = await read(before, 'rss.xml');
    expect(feed).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(feed).toMatch(
      /<link>[^<]*\/bai-viet\/da-dang\/<\/link>.*<atom:updated>2026-11-21T02:30:00\.000Z<\/atom:updated>/s,
    );
  });
});
