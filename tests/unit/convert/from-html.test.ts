import { describe, it, expect } from 'vitest';
import { fromHtml, looksLikeHtml } from '../../../src/lib/convert/from-html.ts';
import { parseArticle } from '../../../src/lib/convert/parse.ts';
import { loadContentRules } from '../support/content.ts';

const NBSP = '\u00a0';

/** An article page as a NukeViet 4 portal serves it, cut down to what matters. */
const PAGE = `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Tỉnh Bình Phước tổng kết công tác dân vận năm 2018 - Tin tức</title>
  <style>body { font-family: Arial; }</style>
  <script>var nv_base_siteurl = '/';</script>
</head>
<body>
  <noscript><div class="alert">Trình duyệt của bạn đã tắt JavaScript</div></noscript>
  <header>
    <div class="logo"><a href="/"><img alt="Cổng thông tin điện tử" src="/logo.png"></a> Ban Dân vận Tỉnh ủy</div>
    <nav class="second-nav" id="menusite">
      <ul><li><a href="/">Trang nhất</a></li><li><a href="/news/">Tin tức</a></li></ul>
    </nav>
  </header>
  <nav class="third-nav">
    <div class="breadcrumbs-wrap">
      <ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/news/">Tin tức</a></li></ul>
    </div>
  </nav>
  <div class="news_column">
    <div id="news-detail" class="panel">
      <h1 class="title">Tỉnh Bình Phước tổng kết   công tác dân vận năm 2018</h1>
      <div class="time"><span class="h5">Thứ bảy - 26/10/2019 19:18</span></div>
      <div class="hometext">Sáng ngày 26/12, Ban Dân vận Tỉnh ủy Bình Phước phối hợp với Bộ CHQS tỉnh
        tổ chức hội nghị tổng kết.</div>
      <figure class="article center">
        <img alt="Các đơn vị ký kết" src="/uploads/news/2019_10/ky-ket.jpg">
        <figcaption>Các đơn vị ký kết chương trình phối hợp hoạt động năm 2019</figcaption>
      </figure>
      <div id="news-bodyhtml" class="bodytext">
        <p>Năm 2018, công tác dân vận có nhiều chuyển biến tích cực &amp; đạt nhiều kết quả quan trọng.</p>
        <p>&nbsp;Thực hiện chủ trương <strong>“Năm dân vận chính quyền 2018”</strong>, UBND tỉnh đã chỉ đạo
          <a href="/news/">các cơ quan</a>  triển khai đồng bộ.</p>
        <p style="text-align:center"><img alt="Hội nghị" src="/uploads/news/2019_10/hoi-nghi.jpg"><br>
          Đồng chí Lê Thị Xuân Trang, Trưởng ban Dân vận Tỉnh ủy kết luận tại hội nghị</p>
        <p>Đồng chí đề nghị các cơ quan tiếp tục đẩy mạnh công tác dân vận năm 2019./.</p>
        <p>Nguồn: baoquankhu7.vn</p>
      </div>
      <form class="comment" action="/comment/"><textarea name="content"></textarea><button>Gửi bình luận</button></form>
    </div>
  </div>
  <footer id="footer"><p>© Ban Dân vận Tỉnh ủy Bình Phước</p></footer>
  <script src="/themes/default/js/main.js"></script>
</body>
</html>
`;

const PAGE_TEXT = [
  'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018',
  'Thứ bảy - 26/10/2019 19:18',
  'Sáng ngày 26/12, Ban Dân vận Tỉnh ủy Bình Phước phối hợp với Bộ CHQS tỉnh tổ chức hội nghị tổng kết.',
  `${NBSP}Các đơn vị ký kết chương trình phối hợp hoạt động năm 2019`,
  'Năm 2018, công tác dân vận có nhiều chuyển biến tích cực & đạt nhiều kết quả quan trọng.',
  'Thực hiện chủ trương “Năm dân vận chính quyền 2018”, UBND tỉnh đã chỉ đạo các cơ quan triển khai đồng bộ.',
  `${NBSP}Đồng chí Lê Thị Xuân Trang, Trưởng ban Dân vận Tỉnh ủy kết luận tại hội nghị`,
  'Đồng chí đề nghị các cơ quan tiếp tục đẩy mạnh công tác dân vận năm 2019./.',
  'Nguồn: baoquankhu7.vn',
]
  .map((block) => `${block}\n`)
  .join('\n');

