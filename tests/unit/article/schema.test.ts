import { z } from 'astro/zod';
import { describe, it, expect } from 'vitest';
import { articleSchema, articleSchemaFor, categoriesSchema, siteSchema } from '../../../src/lib/article/schema.ts';

const schema = articleSchemaFor(['thoi-su', 'dan-van', 'tin-tuc']);
const valid = {
  title: 'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018',
  date: '2019-10-26T19:18:00+07:00',
  category: 'dan-van',
  summary: 'Sáng ngày 26/12, Ban Dân vận Tỉnh ủy Bình Phước…',
};

const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('article front matter', () => {
  it('accepts the converter’s front matter and reads its date as the instant it names', () => {
    const result = schema.safeParse(valid);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.date.toISOString()).toBe('2019-10-26T12:18:00.000Z');
      expect(result.data.tags).toEqual([]);
    }
  });

  it('accepts a date YAML already turned into a Date', () => {
    expect(schema.safeParse({ ...valid, date: new Date('2019-10-26T12:18:00Z') }).success).toBe(true);
  });

  it('accepts a UTC date and one with another offset', () => {
    expect(schema.safeParse({ ...valid, date: '2019-10-26T12:18:00Z' }).success).toBe(true);
    expect(schema.safeParse({ ...valid, date: '2019-10-26T12:18:00.500-05:00' }).success).toBe(true);
  });

  it.each(['2019-10-26T19:18:00', '2019-10-26', '26/10/2019 19:18', 'hôm qua'])(
    'rejects the date “%s”, which carries no UTC offset',
    (date) => {
      expect(messages({ ...valid, date })).toEqual([expect.stringMatching(/^date: /)]);
    },
  );

  it('tells an editor who typed 26/10/2019 what they typed and the format to use', () => {
    expect(messages({ ...valid, date: '26/10/2019' })).toEqual([
      'date: "26/10/2019" không đúng dạng ISO 8601 có múi giờ, ví dụ 2019-10-26T19:18:00+07:00',
    ]);
  });

  it('says a date that does not exist does not exist', () => {
    expect(messages({ ...valid, date: '2019-02-30T10:00:00+07:00' })).toEqual([
      'date: "2019-02-30T10:00:00+07:00": ngày hoặc giờ không có thật',
    ]);
  });

  it('rejects an invalid Date', () => {
    expect(schema.safeParse({ ...valid, date: new Date('không phải ngày') }).success).toBe(false);
  });

  it('rejects a date string naming a month and day that do not exist', () => {
    expect(schema.safeParse({ ...valid, date: '2019-13-45T00:00:00+07:00' }).success).toBe(false);
  });

  it('rejects 30 February rather than moving the article to March', () => {
    expect(schema.safeParse({ ...valid, date: '2019-02-30T10:00:00+07:00' }).success).toBe(false);
  });

  it('rejects an unknown category, naming it and the valid slugs', () => {
    const problems = messages({ ...valid, category: 'dan-vn' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^category: /);
    expect(problems[0]).toContain('"dan-vn"');
    expect(problems[0]).toContain('thoi-su, dan-van, tin-tuc');
  });

  it('accepts any slug-shaped category in the base schema, and rejects one that is not a slug', () => {
    expect(articleSchema.safeParse({ ...valid, category: 'khong-co' }).success).toBe(true);
    expect(articleSchema.safeParse({ ...valid, category: 'Dân vận' }).success).toBe(false);
  });

  it('rejects a field it does not know, naming it', () => {
    const result = schema.safeParse({ ...valid, catgory: 'dan-van' });
    expect(result.success).toBe(false);
    if (!result.success) expect(JSON.stringify(result.error.issues)).toContain('catgory');
  });

  it('rejects unknown fields inside cover, source and legacy', () => {
    expect(schema.safeParse({ ...valid, cover: { caption: 'Ảnh', credit: 'x' } }).success).toBe(false);
    expect(schema.safeParse({ ...valid, source: { name: 'x', link: 'https://x.vn' } }).success).toBe(false);
    expect(schema.safeParse({ ...valid, legacy: { file: 'a.txt', hits: 1 } }).success).toBe(false);
  });

  it('takes a cover photo with its own alt text, read by whatever image schema the caller gives', () => {
    const cover = { caption: 'Lễ khánh thành', image: './anh.jpg', alt: 'Mặt cầu' };
    expect(schema.parse({ ...valid, cover }).cover).toEqual(cover);
    const resolved = articleSchemaFor(
      ['dan-van'],
      z.string().transform((path) => ({ src: path, width: 1600 })),
    );
    expect(resolved.parse({ ...valid, cover }).cover?.image).toEqual({ src: './anh.jpg', width: 1600 });
  });

  it('rejects a blank title or summary', () => {
    expect(messages({ ...valid, title: '   ' })).toEqual([expect.stringMatching(/^title: /)]);
    expect(messages({ ...valid, summary: '' })).toEqual([expect.stringMatching(/^summary: /)]);
  });

  it('rejects a missing title, date, category or summary', () => {
    for (const field of ['title', 'date', 'category', 'summary'] as const) {
      const { [field]: _, ...rest } = valid;
      expect(messages(rest)).toEqual([expect.stringMatching(new RegExp(`^${field}: `))]);
    }
  });

  it('accepts only http and https links for the source', () => {
    expect(schema.safeParse({ ...valid, source: { url: 'https://baoquankhu7.vn' } }).success).toBe(true);
    expect(schema.safeParse({ ...valid, source: { url: 'javascript:alert(1)' } }).success).toBe(false);
    expect(schema.safeParse({ ...valid, source: { url: 'baoquankhu7.vn' } }).success).toBe(false);
  });

  it('accepts only whole, non-negative counters', () => {
    expect(schema.safeParse({ ...valid, legacy: { views: 386, comments: 0, file: 'a.txt' } }).success).toBe(true);
    expect(schema.safeParse({ ...valid, legacy: { views: -1, file: 'a.txt' } }).success).toBe(false);
    expect(schema.safeParse({ ...valid, legacy: { views: 1.5, file: 'a.txt' } }).success).toBe(false);
    expect(schema.safeParse({ ...valid, legacy: { views: 1 } }).success).toBe(false);
  });
});

