import { describe, expect, it } from 'vitest';
import { BODY_PLACEHOLDER, LEAD_PLACEHOLDER } from '../../../src/lib/article/new-article.ts';
import {
  checkCaptionOnlyFigures,
  checkDates,
  checkFrontPage,
  checkImages,
  checkUnwritten,
  imageFile,
} from '../../../src/lib/check/article-checks.ts';
import { checkedArticle } from '../support/articles.ts';

const now = new Date('2026-11-27T08:00:00+07:00');
const summary = (problems: { line: number; field: string; what: string; severity: string }[]) =>
  problems.map((problem) => `${problem.line} ${problem.field} ${problem.severity}: ${problem.what}`);

describe('checkDates', () => {
  it('refuses a future date on an article that is neither a draft nor scheduled', () => {
    expect(summary(checkDates(checkedArticle({ date: '"2091-10-26T19:18:00+07:00"' }), now))).toEqual([
      '3 date error: ngày đăng Thứ Sáu, 26/10/2091, 19:18 còn ở tương lai (future date)',
    ]);
  });

  it('accepts a future date on a draft or a scheduled article, and a date that has come', () => {
    const future = '"2026-11-28T08:00:00+07:00"';
    expect(checkDates(checkedArticle({ date: future, draft: 'true' }), now)).toEqual([]);
    expect(checkDates(checkedArticle({ date: future, publishAt: future }), now)).toEqual([]);
    expect(checkDates(checkedArticle({ date: '"2026-11-27T08:00:00+07:00"' }), now)).toEqual([]);
  });

  it('refuses an expiry at or before the publish time, publishAt when there is one', () => {
    const expires = '"2026-11-01T06:00:00+07:00"';
    expect(summary(checkDates(checkedArticle({ date: expires, expires }), now))).toEqual([
      '6 expires error: giờ gỡ bài Chủ Nhật, 01/11/2026, 06:00 không sau giờ đăng Chủ Nhật, 01/11/2026, 06:00 (expires before publish)',
    ]);
    const scheduled = { publishAt: '"2026-11-02T06:00:00+07:00"', expires };
    expect(checkDates(checkedArticle(scheduled), now)).toHaveLength(1);
    expect(checkDates(checkedArticle({ expires }), now)).toEqual([]);
  });

  it('refuses a correction time before the publish time or after now, and accepts one between', () => {
    const date = '"2026-11-20T08:00:00+07:00"';
    expect(summary(checkDates(checkedArticle({ date, updated: '"2026-11-19T08:00:00+07:00"' }), now))).toEqual([
      '6 updated error: giờ cập nhật Thứ Năm, 19/11/2026, 08:00 trước giờ đăng Thứ Sáu, 20/11/2026, 08:00 (updated before date)',
    ]);
    expect(summary(checkDates(checkedArticle({ date, updated: '"2026-11-28T08:00:00+07:00"' }), now))).toEqual([
      '6 updated error: giờ cập nhật Thứ Bảy, 28/11/2026, 08:00 còn ở tương lai (future updated)',
    ]);
    expect(checkDates(checkedArticle({ date, updated: '"2026-11-21T09:30:00+07:00"' }), now)).toEqual([]);
  });
});

describe('checkUnwritten', () => {
  it('names the placeholders npm run new leaves, as errors in an article that will be published', () => {
    const article = checkedArticle({ summary: JSON.stringify(LEAD_PLACEHOLDER) }, `Đoạn một.\n\n${BODY_PLACEHOLDER}`);
    expect(summary(checkUnwritten(article))).toEqual([
      '5 summary error: sapo vẫn là dòng mẫu (placeholder lead)',
      '10 nội dung (body) error: nội dung vẫn là dòng mẫu (placeholder body)',
    ]);
  });

  it('only warns in a draft', () => {
    const article = checkedArticle({ summary: JSON.stringify(LEAD_PLACEHOLDER), draft: 'true' }, BODY_PLACEHOLDER);
    expect(checkUnwritten(article).map((problem) => problem.severity)).toEqual(['warning', 'warning']);
  });

  it('refuses a body never written', () => {
    expect(summary(checkUnwritten(checkedArticle({}, ' \n')))).toEqual([
      '6 nội dung (body) error: bài chưa có nội dung (empty body)',
    ]);
  });

  it('accepts a written lead and body', () => {
    expect(checkUnwritten(checkedArticle())).toEqual([]);
  });
});

