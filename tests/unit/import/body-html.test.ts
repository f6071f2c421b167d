import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/lib/convert/to-markdown.ts';
import { bodyFromHtml, plainText } from '../../../src/lib/import/body-html.ts';

const placeAll = (src: string) => ({ path: `./bai/${src.split('/').pop()}` });

describe('bodyFromHtml', () => {
  it('keeps text, links and emphasis, and drops the editor’s spans, styles and empty paragraphs', () => {
    const { blocks, warnings } = bodyFromHtml(
      '<p style="text-align:justify"><span style="font-size:14px">Một <em>đoạn</em> <a href="/news/a-1.html">có liên kết</a>.</span></p><p>&nbsp;</p><div class="x"><font color="red">Đoạn hai.</font></div>',
      placeAll,
    );
    expect(warnings).toEqual([]);
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: 'Đoạn hai.' });
    expect(toMarkdown({ frontMatter: {} as never, body: blocks })).toBe(
      '---\n---\n\nMột _đoạn_ [có liên kết](/news/a-1.html).\n\nĐoạn hai.\n',
    );
  });

  it('keeps two lists in a row apart, and a table with its first row as the header', () => {
    const { blocks } = bodyFromHtml(
      '<ul><li>một</li></ul><ul><li>hai</li></ul><table><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>A | B</td><td>1</td></tr></table>',
      placeAll,
    );
    expect(toMarkdown({ frontMatter: {} as never, body: blocks })).toBe(
      '---\n---\n\n- một\n\n* hai\n\n| Chỉ tiêu | Kết quả |\n| -------- | ------- |\n| A \\| B   | 1       |\n',
    );
  });

  it('drops scripts, styles, hidden blocks and javascript: links, and names the embeds it drops', () => {
    const { blocks, warnings } = bodyFromHtml(
      '<script>alert(1)</script><style>p{}</style><p hidden>ẩn</p><p style="display: none">ẩn</p><p><a href="javascript:alert(1)">Bấm</a> đây.</p><iframe src="https://youtube.com/embed/x"></iframe><video src="/v.mp4"></video>',
      placeAll,
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Bấm đây.' }]);
    expect(warnings).toEqual([
      'bỏ nội dung nhúng <iframe> https://youtube.com/embed/x',
      'bỏ nội dung nhúng <video> /v.mp4',
    ]);
  });

  it('makes each photo a figure in its place: figcaption, else alt; a photo in a link or a table too', () => {
    const { blocks, warnings } = bodyFromHtml(
      '<p>Trước <a href="/uploads/news/lon.jpg"><img src="/uploads/news/a.jpg" alt="Ảnh A"></a> sau.</p><figure><img src="/uploads/news/b.jpg" alt="alt B"><figcaption>Chú thích B</figcaption></figure><table><tr><td>Ô <img src="/uploads/news/c.jpg" alt="Ảnh C"></td></tr></table><p><img src="/uploads/news/d.jpg"></p>',
      placeAll,
    );
    expect(blocks.map((block) => (block.kind === 'markup' ? block.node.type : block))).toEqual([
      { kind: 'paragraph', text: 'Trước' },
      { kind: 'figure', caption: 'Ảnh A', image: './bai/a.jpg' },
      { kind: 'paragraph', text: 'sau.' },
      { kind: 'figure', caption: 'Chú thích B', image: './bai/b.jpg' },
      'table',
      { kind: 'figure', caption: 'Ảnh C', image: './bai/c.jpg' },
    ]);
    expect(warnings).toEqual(['ảnh không có chú thích (alt, figcaption), bỏ khỏi bài: /uploads/news/d.jpg']);
  });

  it('keeps the caption of a photo it cannot place, and says why', () => {
    const { blocks, warnings } = bodyFromHtml('<p><img src="http://x.vn/a.jpg" alt="Ảnh"></p>', () => ({
      reason: 'ở trang khác',
    }));
    expect(blocks).toEqual([{ kind: 'figure', caption: 'Ảnh' }]);
    expect(warnings).toEqual(['ảnh http://x.vn/a.jpg: ở trang khác; chỉ giữ chú thích']);
  });
});

describe('plainText', () => {
  it('decodes the entities NukeViet stores and drops tags', () => {
    expect(plainText('Tin &quot;nóng&quot; &amp; <b>mới</b>&nbsp;nhất')).toBe('Tin "nóng" & mới nhất');
    expect(plainText('  Không   có gì  ')).toBe('Không có gì');
  });
});