const body = (html: string) => fromHtml(`<!doctype html><html><body>${html}</body></html>`);

describe('fromHtml', () => {
  it('turns a NukeViet article page into the text layout of the dumps', () => {
    expect(fromHtml(PAGE)).toBe(PAGE_TEXT);
  });

  it('gives the text parser an article it converts like a text dump', () => {
    const result = parseArticle(fromHtml(PAGE), 'bai.html', loadContentRules());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { frontMatter, body } = result.article;
    expect(frontMatter.title).toBe('Tỉnh Bình Phước tổng kết công tác dân vận năm 2018');
    expect(frontMatter.date).toMatch(/^2019-10-26T19:18/);
    expect(frontMatter.summary).toMatch(/^Sáng ngày 26\/12/);
    expect(frontMatter.source).toEqual({ name: 'baoquankhu7.vn', url: 'https://baoquankhu7.vn' });
    expect(body.map((block) => block.kind)).toEqual(['figure', 'paragraph', 'paragraph', 'figure', 'paragraph']);
    expect(body[3]).toEqual({
      kind: 'figure',
      caption: 'Đồng chí Lê Thị Xuân Trang, Trưởng ban Dân vận Tỉnh ủy kết luận tại hội nghị',
    });
  });

  it('turns <br> into a line break inside the block', () => {
    expect(body('<p>Dòng một<br>Dòng hai<br/>\n  Dòng ba</p><p>Đoạn sau</p>')).toBe(
      'Dòng một\nDòng hai\nDòng ba\n\nĐoạn sau\n',
    );
  });

  it('leaves no empty line for a <br> at the edge of a block or a run of them', () => {
    expect(body('<p><br>Dòng một<br><br>Dòng hai<br></p>')).toBe('Dòng một\nDòng hai\n');
  });

  it('indents the text of a paragraph holding an image with alt text, as a caption', () => {
    expect(body('<p>Đoạn một.</p><p><img alt="Ảnh" src="a.jpg"> Lãnh đạo tỉnh dự hội nghị</p>')).toBe(
      `Đoạn một.\n\n${NBSP}Lãnh đạo tỉnh dự hội nghị\n`,
    );
  });

  it('prints a figure whose alt text and caption agree twice, as the text dumps print it', () => {
    const html =
      '<figure><img alt="Toàn cảnh hội nghị" src="a.jpg"><figcaption>Toàn cảnh <em>hội nghị</em></figcaption></figure>';
    expect(body(html)).toBe(`${NBSP}Toàn cảnh hội nghị\n${NBSP}Toàn cảnh hội nghị\n`);
  });

  it('prints a figure whose alt text differs from its caption once', () => {
    const html = '<figure><img alt="Ảnh" src="a.jpg"><figcaption>Toàn cảnh hội nghị</figcaption></figure>';
    expect(body(html)).toBe(`${NBSP}Toàn cảnh hội nghị\n`);
  });

  it('adds nothing for an image without a caption, nor a caption for an image without alt text', () => {
    const html =
      '<figure><img alt="Ảnh" src="a.jpg"></figure><p><img alt="Ảnh" src="b.jpg"></p>' +
      '<p><img src="icon.gif" alt=""> Tải văn bản</p>';
    expect(body(html)).toBe('Tải văn bản\n');
  });

  it('does not indent a paragraph that follows an image outside it', () => {
    expect(body('<div><img alt="Ảnh" src="a.jpg"><p>Đoạn văn.</p></div>')).toBe('Đoạn văn.\n');
  });

  it('drops hidden elements: hidden, aria-hidden="true", display:none', () => {
    const html =
      '<p hidden>Ẩn một</p><div aria-hidden="true">Ẩn hai</div><span style="display: none">Ẩn ba</span>' +
      '<p aria-hidden="false">Hiện</p>';
    expect(body(html)).toBe('Hiện\n');
  });

  it('drops scripts, styles, templates, iframes, svg, forms and their controls', () => {
    const html =
      '<script>alert(1)</script><style>p{}</style><template><p>Mẫu</p></template><iframe src="x"></iframe>' +
      '<svg><text>Hình</text></svg><form><input value="Tìm"><select><option>Chọn</option></select>' +
      '<button>Gửi</button></form><p>Văn bản</p>';
    expect(body(html)).toBe('Văn bản\n');
  });

  it('keeps the <form> an ASP.NET page wraps around everything, which holds the title', () => {
    expect(body('<form id="form1"><input type="hidden" value="x"><h1>Tiêu đề</h1><p>Đoạn.</p></form>')).toBe(
      'Tiêu đề\n\nĐoạn.\n',
    );
  });

  it('drops the page header and footer, but keeps those of an <article>', () => {
    const html =
      '<header>Cổng thông tin</header><article><header><h1>Tiêu đề</h1></header><p>Đoạn.</p>' +
      '<footer>Tác giả: Minh Anh</footer></article><footer>Bản quyền</footer>';
    expect(body(html)).toBe('Tiêu đề\n\nĐoạn.\n\nTác giả: Minh Anh\n');
  });

  it('puts inline text together with one space between words, never gluing or doubling', () => {
    const html =
      '<p>  Ông <strong>Nguyễn <em>Văn</em></strong> <a href="#"><span>An</span></a>,\n\tchủ tịch ' +
      '<b>UBND</b><i>tỉnh</i>  </p>';
    expect(body(html)).toBe('Ông Nguyễn Văn An, chủ tịch UBNDtỉnh\n');
  });

  it('splits a div with direct text around its child blocks', () => {
    expect(body('<div>Trước <span>đoạn</span><p>Giữa</p>sau</div>')).toBe('Trước đoạn\n\nGiữa\n\nsau\n');
  });

  it('gives list items, definition terms and table rows a line each', () => {
    const html =
      '<ul><li>Một</li><li>Hai</li></ul><dl><dt>Thời gian</dt><dd>26/12</dd></dl>' +
      '<table><tr><th>Huyện</th><th>Hộ</th></tr><tr><td>Lộc Ninh</td><td>1.254</td></tr></table>';
    expect(body(html)).toBe('Một\n\nHai\n\nThời gian\n\n26/12\n\nHuyện Hộ\n\nLộc Ninh 1.254\n');
  });

  it('decodes entities and keeps a no-break space inside the text', () => {
    expect(body('<p>&nbsp;A &amp; B&nbsp;C &lt;tag&gt; &quot;D&quot;&nbsp;</p>')).toBe(`A & B${NBSP}C <tag> "D"\n`);
  });

  it('reads an HTML fragment without <html> or <body>', () => {
    expect(fromHtml('<h1>Tiêu đề</h1>\n<p>Đoạn một.</p>')).toBe('Tiêu đề\n\nĐoạn một.\n');
  });

  it('gives an empty string for a page with no text', () => {
    expect(fromHtml('<!doctype html><html><head><title>Trống</title></head><body> </body></html>')).toBe('');
  });
});

