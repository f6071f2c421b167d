import { describe, it, expect } from 'vitest';
import type { Category } from '../../../src/lib/article/schema.ts';
import { compileClassifier } from '../../../src/lib/convert/category.ts';

const category = (slug: string, keywords: string[]): Category => ({ slug, name: slug, description: slug, keywords });

const categories = [
  category('thoi-su', ['Tỉnh ủy', 'HĐND']),
  category('dan-van', ['dân vận', 'dân vận khéo']),
  category('an-ninh', ['an ninh', 'công an']),
  category('tin-tuc', []),
];

const classify = (title: string, text: string, from: readonly Category[], fallback: string) =>
  compileClassifier(from, fallback)(title, text);

describe('classify', () => {
  it('files the article under the category whose keywords come up most', () => {
    expect(classify('Tin', 'Công tác dân vận. Dân vận khéo. Tỉnh ủy.', categories, 'tin-tuc').category).toBe('dan-van');
  });

  it('counts a keyword in the title three times', () => {
    const text = 'an ninh, an ninh';
    expect(classify('Tỉnh ủy họp', text, categories, 'tin-tuc').category).toBe('thoi-su');
    expect(classify('Họp', text, categories, 'tin-tuc').category).toBe('an-ninh');
  });

  it('matches keywords without regard to case', () => {
    expect(classify('TIN', 'hđnd tỉnh. HĐND huyện.', categories, 'tin-tuc')).toEqual({
      category: 'thoi-su',
      tags: ['HĐND'],
    });
  });

  it('matches whole words only: `an ninh` is not found inside `ban ninh`', () => {
    expect(classify('Tin', 'Trưởng ban ninh ban ninh ban ninh', categories, 'tin-tuc')).toEqual({
      category: 'tin-tuc',
      tags: [],
    });
  });

  it('matches a keyword next to punctuation and at the ends of the text', () => {
    expect(classify('Tin', 'an ninh, (an ninh) “an ninh”-an ninh', categories, 'tin-tuc').tags).toEqual(['an ninh']);
  });

  it('does not match a keyword right after or before a Vietnamese letter (`đan ninh`, `an ninhư`)', () => {
    expect(classify('Tin', 'đan ninh đan ninh', categories, 'tin-tuc').category).toBe('tin-tuc');
    expect(classify('Tin', 'an ninhư an ninhư', categories, 'tin-tuc').category).toBe('tin-tuc');
  });

  it('files an article no keyword matches under the default category, with no tags', () => {
    expect(classify('Thông báo', 'Một thông báo.', categories, 'tin-tuc')).toEqual({ category: 'tin-tuc', tags: [] });
  });

  it('gives a tie to the category listed first', () => {
    expect(classify('Tin', 'Tỉnh ủy. An ninh.', categories, 'tin-tuc').category).toBe('thoi-su');
    expect(classify('Tin', 'An ninh. Tỉnh ủy.', categories, 'tin-tuc').category).toBe('thoi-su');
    const reversed = [categories[2]!, categories[0]!];
    expect(classify('Tin', 'Tỉnh ủy. An ninh.', reversed, 'tin-tuc').category).toBe('an-ninh');
  });

  it('does not tag a keyword mentioned once in the body', () => {
    expect(classify('Tin', 'Tỉnh ủy họp.', categories, 'tin-tuc')).toEqual({ category: 'thoi-su', tags: [] });
  });

  it('tags a keyword mentioned twice in the body, or once in the title', () => {
    expect(classify('Tin', 'Tỉnh ủy họp. Tỉnh ủy kết luận.', categories, 'tin-tuc').tags).toEqual(['Tỉnh ủy']);
    expect(classify('Tỉnh ủy họp', 'Nội dung.', categories, 'tin-tuc').tags).toEqual(['Tỉnh ủy']);
  });

  it('puts the heaviest tags first and keeps at most five', () => {
    const many = [category('a', ['mít', 'sầu', 'bơ', 'xoài', 'chuối', 'tiêu'])];
    const text = [
      'mít',
      'sầu sầu sầu sầu sầu sầu sầu',
      'bơ bơ bơ',
      'xoài xoài xoài xoài',
      'chuối chuối',
      'tiêu tiêu tiêu tiêu tiêu',
    ];
    expect(classify('Tin', text.join('. '), many, 'x').tags).toEqual(['sầu', 'tiêu', 'xoài', 'bơ', 'chuối']);
  });

  it('never lets a common word (`điều`, in almost every text) decide a category or become a tag', () => {
    const fruit = [category('kinh-te', ['điều', 'hạt điều']), category('xa-hoi', ['phần mềm'])];
    const text = 'Điều kiện cấp phép phần mềm. Điều này, điều kia, điều nọ. Phần mềm mã nguồn mở.';
    expect(classify('Giấy phép phần mềm', text, fruit, 'x')).toEqual({ category: 'xa-hoi', tags: ['phần mềm'] });
    expect(classify('Giá hạt điều tăng', 'Hạt điều xuất khẩu.', fruit, 'x')).toEqual({
      category: 'kinh-te',
      tags: ['hạt điều'],
    });
  });

  it('lets a keyword count in every category that lists it, but tags it once', () => {
    const shared = [category('a', ['dân vận']), category('b', ['dân vận', 'công an'])];
    expect(classify('Tin', 'dân vận, dân vận, công an', shared, 'x')).toEqual({ category: 'b', tags: ['dân vận'] });
  });

  it('treats regular-expression characters in a keyword as plain text', () => {
    const special = [category('a', ['C++', 'a.b'])];
    expect(classify('Tin', 'C++ C++ axb axb', special, 'x')).toEqual({ category: 'a', tags: ['C++'] });
  });
});
