import { describe, expect, it } from 'vitest';
import { indexCopy } from '../../../src/lib/search/index-copy.ts';

const page =
  '<!doctype html><html lang="vi"><head><style>body{}</style></head><body><nav>Đăng nhập</nav>' +
  '<article data-pagefind-body><h1>Đại tá đến</h1></article><footer>Địa chỉ</footer></body></html>';

describe('indexCopy', () => {
  it('keeps the indexed element alone, with its đ words spelled with d in an empty metadata element', () => {
    expect(indexCopy(page, { dSpellings: true })).toBe(
      '<!doctype html><html lang="vi"><body><article data-pagefind-body>' +
        '<span data-pagefind-meta="spellings:dại dến"></span><h1>Đại tá đến</h1></article></body></html>',
    );
  });

  it('adds no spellings when asked not to, or when the element has no đ', () => {
    const bare =
      '<!doctype html><html lang="vi"><body><article data-pagefind-body><h1>Đại tá đến</h1></article></body></html>';
    expect(indexCopy(page, { dSpellings: false })).toBe(bare);
    expect(indexCopy(page.replace('Đại tá đến', 'Dân vận'), { dSpellings: true })).not.toContain('data-pagefind-meta');
  });

  it('adds the other tone placement of oa, oe and uy words, with or without the d spellings', () => {
    const thuyLoi = page.replace('Đại tá đến', 'Đoá hoa thuỷ lợi');
    expect(indexCopy(thuyLoi, { dSpellings: true })).toContain('data-pagefind-meta="spellings:doá đóa thủy"');
    expect(indexCopy(thuyLoi, { dSpellings: false })).toContain('data-pagefind-meta="spellings:đóa thủy"');
  });

  it('is undefined for a page with nothing to index', () => {
    expect(indexCopy('<html><body><p>Đồng Xoài</p></body></html>', { dSpellings: true })).toBeUndefined();
  });
});