describe('looksLikeHtml', () => {
  it('recognises a page by its doctype or <html> tag, after a byte-order mark and white space', () => {
    expect(looksLikeHtml('<!DOCTYPE html>\n<html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF  \n<!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">')).toBe(true);
    expect(looksLikeHtml('<html lang="vi">')).toBe(true);
    expect(looksLikeHtml('<HTML>')).toBe(true);
  });

  it('recognises a fragment by its block tags', () => {
    expect(looksLikeHtml('<h1>Tiêu đề</h1>\n<div class="time">Thứ bảy</div>\n<p>Đoạn.</p>\n<p>Đoạn hai.</p>')).toBe(
      true,
    );
    expect(looksLikeHtml('<div><p>Đoạn một.<br/>Tiếp.</p><P class="x">Đoạn hai.</P></div>')).toBe(true);
  });

  it('reads a text dump as text, even with a hostile <script> line', () => {
    const dump = 'Tiêu đề\n\nThứ bảy - 26/10/2019 19:18\n<script>alert("x")</script>\nĐoạn một.\nĐoạn hai.';
    expect(looksLikeHtml(dump)).toBe(false);
  });

  it('reads a text dump with a few stray tags as text', () => {
    const dump = ['Tiêu đề', '', 'Thứ bảy - 26/10/2019 19:18', 'Đoạn<br>một.', 'Đoạn hai <p>.', 'Đoạn ba <div>.'];
    expect(looksLikeHtml([...dump, ...Array(10).fill('Đoạn văn.')].join('\n'))).toBe(false);
  });

  it('does not take words that begin like a tag for one', () => {
    expect(looksLikeHtml('<htmlx>\n<pre> <dialog> <brick>')).toBe(false);
    expect(looksLikeHtml('Tiêu đề\n\nĐoạn văn.')).toBe(false);
    expect(looksLikeHtml('')).toBe(false);
  });
});
