import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/lib/article/schema.ts';
import { buildCatalog, type CatalogEntry } from '../../../src/lib/catalog/build-catalog.ts';
import { sitePaths } from '../../../src/lib/catalog/site-pages.ts';

/** As content/site.yaml has them by default. */
const listedPages = { category: 25, topic: 5 };
const category = (slug: string): Category => ({ slug, name: slug, description: slug, keywords: [] });
const entry = (id: string, date: string, data: Partial<CatalogEntry['data']> = {}): CatalogEntry => ({
  id,
  data: { title: id, date: new Date(date), category: 'dan-van', tags: ['Dân vận'], ...data },
});

/** A catalog of `count` articles in category `dan-van`, one a day from 1 November 2019. */
const novemberCatalog = (count: number, data: Partial<CatalogEntry['data']> = {}) =>
  buildCatalog(
    Array.from({ length: count }, (_, day) =>
      entry(`bai-${day}`, `2019-11-${String(day + 1).padStart(2, '0')}T08:00:00+07:00`, data),
    ),
    [category('dan-van')],
    { preview: false, now: new Date('2026-11-27T08:00:00+07:00') },
  );

describe('sitePaths', () => {
  const catalog = buildCatalog(
    [
      entry('mot', '2019-10-26T19:18:00+07:00', { aliases: ['/tin-tuc/1.html'] }),
      entry('hai', '2019-11-02T08:00:00+07:00'),
      entry('nhap', '2019-11-03T08:00:00+07:00', { draft: true, tags: ['Nháp'] }),
    ],
    [category('dan-van'), category('tin-tuc')],
    { preview: false, now: new Date('2026-11-27T08:00:00+07:00') },
  );

  it('lists every page and feed the routes make, each listing paginated', () => {
    expect([...sitePaths(catalog, { pageSize: 1, listedPages })].sort()).toEqual([
      '/',
      '/bai-viet/hai/',
      '/bai-viet/mot/',
      '/chuyen-muc/dan-van/',
      '/chuyen-muc/dan-van/rss.xml',
      '/chuyen-muc/dan-van/trang-2/',
      '/chuyen-muc/tin-tuc/',
      '/chuyen-muc/tin-tuc/rss.xml',
      '/gioi-thieu/',
      '/luu-tru/',
      '/luu-tru/2019/10/',
      '/luu-tru/2019/11/',
      '/rss.xml',
      '/the/dan-van/',
      '/the/dan-van/trang-2/',
      '/tim-kiem/',
    ]);
  });

  it('leaves out unpublished articles, their tags, and old addresses', () => {
    const paths = sitePaths(catalog, { pageSize: 20, listedPages });
    expect(paths.has('/bai-viet/nhap/')).toBe(false);
    expect(paths.has('/the/nhap/')).toBe(false);
    expect(paths.has('/tin-tuc/1.html')).toBe(false);
    expect(paths.has('/chuyen-muc/dan-van/trang-2/')).toBe(false);
  });

  it('lists a topic’s newest five pages only: its older articles are in the archive and search', () => {
    const many = novemberCatalog(12);
    const topicPages = [...sitePaths(many, { pageSize: 2, listedPages })].filter((path) => path.startsWith('/the/'));
    expect(topicPages.sort()).toEqual([
      '/the/dan-van/',
      '/the/dan-van/trang-2/',
      '/the/dan-van/trang-3/',
      '/the/dan-van/trang-4/',
      '/the/dan-van/trang-5/',
    ]);
    // The category and the month still list all twelve, six pages each.
    expect(sitePaths(many, { pageSize: 2, listedPages }).has('/chuyen-muc/dan-van/trang-6/')).toBe(true);
    expect(sitePaths(many, { pageSize: 2, listedPages }).has('/luu-tru/2019/11/trang-6/')).toBe(true);
  });

  it('lists a category’s newest 25 pages only, and the month every article', () => {
    const many = novemberCatalog(30, { tags: [] });
    const paths = sitePaths(many, { pageSize: 1, listedPages });
    expect([...paths].filter((path) => path.startsWith('/chuyen-muc/dan-van/trang-'))).toHaveLength(24);
    expect(paths.has('/chuyen-muc/dan-van/trang-25/')).toBe(true);
    expect(paths.has('/chuyen-muc/dan-van/trang-26/')).toBe(false);
    expect(paths.has('/luu-tru/2019/11/trang-30/')).toBe(true);
  });

  it('lists as many pages as the site settings say', () => {
    const many = novemberCatalog(6);
    const paths = [...sitePaths(many, { pageSize: 1, listedPages: { category: 3, topic: 2 } })].filter((path) =>
      path.endsWith('/'),
    );
    expect(paths.filter((path) => path.startsWith('/chuyen-muc/dan-van/'))).toHaveLength(3);
    expect(paths.filter((path) => path.startsWith('/the/dan-van/'))).toHaveLength(2);
  });
});
