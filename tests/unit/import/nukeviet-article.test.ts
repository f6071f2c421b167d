import { describe, expect, it } from 'vitest';
import type { PlaceImage } from '../../../src/lib/import/body-html.ts';
import {
  articleFromRow,
  rowSlugOf,
  uploadPathOf,
  type ImportContext,
  type NewsRow,
} from '../../../src/lib/import/nukeviet-article.ts';

const NOW = new Date('2026-12-01T00:00:00Z');
/** 2019-10-26 19:18 in Vietnam. */
const OCT_2019 = 1572092280;

const context: ImportContext = {
  lang: 'vi',
  module: 'news',
  homeModule: false,
  now: NOW,
  categories: new Map([[1, { slug: 'thoi-su', alias: 'Thoi-su' }]]),
  sources: new Map([[2, { title: 'Báo Bình Phước', link: 'https://baobinhphuoc.com.vn' }]]),
  topics: new Map(),
};

const row = (fields: Partial<NewsRow> = {}): NewsRow => ({
  id: 12,
  catid: 1,
  listcatid: '1',
  topicid: 0,
  author: '',
  sourceid: 0,
  addtime: OCT_2019,
  status: 1,
  publtime: OCT_2019,
  exptime: 0,
  title: 'Tiêu đề',
  alias: 'Tieu-de',
  hometext: 'Sapo.',
  homeimgfile: '',
  homeimgalt: '',
  hitstotal: 5,
  hitscm: 0,
  bodyhtml: '<p>Nội dung.</p>',
  sourcetext: '',
  keywords: '',
  tags: [],
  authors: [],
  ...fields,
});

const nowhere: PlaceImage = () => ({ reason: 'không chép' });
const frontMatterOf = (fields: Partial<NewsRow>, ctx = context) => {
  const outcome = articleFromRow(row(fields), ctx, nowhere);
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return outcome.article.frontMatter;
};

describe('articleFromRow', () => {
  it('publishes status 1 at publtime in Vietnam time, with its views and old address', () => {
    expect(frontMatterOf({})).toEqual({
      title: 'Tiêu đề',
      date: '2019-10-26T19:18:00+07:00',
      category: 'thoi-su',
      tags: [],
      summary: 'Sapo.',
      legacy: { views: 5, comments: 0, id: 'nukeviet/vi/news/12' },
      aliases: ['/news/Thoi-su/Tieu-de-12.html'],
    });
  });

  it('keeps status 0, 4, 5 and 6 as drafts, and schedules status 2 or a future publtime', () => {
    for (const status of [0, 4, 5, 6, 8]) expect(frontMatterOf({ status }).draft, String(status)).toBe(true);
    const future = Math.floor(NOW.getTime() / 1000) + 3600;
    expect(frontMatterOf({ status: 1, publtime: future })).toMatchObject({ publishAt: '2026-12-01T08:00:00+07:00' });
    expect(frontMatterOf({ status: 2 })).toMatchObject({ publishAt: '2019-10-26T19:18:00+07:00' });
    expect(frontMatterOf({ status: 4, publtime: future })).not.toHaveProperty('publishAt');
  });

  it('takes exptime as expires, and a draft when it is not after the publish time', () => {
    expect(frontMatterOf({ status: 3, exptime: OCT_2019 + 86400 })).toMatchObject({
      expires: '2019-10-27T19:18:00+07:00',
    });
    const outcome = articleFromRow(row({ status: 1, exptime: OCT_2019 - 1 }), context, nowhere);
    expect(outcome.ok && outcome.article.frontMatter.draft).toBe(true);
    expect(outcome.warnings[0]).toContain('không sau giờ đăng');
    expect(frontMatterOf({ status: 3 }).draft).toBe(true);
  });

  it('adds the address without the module when news was the home page', () => {
    expect(frontMatterOf({}, { ...context, homeModule: true }).aliases).toEqual([
      '/news/Thoi-su/Tieu-de-12.html',
      '/Thoi-su/Tieu-de-12.html',
    ]);
  });

  it('credits the source from _sources and sourcetext, and joins the authors', () => {
    expect(frontMatterOf({ sourceid: 2, sourcetext: 'https://baobinhphuoc.com.vn/bai-1.html' }).source).toEqual({
      name: 'Báo Bình Phước',
      url: 'https://baobinhphuoc.com.vn/bai-1.html',
    });
    expect(frontMatterOf({ sourcetext: 'Báo Nhân Dân' }).source).toEqual({ name: 'Báo Nhân Dân' });
    expect(frontMatterOf({ author: 'Thanh Hà', authors: ['Minh Anh', 'Thanh Hà'] }).author).toBe('Thanh Hà, Minh Anh');
  });

  it('merges tags, keywords and the topic without repeats', () => {
    const tags = frontMatterOf(
      { tags: ['dân vận', 'Tỉnh ủy'], keywords: 'tỉnh ủy, , hội nghị', topicid: 3 },
      { ...context, topics: new Map([[3, 'Đại hội']]) },
    ).tags;
    expect(tags).toEqual(['dân vận', 'Tỉnh ủy', 'hội nghị', 'Đại hội']);
  });

  it('makes the first paragraph the lead when hometext is empty, and says so', () => {
    const outcome = articleFromRow(
      row({ hometext: ' ', bodyhtml: '<p>Đoạn một.</p><p>Đoạn hai.</p>' }),
      context,
      nowhere,
    );
    expect(outcome.ok && outcome.article.frontMatter.summary).toBe('Đoạn một.');
    expect(outcome.ok && outcome.article.body).toEqual([{ kind: 'paragraph', text: 'Đoạn hai.' }]);
    expect(outcome.warnings).toEqual(['hometext trống: đoạn đầu của bài làm sapo']);
  });

  it('captions the cover with its alt text, else the title, and places its photo', () => {
    const placed = articleFromRow(row({ homeimgfile: '2019_10/anh.jpg' }), context, (src) => ({
      path: `./bai/${uploadPathOf(src, 'news')}`,
    }));
    expect(placed.ok && placed.article.frontMatter.cover).toEqual({
      caption: 'Tiêu đề',
      image: './bai/2019_10/anh.jpg',
    });
  });

  it('fails a row it cannot make an honest article of, with every reason', () => {
    const outcome = articleFromRow(
      row({ title: '', catid: 7, listcatid: '7', publtime: 0, addtime: 0 }),
      context,
      nowhere,
    );
    expect(outcome).toEqual({
      ok: false,
      errors: [
        'không có tiêu đề (title trống)',
        'không có ngày đăng (publtime và addtime bằng 0)',
        'chuyên mục catid=7 không có trong bảng _cat',
      ],
      warnings: [],
    });
  });
});

