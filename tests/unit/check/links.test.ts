import { describe, expect, it } from 'vitest';
import { checkLinks, type LinkTargets } from '../../../src/lib/check/links.ts';
import { checkedArticle } from '../support/articles.ts';

const now = new Date('2026-11-27T08:00:00+07:00');
const later = new Date('2026-12-01T06:00:00+07:00');

/** A site with two pages now, and a third from `later` on. */
const targets: LinkTargets = {
  now,
  siteUrl: 'https://tintuc.example',
  pagesAt: (time) =>
    new Set(['/', '/chuyen-muc/dan-van/', '/bai-viet/hoi-nghi/', ...(time >= later ? ['/bai-viet/hen-gio/'] : [])]),
  articleIds: new Set(['hoi-nghi', 'hen-gio', 'nhap']),
  categories: ['dan-van'],
  isPublicFile: (path) => path === '/tai-lieu/bao-cao.pdf',
};
const links = (frontMatter: Record<string, string>, body: string) =>
  checkLinks(checkedArticle(frontMatter, body, 'content/articles/bai.md'), targets).map(
    (problem) => `${problem.line} ${problem.severity}: ${problem.what} — ${problem.fix}`,
  );

describe('checkLinks', () => {
  it('accepts links to pages and files the site has, written any way that leads to them', () => {
    const body = [
      '[a](/chuyen-muc/dan-van/) [b](/chuyen-muc/dan-van) [c](../hoi-nghi/) [d](https://tintuc.example/bai-viet/hoi-nghi/#doan-2)',
      '[e](/tai-lieu/bao-cao.pdf) [f](https://baochinhphu.vn/) [g](mailto:toasoan@tintuc.example) [h](#chu-thich)',
    ].join('\n');
    expect(links({}, body)).toEqual([]);
  });

  it('explains each kind of missing page, with a fix', () => {
    const body =
      '[a](/bai-viet/hoi-ngi/) [b](/bai-viet/nhap/) [c](/chuyen-muc/thoi-su/) [d](/the/bau-cu/) [e](lien-he/)';
    expect(links({}, body)).toEqual([
      '8 error: không có bài viết nào ở /bai-viet/hoi-ngi/ (unknown article) — sửa thành /bai-viet/hoi-nghi/',
      '8 error: bài nhap chưa lên trang lúc này (unpublished article) — đăng bài đó trước (bỏ draft: true, hoặc sửa giờ hẹn), hoặc bỏ liên kết',
      '8 error: không có chuyên mục "thoi-su" (unknown category) — dùng một trong: /chuyen-muc/dan-van/',
      '8 error: không có trang chủ đề "bau-cu" lúc này (unknown tag) — một chủ đề có trang khi một bài đã đăng ghi nó trong tags: sửa đường dẫn, hoặc bỏ liên kết',
      '8 error: không có trang /bai-viet/bai/lien-he/ (broken link) — sửa đường dẫn cho đúng, hoặc bỏ liên kết',
    ]);
  });

  it('judges a scheduled article’s links at its publish time: a series may link within itself', () => {
    const scheduled = { publishAt: '"2026-12-01T06:00:00+07:00"' };
    expect(links(scheduled, '[kỳ sau](/bai-viet/hen-gio/)')).toEqual([]);
    expect(links({}, '[kỳ sau](/bai-viet/hen-gio/)')).toEqual([
      '8 error: bài hen-gio chưa lên trang lúc này (unpublished article) — đăng bài đó trước (bỏ draft: true, hoặc sửa giờ hẹn), hoặc bỏ liên kết',
    ]);
    expect(links(scheduled, '[nháp](/bai-viet/nhap/)')).toEqual([
      '9 error: bài nhap chưa lên trang lúc bài này được đăng, Thứ Ba, 01/12/2026, 06:00 (unpublished article) — đăng bài đó trước (bỏ draft: true, hoặc sửa giờ hẹn), hoặc bỏ liên kết',
    ]);
  });

  it('only warns in a draft and in an article taken off the site', () => {
    expect(links({ draft: 'true' }, '[a](/khong-co/)')).toEqual([
      '9 warning: không có trang /khong-co/ (broken link) — sửa đường dẫn cho đúng, hoặc bỏ liên kết',
    ]);
    expect(links({ expires: '"2020-01-01T00:00:00+07:00"' }, '[a](/khong-co/)')[0]).toMatch(/^9 warning: /);
  });
});
