import { describe, expect, it } from 'vitest';
import { bodyReferences } from '../../../src/lib/check/body-references.ts';

describe('bodyReferences', () => {
  it('finds markdown photos and links with their line', () => {
    expect(
      bodyReferences('\nĐoạn [một](/bai-viet/a/ "tiêu đề") và ![Ảnh hội nghị](./anh.jpg).\n[hai](<./có dấu cách.pdf>)'),
    ).toEqual([
      { kind: 'link', target: '/bai-viet/a/', text: 'một', line: 1 },
      { kind: 'image', target: './anh.jpg', text: 'Ảnh hội nghị', line: 1 },
      { kind: 'link', target: './có dấu cách.pdf', text: 'hai', line: 2 },
    ]);
  });

  it('finds the HTML photos and links an editor may paste', () => {
    expect(
      bodyReferences('<img alt="Ảnh" src="/a.jpg"> <a class="x" href="/the/dan-van/">chủ đề</a> <img src=b.jpg>'),
    ).toEqual([
      { kind: 'image', target: '/a.jpg', text: 'Ảnh', line: 0 },
      { kind: 'link', target: '/the/dan-van/', text: '', line: 0 },
    ]);
  });

  it('keeps a caption with brackets in it whole', () => {
    expect(bodyReferences('![Ảnh [tư liệu]](a.jpg)')).toEqual([
      { kind: 'image', target: 'a.jpg', text: 'Ảnh [tư liệu]', line: 0 },
    ]);
  });

  it('skips code: fenced blocks and code spans', () => {
    expect(bodyReferences('```\n[a](/x/)\n```\n`[b](/y/)` [c](/z/)\n~~~~\n![d](e.jpg)\n~~~~')).toEqual([
      { kind: 'link', target: '/z/', text: 'c', line: 3 },
    ]);
  });
});
