import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldDocs } from '../../../src/lib/article/fields.ts';
import { articleSchema, siteSchema } from '../../../src/lib/article/schema.ts';
import { issuesToProblems, unknownCategory, vietnameseMessages } from '../../../src/lib/check/schema-issues.ts';
import { readYaml } from '../../../src/lib/check/yaml-source.ts';

/** Each line `field — what — fix` for YAML validated by `schema`. */
function lines(schema: z.ZodType, yaml: string, fields = fieldDocs(articleSchema)): string[] {
  const read = readYaml('a.md', yaml);
  if ('problem' in read) throw new Error(read.problem.what);
  const result = schema.safeParse(read.source.data, { error: vietnameseMessages, reportInput: true });
  if (result.success) return [];
  return issuesToProblems(result.error.issues, 'a.md', read.source, fields)
    .sort((a, b) => a.line - b.line)
    .map((problem) => `${problem.line} ${problem.field} — ${problem.what} — ${problem.fix}`);
}

const valid = 'title: "Bài"\ndate: "2019-10-26T19:18:00+07:00"\ncategory: dan-van\nsummary: "Sapo."\n';

describe('schema issues as problems', () => {
  it("rewrites a date typed the Vietnamese way into the editor's own date in the right form", () => {
    expect(lines(articleSchema, valid.replace('"2019-10-26T19:18:00+07:00"', '26/10/2019 19:18'))).toEqual([
      '2 date — "26/10/2019 19:18" không đúng dạng ISO 8601 có múi giờ, ví dụ 2019-10-26T19:18:00+07:00 (invalid date) — viết date: "2019-10-26T19:18:00+07:00"',
    ]);
  });

  it('names curly quotes when they are what is wrong with a date', () => {
    expect(lines(articleSchema, valid.replace('"2019-10-26T19:18:00+07:00"', '“2019-10-26T19:18:00+07:00”'))).toEqual([
      '2 date — "“2019-10-26T19:18:00+07:00”" không đúng dạng ISO 8601 có múi giờ, ví dụ 2019-10-26T19:18:00+07:00 (invalid date, ngoặc kép cong “ ” (curly quotes)) — viết date: "2019-10-26T19:18:00+07:00"',
    ]);
  });

  it('names a missing field and gives the line to add, from the schema’s example', () => {
    expect(lines(articleSchema, valid.replace('title: "Bài"\n', ''))).toEqual([
      '1 title — thiếu trường bắt buộc (required) — thêm dòng title: "Tỉnh Bình Phước tổng kết công tác dân vận năm 2018"',
    ]);
  });

  it('tells an empty value from a missing one', () => {
    expect(lines(articleSchema, valid.replace('"Sapo."', '""'))).toEqual([
      '4 summary — đang để trống (empty) — viết theo mẫu summary: "Sáng 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2018."',
    ]);
    expect(lines(articleSchema, valid.replace('"Sapo."', ''))).toEqual([
      expect.stringMatching(/^4 summary — đang để trống \(empty\) — /),
    ]);
  });

  it('keeps the schema’s own Vietnamese message, adding the English term', () => {
    expect(lines(articleSchema, valid.replace('dan-van', 'Dân vận'))).toEqual([
      '3 category — phải là slug chữ thường, ví dụ dan-van (invalid format) — viết theo mẫu category: "dan-van"',
    ]);
  });

  it('suggests the field an unknown one is a typo of, or lists the fields there are', () => {
    expect(lines(articleSchema, `${valid}catgory: x\ncover:\n  caption: Ảnh\n  photo: a.jpg\n`)).toEqual([
      '5 catgory — trường "catgory" không có trong mẫu (unknown field) — sửa thành category',
      '8 cover.photo — trường "photo" không có trong mẫu (unknown field) — xóa dòng này; các trường dùng được: caption, image, alt',
    ]);
  });

  it('says what a wrong type is and what it should be', () => {
    expect(lines(articleSchema, `${valid}legacy:\n  views: "386"\n  file: a.txt\n`)).toEqual([
      '6 legacy.views — phải là số, không phải chữ "386" (expected number) — viết theo mẫu views: 386',
    ]);
  });

  it('names an unknown category and the ones there are', () => {
    expect(unknownCategory('tin-moi', ['thoi-su', 'dan-van'])).toEqual({
      what: 'chuyên mục "tin-moi" không có (unknown category)',
      fix: 'dùng một trong: thoi-su, dan-van',
    });
  });

  it('words bounds as the schema sets them, inclusive or not', () => {
    const site =
      'name: a\ntagline: b\nlogo: /l.svg\nurl: https://a.vn\ndefaultCategory: a\npageSize: 0\nlicense: c\nresponsible: d\nabout: [e]\ncontact:\n  address: a\n  phone: b\n  email: a@a.vn\n';
    expect(lines(siteSchema, site, [])).toEqual(['6 pageSize — phải lớn hơn 0 (too small) — sửa giá trị cho đúng']);
  });
});