describe('checkImages', () => {
  const files = new Set(['content/articles/2019/anh.jpg', 'content/images/chung.jpg', 'public/logo.svg']);
  const check = (frontMatter: Record<string, string>, body?: string) =>
    checkImages(checkedArticle(frontMatter, body, 'content/articles/2019/bai.md'), (path) => files.has(path), 'public');

  it('finds photos next to the article, in a shared folder and in public/', () => {
    const body = '![Ảnh](./anh.jpg) ![Ảnh chung](../../images/chung.jpg) ![Logo](/logo.svg) ![Xa](https://a.vn/b.jpg)';
    expect(check({ cover: '{ caption: Ảnh, image: anh.jpg }' }, body)).toEqual([]);
  });

  it('names the file it looked for, for the cover and for each photo of the body', () => {
    expect(summary(check({ cover: '{ caption: Ảnh, image: ./bia.jpg }' }, '\n![Ảnh](/anh/khong-co.jpg)'))).toEqual([
      '6 cover.image error: không có tệp ảnh content/articles/2019/bia.jpg (image not found)',
      '10 nội dung (body) error: không có tệp ảnh public/anh/khong-co.jpg (image not found)',
    ]);
  });

  it('refuses a photo without a caption, its alternative text', () => {
    expect(summary(check({}, '![](anh.jpg)'))).toEqual([
      '8 nội dung (body) error: ảnh "anh.jpg" chưa có chú thích (missing alt text)',
    ]);
  });

  it('warns of photo file names with spaces or capitals, with the name to use', () => {
    const present = new Set(['content/articles/2019/Le Ky Ket.JPG', 'content/articles/2019/anh.jpg']);
    const problems = checkImages(
      checkedArticle(
        { cover: '{ caption: Ảnh, image: ./anh.jpg }' },
        '![Lễ ký kết](<./Le Ky Ket.JPG>)',
        'content/articles/2019/bai.md',
      ),
      (path) => present.has(path),
      'public',
    );
    expect(problems.map((problem) => `${problem.severity}: ${problem.what} — ${problem.fix}`)).toEqual([
      'warning: tên tệp ảnh "Le Ky Ket.JPG" có dấu cách hoặc chữ hoa (file name with spaces or capitals) — đổi tên tệp thành le-ky-ket.jpg và sửa đường dẫn theo',
    ]);
  });

  it('reads the path as a URL would: percent-encoding decoded, query and fragment dropped', () => {
    expect(imageFile('./%E1%BA%A3nh.jpg?v=2#x', 'content/articles/a.md', 'public')).toBe('content/articles/ảnh.jpg');
    expect(imageFile('/anh/a.jpg', 'content/articles/a.md', 'public')).toBe('public/anh/a.jpg');
  });
});

describe('checkCaptionOnlyFigures', () => {
  it('warns of a cover caption and a body figure whose photo is lost, at their lines', () => {
    const body = 'Đoạn một.\n\n<figure><figcaption>Đồng chí kết luận</figcaption></figure>\n\nĐoạn hai.';
    expect(summary(checkCaptionOnlyFigures(checkedArticle({ cover: '{ caption: Ký kết }' }, body)))).toEqual([
      '6 cover.caption warning: ảnh đại diện chỉ có chú thích, không có ảnh: trang không in chú thích này (caption without a photo)',
      '11 nội dung (body) warning: hình chỉ có chú thích, không có ảnh: trang không in hình này (caption without a photo)',
    ]);
  });

  it('says nothing of photos that are there', () => {
    const body = '![Ký kết](./anh.jpg)\n\n<figure><img src="/a.jpg" alt="a"><figcaption>a</figcaption></figure>';
    expect(checkCaptionOnlyFigures(checkedArticle({ cover: '{ caption: Ảnh, image: anh.jpg }' }, body))).toEqual([]);
  });
});

describe('checkFrontPage', () => {
  const date = '"2026-11-20T08:00:00+07:00"';

  it('accepts a story pinned or featured until after it is published', () => {
    const home = '{ lead: "2026-11-21T08:00:00+07:00", featured: "2026-11-25T08:00:00+07:00" }';
    expect(checkFrontPage(checkedArticle({ date, home }))).toEqual([]);
    expect(checkFrontPage(checkedArticle({ date, home: '{ hidden: true }' }))).toEqual([]);
  });

  it('refuses a pin that ends before the story is published, and one on a story kept off the home page', () => {
    const before = '{ lead: "2026-11-19T08:00:00+07:00" }';
    expect(summary(checkFrontPage(checkedArticle({ date, home: before })))).toEqual([
      '6 home.lead error: ghim đến Thứ Năm, 19/11/2026, 08:00, không sau giờ đăng Thứ Sáu, 20/11/2026, 08:00: không có tác dụng (pinned until before publish)',
    ]);
    const both = '{ featured: "2026-11-21T08:00:00+07:00", hidden: true }';
    expect(summary(checkFrontPage(checkedArticle({ date, home: both })))).toEqual([
      '6 home.featured error: bài vừa ghim lên trang chủ vừa có hidden: true (home.featured and home.hidden)',
    ]);
  });
});