describe('rowSlugOf', () => {
  it('cuts a long title on a word boundary', () => {
    const slug = rowSlugOf({ id: 1, alias: '', title: 'Hội nghị tổng kết công tác '.repeat(12) });
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^hoi-nghi-tong-ket-(?:[a-z]+-)*[a-z]+$/);
    expect('hoi-nghi-tong-ket-cong-tac-'.repeat(4)).toContain(slug.slice(0, 60));
  });
});

describe('uploadPathOf', () => {
  it('finds the path under uploads/<module>/, whatever the host or base folder', () => {
    expect(uploadPathOf('/uploads/news/2019_10/a%20b.jpg', 'news')).toBe('2019_10/a b.jpg');
    expect(uploadPathOf('http://portal.vn/nukeviet/uploads/news/a.jpg', 'news')).toBe('a.jpg');
    expect(uploadPathOf('/uploads/other/a.jpg', 'news')).toBeUndefined();
    expect(uploadPathOf('/uploads/news/../../etc/passwd', 'news')).toBeUndefined();
  });

  it('reads a plain path as the URL parser does', () => {
    const paths = [
      '/uploads/news/2019_10/anh-1.jpg',
      ' /uploads/news/2019_10/anh-1.jpg ',
      '/uploads/news/./2019_10/anh-1.jpg',
      '/uploads/news/2019_10/x/../anh-1.jpg',
      '/uploads/news/2019_10/.',
      '//cdn.portal.vn/uploads/news/anh.jpg',
      '/uploads/news/2019_10/ảnh 1.jpg',
      '/uploads/news//anh.jpg',
      '/uploads/news/',
    ];
    for (const path of paths) {
      const viaUrl = (() => {
        const rest = decodeURIComponent(new URL(path.trim(), 'http://portal.invalid/').pathname).split(
          '/uploads/news/',
        )[1];
        return rest === undefined || rest === '' || rest.split('/').some((part) => part === '' || part === '..')
          ? undefined
          : rest;
      })();
      expect(uploadPathOf(path, 'news'), path).toBe(viaUrl);
    }
  });
});
