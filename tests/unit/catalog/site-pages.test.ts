import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/lib/article/schema.ts';
import { buildCatalog, type CatalogEntry } from '../../../src/lib/catalog/build-catalog.ts';
import { sitePaths } from '../../../src/lib/catalog/site-pages.ts';

const category = (slug: string): Category => ({ slug, name: slug, description: slug, keywords: [] });
const entry = (id: string, date: string, data: Partial<CatalogEntry['data']> = {}): CatalogEntry => ({
  id,
  data: { title: id, date: new Date(date), category: 'dan-van', tags: ['Dân vận'], ...data },
});

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
    expect([...sitePaths(catalog, 1)].sort()).toEqual([
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
    const paths = sitePaths(catalog, 20);
    expect(paths.has('/bai-viet/nhap/')).toBe(false);
    expect(paths.has('/the/nhap/')).toBe(false);
    expect(paths.has('/tin-tuc/1.html')).toBe(false);
    expect(paths.has('/chuyen-muc/dan-van/trang-2/')).toBe(false);
  });

  it('lists a topic’s newest five pages only: its older articles are in the archive and search', () => {
    const many = buildCatalog(
      Array.from({ length: 12 }, (_, day) =>
        entry(`bai-${day}`, `2019-11-${String(day + 1).padStart(2, '0')}T08:00:00+07:00`),
      ),
      [category('dan-van')],
      { preview: false, now: new Date('2026-11-27T08:00:00+07:00') },
    );
    const topicPages = [...sitePaths(many, 2)].filter((path) => path.startsWith('/the/'));
    expect(topicPages.sort()).toEqual([
      '/the/dan-van/',
      '/the/dan-van/trang-2/',
      '/the/dan-van/trang-3/',
      '/the/dan-van/trang-4/',
      '/the/dan-van/trang-5/',
    ]);
    // The category and the month still list all twelve, six pages each.
    expect(sitePaths(many, 2).has('/chuyen-muc/dan-van/trang-6/')).toBe(true);
    expect(sitePaths(many, 2).has('/luu-tru/2019/11/trang-6/')).toBe(true);
  });

  it('lists a category’s newest 25 pages only, and the month every article', () => {
    const many = buildCatalog(
      Array.from({ length: 30 }, (_, day) =>
        entry(`bai-${day}`, `2019-11-${String(day + 1).padStart(2, '0')}T08:00:00+07:00`, { tags: [] }),
      ),
      [category('dan-van')],
      { preview: false, now: new Date('2026-11-27T08:00:00+07:00') },
    );
    const paths = sitePaths(many, 1);
    expect([...paths].filter((path) => path.startsWith('/chuyen-muc/dan-van/trang-'))).toHaveLength(24);
    expect(paths.has('/chuyen-muc/dan-van/trang-25/')).toBe(true);
    expect(paths.has('/chuyen-muc/dan-van/trang-26/')).toBe(false);
    expect(paths.has('/luu-tru/2019/11/trang-30/')).toBe(true);
  });
});
