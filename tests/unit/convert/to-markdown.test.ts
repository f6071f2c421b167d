import { describe, it, expect } from 'vitest';
import matter from 'gray-matter';
import type { Paragraph } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Article, BodyBlock } from '../../../src/lib/article/model.ts';
import { articleSchemaFor } from '../../../src/lib/article/schema.ts';
import { parseArticle } from '../../../src/lib/convert/parse.ts';
import { STRINGIFY_OPTIONS, toMarkdown } from '../../../src/lib/convert/to-markdown.ts';
import { loadContentRules, readProjectFile } from '../support/content.ts';

const rules = loadContentRules();
const schema = articleSchemaFor(rules.categories.map((category) => category.slug));

const article = (overrides: Partial<Article['frontMatter']> = {}, body: BodyBlock[] = []): Article => ({
  frontMatter: {
    title: 'Tiêu đề',
    date: '2019-10-26T19:18:00+07:00',
    category: 'dan-van',
    tags: [],
    summary: 'Tóm tắt.',
    ...overrides,
  },
  body,
});

/** The markdown after the closing `---` of the front matter. */
const bodyOf = (markdown: string) => matter(markdown).content;

/** Front matter read back the way the site reads it, then checked by the site's schema. */
function readBack(markdown: string) {
  const checked = schema.safeParse(matter(markdown).data);
  if (!checked.success) throw new Error(`front matter rejected: ${JSON.stringify(checked.error.issues)}`);
  return checked.data;
}

function seedArticle(): Article {
  const result = parseArticle(readProjectFile('seeds/000_7fa307ade4fb8d9e.txt'), '000_7fa307ade4fb8d9e.txt', rules);
  if (!result.ok) throw new Error('the seed did not convert');
  return result.article;
}

