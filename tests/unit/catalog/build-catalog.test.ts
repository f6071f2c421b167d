import { describe, it, expect } from 'vitest';
import type { Category } from '../../../src/lib/article/schema.ts';
import { buildCatalog, type CatalogEntry } from '../../../src/lib/catalog/build-catalog.ts';

const category = (slug: string): Category => ({ slug, name: slug, description: slug, keywords: [] });
const categories = [category('thoi-su'), category('dan-van'), category('tin-tuc')];

const entry = (id: string, date: string, slug = 'dan-van', draft?: boolean, tags: string[] = []): CatalogEntry => ({
  id,
  data: { title: id, date: new Date(date), category: slug, tags, ...(draft !== undefined && { draft }) },
});

const ids = (entries: readonly CatalogEntry[]) => entries.map((e) => e.id);
const published = { preview: false, now: new Date('2026-11-27T08:00:00+07:00') };

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
      { preview: true, now: published.now },
    );
    expect(ids(catalog.articles)).toEqual(['nhap', 'dang']);
    expect(catalog.byId.get('nhap')?.id).toBe('nhap');
  });

  it('leaves out articles scheduled after the build and those expired before it', () => {
    const scheduled = entry('hen-gio', '2026-11-27T12:00:00+07:00');
    scheduled.data.publishAt = new Date('2026-11-27T12:00:00+07:00');
    const expired = entry('het-han', '2026-10-01T08:00:00+07:00');
    expired.data.expires = new Date('2026-11-27T07:59:00+07:00');
    const live = entry('dang', '2026-11-01T08:00:00+07:00');
    const catalog = buildCatalog([scheduled, expired, live], categories, published);
    expect(ids(catalog.articles)).toEqual(['dang']);
    expect(ids(catalog.byCategory.get('dan-van')!)).toEqual(['dang']);
    const later = buildCatalog([scheduled, expired, live], categories, {
      preview: false,
      now: new Date('2026-11-27T12:00:00+07:00'),
    });
    expect(ids(later.articles)).toEqual(['hen-gio', 'dang']);
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

  it('gives other articles of the same category, the nearest in time first, never the article itself', () => {
    expect(ids(catalog.relatedTo(byId('d2'), 10))).toEqual(['d3', 'd1', 'd4']);
  });

  it('gives at most the number asked for', () => {
    expect(ids(catalog.relatedTo(byId('d4'), 2))).toEqual(['d3', 'd2']);
    expect(ids(catalog.relatedTo(byId('d1'), 2))).toEqual(['d2', 'd3']);
  });

  it('gives nothing for an article alone in its category', () => {
    expect(catalog.relatedTo(byId('t1'), 3)).toEqual([]);
  });

  it('never suggests a draft', () => {
    expect(ids(catalog.relatedTo(byId('d4'), 10))).not.toContain('nhap');
  });
});

describe('relatedTo, in a long category', () => {
  const day = (n: number) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString();
  const entries = Array.from({ length: 40 }, (_, n) => entry(`bai-${n}`, day(n)));
  const before = buildCatalog(entries, categories, published);
  const after = buildCatalog([...entries, entry('moi', day(41))], categories, published);

  it('weighs the articles published just before an article, its background', () => {
    expect(ids(before.relatedTo(before.byId.get('bai-30')!, 3))).toEqual(['bai-29', 'bai-28', 'bai-27']);
  });

  it('keeps the box of an older article as it was when a new article is published', () => {
    for (const id of ['bai-39', 'bai-25', 'bai-20']) {
      expect(ids(after.relatedTo(after.byId.get(id)!, 5)), id).toEqual(ids(before.relatedTo(before.byId.get(id)!, 5)));
    }
  });

  it('fills the box of the oldest articles with those published after them', () => {
    expect(ids(before.relatedTo(before.byId.get('bai-0')!, 3))).toEqual(['bai-1', 'bai-2', 'bai-3']);
  });
});

describe('relatedTo, with tags', () => {
  const entries = [
    entry('cung-the-cu', '2019-01-01T08:00:00+07:00', 'thoi-su', false, ['cao su']),
    entry('cung-muc', '2019-10-10T08:00:00+07:00', 'dan-van'),
    entry('hai-the', '2019-02-01T08:00:00+07:00', 'thoi-su', false, ['cao su', 'Phú Riềng']),
    entry('khac', '2019-10-20T08:00:00+07:00', 'thoi-su'),
    entry('bai', '2019-10-26T08:00:00+07:00', 'dan-van', false, ['Cao su', 'Phú Riềng']),
  ];
  const catalog = buildCatalog(entries, categories, published);

  it('puts articles sharing more tags first, then the same category, then nothing unrelated', () => {
    expect(ids(catalog.relatedTo(catalog.byId.get('bai')!, 10))).toEqual(['hai-the', 'cung-the-cu', 'cung-muc']);
  });
});

describe('tags', () => {
  const catalog = buildCatalog(
    [
      entry('cu', '2019-01-01T08:00:00+07:00', 'dan-van', false, ['dân vận']),
      entry('moi', '2019-10-26T08:00:00+07:00', 'dan-van', false, ['Dân vận', 'dân vận', 'LLVT']),
      entry('nhap', '2019-11-01T08:00:00+07:00', 'dan-van', true, ['dân vận']),
    ],
    categories,
    published,
  );

  it('makes one tag of names that differ only in case, named as the newest article writes it', () => {
    expect([...catalog.tags.keys()]).toEqual(['dan-van', 'llvt']);
    const tag = catalog.tagOf('DÂN VẬN')!;
    expect(tag.name).toBe('Dân vận');
    expect(ids(tag.articles)).toEqual(['moi', 'cu']);
  });
});

describe('months', () => {
  it('groups articles by month in Vietnam time, newest first', () => {
    const catalog = buildCatalog(
      [
        entry('dau-thang-11', '2019-10-31T18:30:00Z'),
        entry('cuoi-thang-10', '2019-10-31T16:00:00Z'),
        entry('thang-1', '2019-01-15T08:00:00+07:00'),
      ],
      categories,
      published,
    );
    expect(catalog.months.map(({ year, month, articles }) => [year, month, ids(articles)])).toEqual([
      [2019, 11, ['dau-thang-11']],
      [2019, 10, ['cuoi-thang-10']],
      [2019, 1, ['thang-1']],
    ]);
  });
});

describe('neighbours', () => {
  const catalog = buildCatalog(
    [
      entry('d1', '2019-10-01T08:00:00+07:00'),
      entry('t1', '2019-10-02T08:00:00+07:00', 'thoi-su'),
      entry('d2', '2019-10-03T08:00:00+07:00'),
      entry('d3', '2019-10-04T08:00:00+07:00'),
    ],
    categories,
    published,
  );
  const around = (id: string) => {
    const { newer, older } = catalog.neighbours(catalog.byId.get(id)!);
    return [newer?.id, older?.id];
  };

  it('gives the next newer and older article of the same category', () => {
    expect(around('d2')).toEqual(['d3', 'd1']);
    expect(around('d3')).toEqual([undefined, 'd2']);
    expect(around('d1')).toEqual(['d2', undefined]);
    expect(around('t1')).toEqual([undefined, undefined]);
  });
});
