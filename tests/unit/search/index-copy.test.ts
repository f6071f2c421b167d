import { describe, expect, it } from 'vitest';
import { indexCopy } from '../../../src/lib/search/index-copy.ts';

const page =
  '<!doctype html><html lang="vi"><head><style>body{}</style></head><body><nav>Đăng nhập</nav>' +
  '<article data-pagefind-body><h1>Đại tá đến</h1></article><footer>Địa chỉ</footer></body></html>';

/** What the copy adds for a page that names no thumbnail: an empty one. */
const NO_THUMBNAIL = '<span data-pagefind-meta="image:"></span>';

describe('indexCopy', () => {
  it('keeps the indexed element alone, with its đ words spelled with d in an empty metadata element', () => {
    expect(indexCopy(page, { dSpellings: true })).toBe(
      '<!doctype html><html lang="vi"><body><article data-pagefind-body>' +
        `${NO_THUMBNAIL}<span data-pagefind-meta="spellings:dại dến"></span><h1>Đại tá đến</h1></article></body></html>`,
    );
  });

  it('adds no spellings when asked not to, or when the element has no đ', () => {
    const bare = `<!doctype html><html lang="vi"><body><article data-pagefind-body>${NO_THUMBNAIL}<h1>Đại tá đến</h1></article></body></html>`;
    expect(indexCopy(page, { dSpellings: false })).toBe(bare);
    expect(indexCopy(page.replace('Đại tá đến', 'Dân vận'), { dSpellings: true })).not.toContain('spellings');
  });

  it('adds the other tone placement of oa, oe and uy words, with or without the d spellings', () => {
    const thuyLoi = page.replace('Đại tá đến', 'Đoá hoa thuỷ lợi');
    expect(indexCopy(thuyLoi, { dSpellings: true })).toContain('data-pagefind-meta="spellings:doá đóa thủy"');
    expect(indexCopy(thuyLoi, { dSpellings: false })).toContain('data-pagefind-meta="spellings:đóa thủy"');
  });

  it('sorts, filters and dates the article by its dateline, the first time of the element', () => {
    const dated = page.replace(
      '<h1>Đại tá đến</h1>',
      '<h1>Dân vận</h1><p><time datetime="2019-10-26T19:18:00+07:00">Thứ Bảy, 26/10/2019</time></p>' +
        '<p><time datetime="2019-11-21T09:30:00+07:00">Cập nhật</time></p>',
    );
    expect(indexCopy(dated, { dSpellings: true })).toContain(
      '<article data-pagefind-body><span data-pagefind-sort="date:2019-10-26T19:18:00+07:00" ' +
        'data-pagefind-filter="year:2019" data-pagefind-meta="published:26/10/2019"></span>',
    );
    expect(indexCopy(page, { dSpellings: true })).not.toContain('data-pagefind-sort');
  });

  it('adds an empty thumbnail only when the indexed element names none itself', () => {
    const withThumbnail = page.replace(
      '<article data-pagefind-body>',
      '<article data-pagefind-body data-pagefind-meta="image:/_astro/a.webp">',
    );
    expect(indexCopy(withThumbnail, { dSpellings: false })).not.toContain(NO_THUMBNAIL);
    const photoInBody = page.replace('</h1>', '</h1><p data-pagefind-meta="image:/_astro/b.jpg">Ảnh</p>');
    expect(indexCopy(photoInBody, { dSpellings: false })).toContain(NO_THUMBNAIL);
  });

  it('is undefined for a page with nothing to index', () => {
    expect(indexCopy('<html><body><p>Đồng Xoài</p></body></html>', { dSpellings: true })).toBeUndefined();
  });
});
