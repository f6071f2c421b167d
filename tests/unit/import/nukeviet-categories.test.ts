import { describe, expect, it } from 'vitest';
import { importCategories } from '../../../src/lib/import/nukeviet-categories.ts';
import { parseCategories } from '../../../src/lib/settings/parse-settings.ts';

const EXISTING = '# Chuyên mục\nthoi-su:\n  name: Thời sự\n  description: Tin thời sự.\n';

describe('importCategories', () => {
  it('appends the portal’s categories with their parents, keeps the declared ones, and reads back', () => {
    const result = importCategories(
      [
        { catid: 1, parentid: 0, title: 'Thời sự', alias: 'Thoi-su', description: '' },
        { catid: 2, parentid: 1, title: 'Chính trị', alias: 'Chinh-tri', description: 'Tin &amp; bài' },
        { catid: 3, parentid: 2, title: 'Đảng', alias: 'chinh-tri', description: '' },
      ],
      EXISTING,
      ['thoi-su'],
    );
    expect(result.added).toEqual(['chinh-tri', 'chinh-tri-3']);
    expect([...result.byCatid]).toEqual([
      [1, { slug: 'thoi-su', alias: 'Thoi-su' }],
      [2, { slug: 'chinh-tri', alias: 'Chinh-tri' }],
      [3, { slug: 'chinh-tri-3', alias: 'chinh-tri' }],
    ]);
    expect(result.text!.startsWith(EXISTING)).toBe(true);
    expect(parseCategories(result.text!)).toEqual([
      { slug: 'thoi-su', name: 'Thời sự', description: 'Tin thời sự.', keywords: [] },
      { slug: 'chinh-tri', name: 'Chính trị', description: 'Tin & bài', keywords: [], parent: 'thoi-su' },
      { slug: 'chinh-tri-3', name: 'Đảng', description: 'Đảng', keywords: [], parent: 'chinh-tri' },
    ]);
  });

  it('changes nothing when every category is declared', () => {
    const result = importCategories(
      [{ catid: 1, parentid: 0, title: 'Thời sự', alias: 'thoi-su', description: '' }],
      EXISTING,
      ['thoi-su'],
    );
    expect(result.text).toBeUndefined();
  });
});

describe('categories.yaml parent', () => {
  it('must name a declared category, and never loop', () => {
    expect(() => parseCategories('a:\n  name: A\n  description: A.\n  parent: b\n')).toThrow('parent "b" không có');
    expect(() =>
      parseCategories('a:\n  name: A\n  description: A.\n  parent: b\nb:\n  name: B\n  description: B.\n  parent: a\n'),
    ).toThrow('vòng');
  });
});
