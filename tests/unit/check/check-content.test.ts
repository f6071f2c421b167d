import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../../src/lib/check/check-content.ts';
import { formatProblem } from '../../../src/lib/check/problem.ts';
import { articleText } from '../support/articles.ts';
import { readProjectFile } from '../support/content.ts';

const settings = {
  categories: { path: 'content/categories.yaml', text: readProjectFile('content/categories.yaml') },
  site: { path: 'content/site.yaml', text: readProjectFile('content/site.yaml') },
};
const options = { now: new Date('2026-11-27T08:00:00+07:00'), publicDir: 'public', exists: () => false };
const check = (content: Partial<ContentFiles>) => checkContent({ articles: [], ...settings, ...content }, options);

describe('checkContent', () => {
  it('lists problems file by file, line by line, in the one-line form editors read', () => {
    const problems = check({
      articles: [
        { path: 'content/articles/c.md', text: articleText({ category: 'tin-moi' }, '[x](/khong-co/)') },
        { path: 'content/articles/b.md', text: articleText({ tags: '"dân vận"' }, '[x](/khong-co/)') },
        { path: 'content/articles/a.md', text: articleText({ category: 'kinh-te' }, '[x](/khong-co/)') },
      ],
    });
    // One pass: a wrong front matter does not hide the broken link in the same file's body.
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/a.md:8 — nội dung (body) — không có trang /khong-co/ (broken link) — sửa đường dẫn cho đúng, hoặc bỏ liên kết',
      'content/articles/b.md:6 — tags — phải là danh sách, không phải chữ "dân vận" (expected array) — viết theo mẫu tags: ["dân vận", "Tỉnh ủy"]',
      'content/articles/b.md:9 — nội dung (body) — không có trang /khong-co/ (broken link) — sửa đường dẫn cho đúng, hoặc bỏ liên kết',
      'content/articles/c.md:4 — category — chuyên mục "tin-moi" không có (unknown category) — dùng một trong: thoi-su, dan-van, kinh-te, xa-hoi, quoc-phong-an-ninh, van-hoa, tin-tuc',
      'content/articles/c.md:8 — nội dung (body) — không có trang /khong-co/ (broken link) — sửa đường dẫn cho đúng, hoặc bỏ liên kết',
    ]);
  });

  it('reports a missing photo and a caption without a photo in a file whose YAML is broken', () => {
    const text = 'title: “Hội nghị: tổng kết”\n';
    const problems = check({
      articles: [
        {
          path: 'content/articles/a.md',
          text: `---\n${text}---\n\n![Hội nghị](./hoi-nghi.jpg)\n\n<figure><figcaption>Ký kết</figcaption></figure>\n`,
        },
      ],
    });
    expect(problems.map((problem) => `${problem.line} ${problem.field} ${problem.severity}: ${problem.what}`)).toEqual([
      '2 title error: giá trị mở bằng ngoặc kép cong “ (curly quotes): YAML chỉ hiểu ngoặc kép thẳng "',
      '5 nội dung (body) error: không có tệp ảnh content/articles/hoi-nghi.jpg (image not found)',
      '7 nội dung (body) warning: hình chỉ có chú thích, không có ảnh: trang không in hình này (caption without a photo)',
    ]);
  });

  it('marks a warning as one', () => {
    const [problem] = check({ articles: [{ path: 'a.md', text: articleText({ draft: 'true' }, '[x](/khong-co/)') }] });
    expect(formatProblem(problem!)).toBe(
      'a.md:9 — nội dung (body) — cảnh báo (warning): không có trang /khong-co/ (broken link) — sửa đường dẫn cho đúng, hoặc bỏ liên kết',
    );
  });

  it('still checks the articles when categories.yaml is broken, without the checks that need it', () => {
    const problems = check({
      categories: { path: 'content/categories.yaml', text: 'dan-van: {}\n' },
      articles: [
        { path: 'a.md', text: articleText({ category: 'bat-ky', date: '"2091-01-01T00:00:00+07:00"' }, '[x](/y/)') },
      ],
    });
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field}`)).toEqual([
      'a.md:3 date',
      'content/categories.yaml:1 dan-van.name',
      'content/categories.yaml:1 dan-van.description',
    ]);
  });

  it('leaves a file the content collection skips out of the other checks', () => {
    const problems = check({ articles: [{ path: 'a/tin.markdown', text: 'không có front matter' }] });
    expect(problems.map((problem) => problem.what)).toEqual([
      'tệp tin.markdown không được đăng: đuôi tệp phải là .md, chữ thường (wrong extension)',
    ]);
  });
});
