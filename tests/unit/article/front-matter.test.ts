import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toYaml } from '../../../src/lib/article/front-matter.ts';

const TRICKY = [
  '2019-10-26',
  'yes',
  'null',
  '---',
  '# không phải chú thích',
  'title: injected',
  'Trích "câu nói" và \\ gạch chéo',
  'Dòng một\nDòng hai',
  'Tab\tở giữa',
  'Ký tự U+2028\u2028ở giữa',
  'Ký tự NEL\u0085ở giữa',
  'Ký tự điều khiển \u0001 và \u007f',
  'Dấu BOM \ufeff ở giữa',
  '  khoảng trắng hai đầu  ',
  'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018',
];

describe('toYaml', () => {
  it('writes the schema’s shapes: quoted strings, numbers, lists, nested objects, in the given order', () => {
    expect(
      toYaml({
        title: 'Tiêu đề',
        tags: ['dân vận', 'LLVT'],
        empty: [],
        cover: { caption: 'Ảnh' },
        legacy: { views: 386, comments: 0, file: 'a.txt' },
        draft: true,
        author: undefined,
      }),
    ).toBe(
      [
        'title: "Tiêu đề"',
        'tags:',
        '  - "dân vận"',
        '  - "LLVT"',
        'empty: []',
        'cover:',
        '  caption: "Ảnh"',
        'legacy:',
        '  views: 386',
        '  comments: 0',
        '  file: "a.txt"',
        'draft: true',
        '',
      ].join('\n'),
    );
  });

  it.each(TRICKY)('writes %j so that both YAML readers read back exactly that string', (text) => {
    const yaml = toYaml({ title: text, tags: [text], cover: { caption: text } });
    const expected = { title: text, tags: [text], cover: { caption: text } };
    expect(parseYaml(yaml)).toEqual(expected);
    expect(matter(`---\n${yaml}---\n`, {}).data).toEqual(expected);
  });
});
