import { describe, expect, it } from 'vitest';
import { articleText, readArticleText } from '../support/articles.ts';

describe('readArticle', () => {
  it('reads an article as the content collection does: id from the file name, body after the front matter', () => {
    const { problems, article } = readArticleText(articleText({}, 'Đoạn một.'), 'content/articles/2019/hoi-nghi.md');
    expect(problems).toEqual([]);
    expect(article).toMatchObject({ file: 'content/articles/2019/hoi-nghi.md', id: 'hoi-nghi', bodyLine: 6 });
    expect(article!.body).toBe('\n\nĐoạn một.\n');
    expect(article!.data.date.toISOString()).toBe('2019-10-26T12:18:00.000Z');
    expect(article!.lineOf(['category'])).toBe(4);
  });

  it('counts lines from the real start of the file, after a byte-order mark or blank lines', () => {
    expect(readArticleText(`\uFEFF${articleText({ tags: 'x' })}`).problems[0]!.line).toBe(6);
    expect(readArticleText(`\n\n${articleText({ tags: 'x' })}`).problems[0]!.line).toBe(8);
  });

  it('reports a file without front matter once', () => {
    const { problems, article } = readArticleText('Chỉ có nội dung.\n\n---\ntitle: a\n---\n');
    expect(article).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        line: 1,
        field: 'front matter',
        what: expect.stringContaining('(missing front matter)'),
      }),
    ]);
  });

  it('reports a YAML syntax error once, at the line of the file', () => {
    const { problems } = readArticleText(articleText({ title: 'Hội nghị: tổng kết' }));
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, field: 'title', what: expect.stringContaining('YAML') }),
    ]);
  });

  it('takes empty front matter for no fields, as Astro does', () => {
    const { problems } = readArticleText('---\n---\n\nNội dung.\n');
    expect(problems.map((problem) => `${problem.line} ${problem.field}`)).toEqual([
      '1 title',
      '1 date',
      '1 category',
      '1 summary',
    ]);
  });

  it('validates with the categories it is given', () => {
    const { problems } = readArticleText(articleText({ category: 'kinh-te' }));
    expect(problems).toEqual([
      expect.objectContaining({ line: 4, field: 'category', what: 'chuyên mục "kinh-te" không có (unknown category)' }),
    ]);
  });
});
