import { describe, it, expect } from 'vitest';
import type { Category } from '../../../src/lib/article/schema.ts';
import { buildCatalog, type CatalogEntry } from '../../../src/lib/catalog/build-catalog.ts';

const category = (slug: string): Category => ({ slug, name: slug, description: slug, keywords: [] });
const categories = [category('thoi-su'), category('dan-van'), category('tin-tuc')];

const entry = (id: string, date: string, slug = 'dan-van', draft?: boolean): CatalogEntry => ({
  id,
  data: { title: id, date: new Date(date), category: slug, ...(draft !== undefined && { draft }) },
});

const ids = (entries: readonly CatalogEntry[]) => entries.map((e) => e.id);
const published = { includeDrafts: false };

describe('buildCatalog', () => {
  it('lists articles newest first', () => {
    const catalog = buildCatalog(
      [
        entry('cu', '2019-01-01T08:00:00+07:00'),
        entry('moi', '2019-10-26T19:18:00+07:00'),
        entry('giua', '2019-05-01T08:00:00+07:00'),
      ],
      categories,
      published,
    );
    expect(ids(catalog.articles)).toEqual(['moi', 'giua', 'cu']);
  });

  it('orders articles published at the same instant by id', () => {
    const catalog = buildCatalog(
      [
        entry('c', '2019-10-26T19:18:00+07:00'),
        entry('a', '2019-10-26T12:18:00Z'),
        entry('b', '2019-10-26T19:18:00+07:00'),
      ],
      categories,
      published,
    );
    expect(ids(catalog.articles)).toEqual(['a', 'b', 'c']);
  });

  it('does not reorder the entries it was given', () => {
    const entries = [entry('cu', '2019-01-01T08:00:00+07:00'), entry('moi', '2019-10-26T19:18:00+07:00')];
    buildCatalog(entries, categories, published);
    expect(ids(entries)).toEqual(['cu', 'moi']);
  });

  it('leaves drafts out of the published site', () => {
    const catalog = buildCatalog(
      [
        entry('nhap', '2019-10-26T19:18:00+07:00', 'dan-van', true),
        entry('dang', '2019-01-01T08:00:00+07:00', 'dan-van', false),
      ],
      categories,
      published,
    );
    expect(ids(catalog.articles)).toEqual(['dang']);
    expect(catalog.byId.has('nhap')).toBe(false);
    expect(ids(catalog.byCategory.get('dan-van')!)).toEqual(['dang']);
  });

  it('shows drafts when asked to', () => {
    const catalog = buildCatalog(
      [entry('nhap', '2019-10-26T19:18:00+07:00', 'dan-van', true), entry('dang', '2019-01-01T08:00:00+07:00')],
      categories,
      { includeDrafts: true },
    );
    expect(ids(catalog.articles)).toEqual(['nhap', 'dang']);
    expect(catalog.byId.get('nhap')?.id).toBe('nhap');
  });

  it('indexes articles by id and by category, every category present', () => {
    const a = entry('a', '2019-10-26T19:18:00+07:00', 'thoi-su');
    const b = entry('b', '2019-10-25T19:18:00+07:00', 'dan-van');
    const catalog = buildCatalog([b, a], categories, published);
    expect(catalog.byId.get('a')).toBe(a);
    expect(ids(catalog.byCategory.get('thoi-su')!)).toEqual(['a']);
    expect(ids(catalog.byCategory.get('dan-van')!)).toEqual(['b']);
    expect(catalog.byCategory.get('tin-tuc')).toEqual([]);
    expect(catalog.categoryOf(a)).toBe(categories[0]);
  });

  it('refuses an article in a category that is not declared, naming the article and the category', () => {
    expect(() =>
      buildCatalog([entry('bai-lac', '2019-10-26T19:18:00+07:00', 'khong-co')], categories, published),
    ).toThrow(/bai-lac.*khong-co/);
  });
});

describe('relatedTo', () => {
  const entries = [
    entry('d1', '2019-10-01T08:00:00+07:00'),
    entry('d2', '2019-10-02T08:00:00+07:00'),
    entry('d3', '2019-10-03T08:00:00+07:00'),
    entry('d4', '2019-10-04T08:00:00+07:00'),
    entry('t1', '2019-10-05T08:00:00+07:00', 'thoi-su'),
    entry('nhap', '2019-10-06T08:00:00+07:00', 'dan-van', true),
  ];
  const catalog = buildCatalog(entries, categories, published);
  const byId = (id: string) => catalog.byId.get(id)!;

  it('gives other articles of the same category, newest first, never the article itself', () => {
    expect(ids(catalog.relatedTo(byId('d2'), 10))).toEqual(['d4', 'd3', 'd1']);
  });

  it('gives at most the number asked for', () => {
    expect(ids(catalog.relatedTo(byId('d4'), 2))).toEqual(['d3', 'd2']);
    expect(ids(catalog.relatedTo(byId('d1'), 2))).toEqual(['d4', 'd3']);
  });

  it('gives nothing for an article alone in its category', () => {
    expect(catalog.relatedTo(byId('t1'), 3)).toEqual([]);
  });

  it('never suggests a draft', () => {
    expect(ids(catalog.relatedTo(byId('d4'), 10))).not.toContain('nhap');
  });
});

describe('categoryPages', () => {
  const many = Array.from({ length: 41 }, (_, i) =>
    entry(`bai-${String(i).padStart(2, '0')}`, new Date(Date.UTC(2019, 0, 1 + i)).toISOString()),
  );
  const catalog = buildCatalog([...many, entry('ts', '2019-10-26T19:18:00+07:00', 'thoi-su')], categories, published);
  const pages = catalog.categoryPages(20);
  const pagesOf = (slug: string) => pages.filter((page) => page.category.slug === slug);

  it('splits a category into pages of 20, newest first, with the page count on every page', () => {
    const danVan = pagesOf('dan-van');
    expect(danVan.map((page) => [page.page, page.pageCount, page.articles.length])).toEqual([
      [1, 3, 20],
      [2, 3, 20],
      [3, 3, 1],
    ]);
    expect(danVan[0]!.articles[0]!.id).toBe('bai-40');
    expect(danVan[2]!.articles[0]!.id).toBe('bai-00');
  });

  it('puts every article of a category on exactly one page', () => {
    const listed = pagesOf('dan-van').flatMap((page) => ids(page.articles));
    expect(listed).toHaveLength(41);
    expect(new Set(listed).size).toBe(41);
  });

  it('gives an empty category one empty page', () => {
    expect(pagesOf('tin-tuc')).toEqual([{ category: categories[2], page: 1, pageCount: 1, articles: [] }]);
  });

  it('gives exactly 20 articles one page, and 21 two', () => {
    const twenty = buildCatalog(many.slice(0, 20), categories, published).categoryPages(20);
    expect(twenty.filter((p) => p.category.slug === 'dan-van').map((p) => p.pageCount)).toEqual([1]);
    const twentyOne = buildCatalog(many.slice(0, 21), categories, published).categoryPages(20);
    expect(twentyOne.filter((p) => p.category.slug === 'dan-van').map((p) => p.pageCount)).toEqual([2, 2]);
  });

  it('lists the pages in the order the categories are declared', () => {
    expect(pages.map((page) => `${page.category.slug}/${page.page}`)).toEqual([
      'thoi-su/1',
      'dan-van/1',
      'dan-van/2',
      'dan-van/3',
      'tin-tuc/1',
    ]);
  });
});