describe('categories.yaml schema', () => {
  const entry = { name: 'Dân vận', description: 'Công tác dân vận.' };

  it('defaults keywords to none', () => {
    const result = categoriesSchema.safeParse({ 'dan-van': entry });
    expect(result.success && result.data['dan-van']!.keywords).toEqual([]);
  });

  it('rejects a slug with capitals, accents or spaces', () => {
    for (const slug of ['Dan-van', 'dân-vận', 'dan van', 'dan--van', '-dan']) {
      expect(categoriesSchema.safeParse({ [slug]: entry }).success).toBe(false);
    }
  });

  it('rejects an empty list of categories', () => {
    expect(categoriesSchema.safeParse({}).success).toBe(false);
  });
});

describe('site.yaml schema', () => {
  const site = {
    name: 'Tin tức',
    tagline: 'Tin',
    logo: '/logo.svg',
    url: 'https://tintuc.example',
    defaultCategory: 'tin-tuc',
    pageSize: 20,
    license: 'Giấy phép số 25/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 15/3/2019',
    responsible: 'Nguyễn Văn Minh, Trưởng Ban biên tập',
    about: ['Trang thông tin điện tử tổng hợp.'],
    contact: { address: 'Số 1', phone: '0271', email: 'toasoan@tintuc.example' },
  };

  it('accepts a complete site', () => {
    expect(siteSchema.safeParse(site).success).toBe(true);
  });

  it('refuses a site that does not say its licence, who answers for it, or what it is', () => {
    for (const field of ['license', 'responsible', 'about'] as const) {
      const { [field]: _left, ...without } = site;
      expect(siteSchema.safeParse(without).success, field).toBe(false);
    }
    expect(siteSchema.safeParse({ ...site, about: [] }).success).toBe(false);
  });

  it('rejects a page size of zero and a bad contact email', () => {
    expect(siteSchema.safeParse({ ...site, pageSize: 0 }).success).toBe(false);
    expect(siteSchema.safeParse({ ...site, contact: { ...site.contact, email: 'toasoan' } }).success).toBe(false);
  });
});
