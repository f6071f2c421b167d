import { describe, expect, it } from 'vitest';
import { newsSitemap } from '../../../src/lib/seo/news-sitemap.ts';

const now = new Date('2024-12-10T12:00:00+07:00');
const entry = (slug: string, date: string, title = slug) => ({
  url: `https://tintuc.example/bai-viet/${slug}/`,
  title,
  date: new Date(date),
});

describe('newsSitemap', () => {
  const xml = newsSitemap(
    [
      entry('tuong-lai', '2024-12-10T13:00:00+07:00'),
      entry('vua-dang', '2024-12-10T11:00:00+07:00', 'Cao su & hạt điều: "giá" <tăng>'),
      entry('hai-ngay', '2024-12-08T12:00:00+07:00'),
      entry('qua-cu', '2024-12-08T11:59:00+07:00'),
    ],
    'Tin tức Bình Phước',
    now,
  );

  it('lists the articles of the last two days only, never one dated after the build', () => {
    expect(xml).toContain('/bai-viet/vua-dang/');
    expect(xml).toContain('/bai-viet/hai-ngay/');
    expect(xml).not.toContain('/bai-viet/qua-cu/');
    expect(xml).not.toContain('/bai-viet/tuong-lai/');
  });

  it('gives each its publication, language, Vietnam-time date and escaped title', () => {
    expect(xml).toContain(
      '<news:publication><news:name>Tin tức Bình Phước</news:name><news:language>vi</news:language></news:publication>' +
        '<news:publication_date>2024-12-10T11:00:00+07:00</news:publication_date>' +
        '<news:title>Cao su &amp; hạt điều: &quot;giá&quot; &lt;tăng&gt;</news:title>',
    );
  });

  it('is a well-formed urlset even when empty', () => {
    expect(newsSitemap([], 'Tin', now)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>\n',
    );
  });
});
