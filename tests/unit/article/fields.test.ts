import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldDocs, yamlValue } from '../../../src/lib/article/fields.ts';
import { articleSchema } from '../../../src/lib/article/schema.ts';

describe('fieldDocs', () => {
  const fields = fieldDocs(articleSchema);
  const byPath = new Map(fields.map((field) => [field.path, field]));

  it('lists every field of the front matter, each group followed by its own fields', () => {
    const paths = fields.map((field) => field.path);
    expect(paths.filter((path) => !path.includes('.'))).toEqual(Object.keys(articleSchema.shape));
    expect(paths.slice(paths.indexOf('cover'), paths.indexOf('cover') + 3)).toEqual([
      'cover',
      'cover.caption',
      'cover.image',
    ]);
  });

  it('gives every field a Vietnamese description', () => {
    for (const field of fields) expect(field.description, field.path).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
  });

  it('says which fields must be written, inside a group whenever the group is', () => {
    expect(fields.filter((field) => field.required).map((field) => field.path)).toEqual([
      'title',
      'date',
      'category',
      'summary',
      'cover.caption',
    ]);
  });

  it('names the dates as dates, with the example written as typed despite their transform', () => {
    expect(byPath.get('date')).toMatchObject({ type: 'ngày giờ (date-time)', example: '"2019-10-26T19:18:00+07:00"' });
    expect(byPath.get('publishAt')).toMatchObject({ type: 'ngày giờ (date-time)', required: false });
    expect(byPath.get('tags')).toMatchObject({ type: 'danh sách chữ (list)', example: '["dân vận", "Tỉnh ủy"]' });
    expect(byPath.get('source.url')?.type).toBe('địa chỉ web (URL)');
    expect(byPath.get('legacy.views')).toMatchObject({ type: 'số nguyên (integer)', example: '386' });
  });

  it('refuses a field without a description, and a type it has no Vietnamese name for', () => {
    expect(() => fieldDocs(z.strictObject({ headline: z.string() }))).toThrow(
      'headline: the schema gives no description',
    );
    expect(() => fieldDocs(z.strictObject({ score: z.number().describe('Điểm') }))).toThrow(
      /score: no Vietnamese name/,
    );
  });
});

describe('yamlValue', () => {
  it('writes a value as it is typed in front matter', () => {
    expect(yamlValue('Hội nghị "Dân vận khéo"')).toBe('"Hội nghị \\"Dân vận khéo\\""');
    expect(yamlValue(['a', 'b'])).toBe('["a", "b"]');
    expect(yamlValue(true)).toBe('true');
    expect(yamlValue(0)).toBe('0');
  });
});
