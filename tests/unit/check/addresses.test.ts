import { describe, expect, it } from 'vitest';
import { checkAliases, checkDuplicateIds, checkFileNames } from '../../../src/lib/check/addresses.ts';
import { checkedArticle } from '../support/articles.ts';

const whats = (problems: { file: string; line: number; what: string; fix: string }[]) =>
  problems.map((problem) => `${problem.file}:${problem.line} ${problem.what} — ${problem.fix}`);

describe('checkFileNames', () => {
  it('accepts names the slugifier would make', () => {
    expect(checkFileNames(['content/articles/2019/hoi-nghi-2019.md'])).toEqual([]);
  });

  it('refuses capitals, marks and spaces, naming the file it should be', () => {
    expect(whats(checkFileNames(['content/articles/Hội nghị.md']))).toEqual([
      'content/articles/Hội nghị.md:1 tên tệp là địa chỉ của bài nên chỉ gồm chữ thường không dấu, số và gạch nối (invalid file name) — đổi tên thành hoi-nghi.md',
    ]);
  });

  it('refuses the markdown files the content collection skips', () => {
    expect(checkFileNames(['a/TIN.MD', 'a/tin.markdown']).map((problem) => problem.fix)).toEqual([
      'đổi tên thành TIN.md',
      'đổi tên thành tin.md',
    ]);
  });
});

describe('checkDuplicateIds', () => {
  it('names every file after the first at an address, whatever its folder or case', () => {
    expect(whats(checkDuplicateIds(['a/tin.md', 'b/tin.md', 'c/Tin.md', 'd/khac.md']))).toEqual([
      'b/tin.md:1 cùng địa chỉ /bai-viet/tin/ với a/tin.md (duplicate slug) — đổi tên một trong hai tệp, ví dụ thành tin-2.md',
      'c/Tin.md:1 cùng địa chỉ /bai-viet/tin/ với a/tin.md, chỉ khác chữ hoa, chữ thường (duplicate slug) — đổi tên một trong hai tệp, ví dụ thành tin-2.md',
    ]);
  });
});

describe('checkAliases', () => {
  const withAliases = (file: string, ...aliases: string[]) =>
    checkedArticle({ aliases: JSON.stringify(aliases) }, undefined, file);

  it('keeps the first claim on an old address, `/a` and `/a/` being one', () => {
    const first = withAliases('a.md', '/tin/1/', '/tin/2.html');
    const second = withAliases('b.md', '/tin/1', '/tin/3.html');
    const { problems, kept } = checkAliases([first, second], () => false);
    expect(whats(problems)).toEqual([
      'b.md:6 địa chỉ cũ /tin/1 đã được bài a.md nhận (duplicate alias) — một địa chỉ cũ chỉ dẫn đến một bài: xóa dòng này ở một trong hai bài',
    ]);
    expect(kept).toEqual(
      new Map([
        ['a.md', ['/tin/1/', '/tin/2.html']],
        ['b.md', ['/tin/3.html']],
      ]),
    );
  });

  it('refuses an old address the site writes a file of its own at', () => {
    const { problems, kept } = checkAliases([withAliases('a.md', '/rss.xml')], (file) => file === 'rss.xml');
    expect(problems.map((problem) => problem.what)).toEqual([
      '/rss.xml là địa chỉ một trang của chính trang web, không phải địa chỉ cũ (alias is a page)',
    ]);
    expect(kept.size).toBe(0);
  });
});
