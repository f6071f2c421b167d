import { describe, expect, it } from 'vitest';
import { catalogArticleOf, type CatalogArticle } from '../../../src/lib/build/catalog-entry.ts';
import { siteStateOf, type BuildShare } from '../../../src/lib/build/site-state.ts';
import { articleSchemaFor, type Category } from '../../../src/lib/article/schema.ts';
import { buildCatalog } from '../../../src/lib/catalog/build-catalog.ts';
import { articleText, CATEGORIES } from '../support/articles.ts';

const schema = articleSchemaFor(CATEGORIES);
const categories = CATEGORIES.map((slug) => ({ slug, name: slug })) as unknown as Category[];
const WHOLE: BuildShare<CatalogArticle> = { rendersArticle: () => true, rendersListings: true };
const NOW = new Date('2026-11-20T12:00:00+07:00');

const article = (file: string, frontMatter: Record<string, string>, body?: string) =>
  catalogArticleOf(file, articleText(frontMatter, body), schema);

const archive = [
  article('a.md', { date: '"2026-11-10T08:00:00+07:00"', category: 'thoi-su', tags: '["Cao su"]' }),
  article('b.md', { date: '"2026-11-19T08:00:00+07:00"', category: 'thoi-su', tags: '["Cao su"]' }),
  article('c.md', { date: '"2025-03-01T08:00:00+07:00"', category: 'dan-van' }),
];

const stateOf = (articles: CatalogArticle[], now = NOW, share = WHOLE) =>
  siteStateOf(buildCatalog(articles, categories, { preview: false, now }), now, share);

describe('siteStateOf', () => {
  it('is the same for the same articles at a later time that changes nothing', () => {
    expect(stateOf(archive)).toBe(stateOf(archive, new Date('2026-11-20T13:00:00+07:00')));
  });

  it('changes when an article is edited, added or removed', () => {
    const edited = [
      archive[0]!,
      article('b.md', { date: '"2026-11-19T08:00:00+07:00"', category: 'thoi-su' }, 'Sửa.'),
      archive[2]!,
    ];
    expect(stateOf(edited)).not.toBe(stateOf(archive));
    expect(stateOf([...archive, article('d.md', {})])).not.toBe(stateOf(archive));
    expect(stateOf(archive.slice(1))).not.toBe(stateOf(archive));
  });

  it('changes when the time publishes a scheduled article or expires one', () => {
    const scheduled = [...archive, article('d.md', { date: '"2026-11-20T14:00:00+07:00"' })];
    expect(stateOf(scheduled, new Date('2026-11-20T15:00:00+07:00'))).not.toBe(stateOf(scheduled));
    const expiring = [...archive, article('e.md', { expires: '"2026-11-20T14:00:00+07:00"' })];
    expect(stateOf(expiring, new Date('2026-11-20T15:00:00+07:00'))).not.toBe(stateOf(expiring));
  });

  it('changes when a pinned lead story’s time runs out, and when an article leaves the news sitemap’s two days', () => {
    const pinned = [
      ...archive,
      article('p.md', { date: '"2025-01-01T08:00:00+07:00"', home: '{ lead: "2026-11-20T14:00:00+07:00" }' }),
    ];
    expect(stateOf(pinned, new Date('2026-11-20T15:00:00+07:00'))).not.toBe(stateOf(pinned));
    // b.md, published on the 19th, is in the news sitemap on the 20th and out of it on the 22nd.
    const later = new Date('2026-11-22T12:00:00+07:00');
    expect(stateOf(archive, later)).not.toBe(stateOf(archive, new Date('2026-11-21T07:00:00+07:00')));
  });

  it('for one part, changes with its own articles’ pages only, when the listings are another part’s', () => {
    const part: BuildShare<CatalogArticle> = { rendersArticle: (entry) => entry.id === 'c', rendersListings: false };
    const edited = [
      archive[0]!,
      article('b.md', { date: '"2026-11-19T08:00:00+07:00"', category: 'thoi-su', tags: '["Cao su"]' }, 'Sửa.'),
      archive[2]!,
    ];
    expect(stateOf(edited, NOW, part)).toBe(stateOf(archive, NOW, part));
    const cEdited = [
      archive[0]!,
      archive[1]!,
      article('c.md', { date: '"2025-03-01T08:00:00+07:00"', category: 'dan-van' }, 'Sửa.'),
    ];
    expect(stateOf(cEdited, NOW, part)).not.toBe(stateOf(archive, NOW, part));
  });
});

describe('catalogArticleOf', () => {
  it('reads the front matter with the schema, and a digest that changes with any byte of the file', () => {
    const read = article('thu-muc/hoi-nghi.md', {});
    expect(read.id).toBe('hoi-nghi');
    expect(read.data.title).toBe('Hội nghị tổng kết');
    expect(read.data.date).toEqual(new Date('2019-10-26T12:18:00Z'));
    expect(article('thu-muc/hoi-nghi.md', {}, 'Khác.').digest).not.toBe(read.digest);
  });

  it('names the file when the front matter is wrong or missing', () => {
    expect(() => article('sai.md', { category: 'khong-co' })).toThrow(/^sai\.md: chuyên mục không tồn tại/);
    expect(() => catalogArticleOf('trong.md', 'Không có phần đầu.', schema)).toThrow(/^trong\.md: no front matter/);
    expect(() => catalogArticleOf('yaml.md', '---\ntitle: [\n---\n', schema)).toThrow(
      /^yaml\.md: front matter that YAML/,
    );
  });
});