describe('front matter', () => {
  it('reads back the converted seed with the site’s schema, with the same values', () => {
    const { frontMatter } = seedArticle();
    const data = readBack(toMarkdown(seedArticle()));
    const { date, ...rest } = data;
    const { date: expectedDate, ...expectedRest } = frontMatter;
    expect(date.getTime()).toBe(new Date(expectedDate).getTime());
    expect(rest).toEqual(expectedRest);
  });

  it('writes the date as the newsroom wrote it, in Vietnam time', () => {
    expect(toMarkdown(seedArticle())).toContain('\ndate: "2019-10-26T19:18:00+07:00"\n');
  });

  it('starts and ends the front matter with `---` lines', () => {
    const markdown = toMarkdown(article());
    expect(markdown.startsWith('---\ntitle: "Tiêu đề"\n')).toBe(true);
    expect(markdown.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });

  it.each([
    ['a title of three dashes', '---'],
    ['a title that looks like a YAML key', 'title: injected'],
    ['a title that looks like a comment', '# không phải chú thích'],
    ['a title with quotes', 'Phong trào "Dân vận khéo" và ‘Bộ đội Cụ Hồ’'],
    ['a title that is a number', '2019'],
    ['a title that is a YAML keyword', 'null'],
    ['a title that looks like a list', '- một'],
    ['a title with a colon inside', 'Bình Phước: tổng kết 2018'],
  ])('keeps %s as the exact title string', (_, title) => {
    const markdown = toMarkdown(article({ title, summary: title }));
    const data = readBack(markdown);
    expect(data.title).toBe(title);
    expect(data.summary).toBe(title);
    expect(Object.keys(matter(markdown).data).sort()).toEqual(['category', 'date', 'summary', 'tags', 'title']);
  });

  it('keeps optional fields the article has, and writes none it lacks', () => {
    const full = article({
      tags: ['dân vận', 'LLVT'],
      cover: { caption: 'Ảnh: hội nghị' },
      source: { name: 'example.vn', url: 'https://www.example.vn/bai-1.html' },
      legacy: { views: 386, comments: 0, file: '000.txt' },
    });
    const data = readBack(toMarkdown(full));
    expect(data.tags).toEqual(['dân vận', 'LLVT']);
    expect(data.cover).toEqual({ caption: 'Ảnh: hội nghị' });
    expect(data.source).toEqual({ name: 'example.vn', url: 'https://www.example.vn/bai-1.html' });
    expect(data.legacy).toEqual({ views: 386, comments: 0, file: '000.txt' });
    expect(matter(toMarkdown(article())).data).not.toHaveProperty('cover');
  });

  it('keeps a title that looks like a YAML date a string', () => {
    expect(readBack(toMarkdown(article({ title: '2019-10-26' }))).title).toBe('2019-10-26');
  });
});

describe('body', () => {
  it('writes paragraphs separated by blank lines, after a blank line under the front matter', () => {
    const markdown = toMarkdown(
      article({}, [
        { kind: 'paragraph', text: 'Đoạn một.' },
        { kind: 'paragraph', text: 'Đoạn hai.' },
      ]),
    );
    expect(markdown.endsWith('---\n\nĐoạn một.\n\nĐoạn hai.\n')).toBe(true);
  });

  it('writes nothing after the front matter when the body is empty', () => {
    expect(toMarkdown(article()).endsWith('summary: "Tóm tắt."\n---\n')).toBe(true);
  });

  it('writes the seed’s body in order with the figure on its own line', () => {
    const markdown = bodyOf(toMarkdown(seedArticle()));
    const blocks = markdown.trim().split('\n\n');
    expect(blocks).toHaveLength(5);
    expect(blocks[0]).toMatch(/^Năm 2018, công tác dân vận/);
    expect(blocks[3]).toBe(
      '<figure><figcaption>Đồng chí Lê Thị Xuân Trang, Trưởng ban Dân vận Tỉnh ủy kết luận tại hội nghị</figcaption></figure>',
    );
    expect(blocks[4]).toMatch(/^Kết luận tại hội nghị/);
    expect(markdown).toContain('1.254 hồ sơ liệt sĩ');
    expect(markdown).toContain('“Bộ đội Cụ Hồ”');
  });

  it.each([
    ['an HTML tag', '<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['a heading marker', '# not a heading', '\\# not a heading'],
    ['an ordered list marker', '1. not a list', '1\\. not a list'],
    ['a bullet list marker', '- not a list', '\\- not a list'],
    ['a block quote marker', '> not a quote', '\\> not a quote'],
    ['emphasis', '*not emphasis*', '\\*not emphasis\\*'],
    ['strong emphasis with underscores', '__not strong__', '\\_\\_not strong\\_\\_'],
    ['a link', '[link](javascript:alert(1))', '\\[link]\\(javascript:alert(1))'],
    ['an image', '![ảnh](x.png)', '!\\[ảnh]\\(x.png)'],
    ['a thematic break', '---', '\\---'],
    ['inline code', '`code`', '\\`code\\`'],
    ['a character reference', 'AT&amp;T', 'AT\\&amp;T'],
  ])('escapes %s so it shows as typed', (_, text, escaped) => {
    const markdown = bodyOf(toMarkdown(article({}, [{ kind: 'paragraph', text }])));
    expect(markdown).toBe(`\n${escaped}\n`);
  });

  it('escapes a link reference definition so the paragraph is not swallowed', () => {
    const markdown = bodyOf(toMarkdown(article({}, [{ kind: 'paragraph', text: '[x]: javascript:alert(1)' }])));
    expect(markdown).toBe('\n\\[x]: javascript:alert(1)\n');
  });

  it('leaves ordinary Vietnamese text and punctuation unescaped', () => {
    const text = 'Năm 2018, đã giải quyết 1.254 hồ sơ liệt sĩ; “Bộ đội Cụ Hồ” – 11/11 huyện (đạt 100%)./.';
    expect(bodyOf(toMarkdown(article({}, [{ kind: 'paragraph', text }])))).toBe(`\n${text}\n`);
  });

  it('writes italics inside italics as remark does, with the other marker, so neither closes the other', () => {
    const text = (value: string) => ({ type: 'text' as const, value });
    const node: Paragraph = {
      type: 'paragraph',
      children: [
        {
          type: 'emphasis',
          children: [
            text('ế!'),
            { type: 'emphasis', children: [{ type: 'link', url: '/tin/1.html', children: [text('Bình Phước')] }] },
            text(' năm 2019'),
          ],
        },
      ],
    };
    const remark = unified()
      .use(remarkStringify, STRINGIFY_OPTIONS)
      .stringify({ type: 'root', children: [node] });
    expect(bodyOf(toMarkdown(article({}, [{ kind: 'markup', node }])))).toBe(`\n${remark}`);
    expect(remark).toBe('_ế!*[Bình Phước](/tin/1.html)* năm 2019_\n');
  });

  it('writes a figure as one line of HTML with its caption', () => {
    const markdown = bodyOf(toMarkdown(article({}, [{ kind: 'figure', caption: 'Ảnh hội nghị' }])));
    expect(markdown).toBe('\n<figure><figcaption>Ảnh hội nghị</figcaption></figure>\n');
  });

  it('escapes &, <, > and " in a caption so it shows as typed', () => {
    const caption = 'A & B <script>alert(1)</script> "trích" *sao* [x](y)';
    const markdown = bodyOf(toMarkdown(article({}, [{ kind: 'figure', caption }])));
    expect(markdown).toBe(
      '\n<figure><figcaption>A &amp; B &lt;script&gt;alert(1)&lt;/script&gt; &quot;trích&quot; *sao* [x](y)</figcaption></figure>\n',
    );
  });
});
