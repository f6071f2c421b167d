import { readdirSync, readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { article } from '../../../scripts/lib/made-up-portal.ts';
import type { BodyBlock } from '../../../src/lib/article/model.ts';
import { STRINGIFY_OPTIONS, toMarkdown } from '../../../src/lib/convert/to-markdown.ts';
import { bodyFromHtml, readHtmlFully } from '../../../src/lib/import/body-html.ts';
import { readSimpleHtml } from '../../../src/lib/import/simple-html.ts';

const placeSome = (src: string) =>
  src.includes('/uploads/news/') ? { path: `./bai/${src.split('/').pop()}` } : { reason: 'ngoài uploads' };

/** The body the full way: rehype-parse and hast-util-to-mdast, every kept block written by remark in one tree. */
function fullMarkdown(html: string): { markdown: string; warnings: string[] } {
  const { blocks, warnings } = bodyFromHtml(html, placeSome, readHtmlFully);
  const children: RootContent[] = blocks.map((block) =>
    block.kind === 'markup'
      ? block.node
      : block.kind === 'paragraph'
        ? { type: 'html', value: bodyOf([block]) }
        : block.image === undefined
          ? { type: 'html', value: bodyOf([block]) }
          : { type: 'paragraph', children: [{ type: 'image', url: block.image, alt: block.caption }] },
  );
  const markdown = unified()
    .data('toMarkdownExtensions', [gfmTableToMarkdown()])
    .use(remarkStringify, STRINGIFY_OPTIONS)
    .stringify({ type: 'root', children } satisfies Root);
  return { markdown, warnings };
}

const bodyOf = (body: BodyBlock[]) =>
  toMarkdown({ frontMatter: {} as never, body })
    .slice('---\n---\n\n'.length)
    .replace(/\n$/, '');

function fastMarkdown(html: string): { markdown: string; warnings: string[] } {
  const { blocks, warnings } = bodyFromHtml(html, placeSome);
  return { markdown: blocks.length > 0 ? `${bodyOf(blocks)}\n` : '', warnings };
}

const tablesIn = (nodes: readonly RootContent[]) => nodes.filter((node) => node.type === 'table').length;
/** Tables the fast reading left to the full one, for the tests to say the fast one was taken. */
let tablesReadWhole = 0;
const readFast = (html: string) =>
  readSimpleHtml(html, (part) => {
    const { children } = readHtmlFully(part, []);
    tablesReadWhole += tablesIn(children);
    return children;
  });

/** xorshift32: a fixed, well-spread sequence, so every run compares the same bodies. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
}

const WORDS = ['Bình Phước', 'dân vận', 'khéo', 'năm 2019', '100', 'Đồng Xoài', 'hộ nghèo', 'Ư', 'x', 'ế'];
const PUNCTUATION = [
  ' ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '&nbsp;',
  ', ',
  '. ',
  ': ',
  '(',
  ')',
  '“',
  '”',
  '"',
  '&quot;',
  '&amp;',
  '& ',
  '&#8220;',
  '&#x1EBF;',
  '&agrave;',
  '&nbsp',
  '!',
  '*',
  '_',
  '#',
  '-',
  '1.',
  '[',
  ']',
  '`',
  '<',
  '>',
  '\\',
  '|',
  '~',
];
const ATTRIBUTES = [
  '',
  '',
  ' style="text-align: justify;"',
  " class='noi-dung'",
  ' align=center',
  ' style="display:none"',
  ' title="Tiêu đề"',
  ' href="a&amp;b"',
  ' hidden',
];
const LINKS = [
  '/news/thoi-su/bai-1.html',
  'https://baobinhphuoc.com.vn/a_b',
  'http://x.vn',
  '/news/a b.html',
  '/x(1)',
  'mailto:a@b.vn',
  'javascript:void(0)',
  '',
];
const IMAGES = ['/uploads/news/2019_10/anh-1.jpg', 'https://ngoai.vn/anh.png', '/uploads/news/2019_10/ảnh 2.jpg', ''];
const TABLE_ATTRIBUTES = ['', '', ' border="1"', ' style="width:100%"', ' class=bang cellpadding=2 cellspacing="0"'];
const CELL_ATTRIBUTES = ['', '', '', ' style="width: 50%"', ' valign=top', ' width="120" bgcolor="#eee"'];
/** White space between a table's tags, which the browser drops. */
const BETWEEN_CELLS = ['', '', '\n', '\r\n', '\n  ', ' '];
/** One change to a plain table that changes how it reads, or makes it read whole: `[tag or text it replaces, what with]`. */
const TABLE_ODDITIES: [string, string][] = [
  ['<td', '<td align="right"'],
  ['<td', '<td align=center'],
  ['<td', '<td colspan="2"'],
  ['<td', '<td rowspan=2'],
  ['<td', '<td nowrap'],
  ['<td', '<td hidden'],
  ['<td', '<td style="display:none"'],
  ['<td', '<td title="&amp;"'],
  ['<td>', '<th>'],
  ['</td>', ''],
  ['</tr>', ''],
  ['</td>', '</td>&nbsp;'],
  ['</td>', '</td>x'],
  ['</td>', '</td><!-- x -->'],
  ['</td>', '<br></td>'],
  ['</td>', '<img src="/uploads/news/2019_10/anh-1.jpg" alt="Ảnh"></td>'],
  ['</td>', '<p>Đồng Xoài</p></td>'],
  ['</td>', '<table><tr><td>1</td></tr></table></td>'],
  ['</td>', '&agrave;</td>'],
  ['</td>', '<strong></strong></td>'],
  ['<tr', '<thead><tr><th>Năm</th></tr></thead><tr'],
  ['<tr', '<caption>Bảng 1</caption><tr'],
  ['<tr', '<tr align="right"'],
  ['<table', '<table align="center"'],
  ['<table', '<table hidden'],
];

/** Bodies and tables in the editor's shapes, common and odd: what both readings must agree on. */
function madeUp(next: (below: number) => number) {
  const pick = <T>(list: readonly T[]) => list[next(list.length)]!;
  const text = () => {
    let value = '';
    for (let n = 0, length = 1 + next(6); n < length; n++)
      value += next(3) === 0 ? pick(PUNCTUATION) : `${pick(WORDS)}${next(2) ? ' ' : ''}`;
    return value;
  };
  const inline = (depth: number): string => {
    let value = '';
    for (let n = 0, length = 1 + next(4); n < length; n++) {
      const kind = depth > 2 ? 0 : next(14);
      const inner = () => inline(depth + 1);
      if (kind <= 4) value += text();
      else if (kind === 5) value += `<span${pick(ATTRIBUTES)}>${inner()}</span>`;
      else if (kind === 6) value += `<strong>${inner()}</strong>`;
      else if (kind === 7)
        value += `<${pick(['b', 'em', 'i', 'font', 'u'])}>${inner()}</${pick(['b', 'em', 'i', 'font', 'u'])}>`;
      else if (kind === 8) value += `<em>${inner()}</em>`;
      else if (kind === 9)
        value += `<a href="${pick(LINKS)}"${next(4) ? '' : ' target="_blank"'}>${next(3) ? inner() : pick(LINKS)}</a>`;
      else if (kind === 10)
        value += `<img src="${pick(IMAGES)}" alt="${text().replace(/[<>"&]/g, '')}"${next(2) ? ' /' : ''}>`;
      else if (kind === 11) value += pick(['<br />', '<br>', '<!-- x -->', '<sup>2</sup>']);
      else value += ` ${text()} `;
    }
    return value;
  };
  /** A table, plain (read fast) or, one in two, with one thing that changes how it reads or makes it read whole. */
  const table = (): string => {
    const between = () => pick(BETWEEN_CELLS);
    const words = () => Array.from({ length: 1 + next(3) }, () => pick(WORDS)).join(pick([' ', ', ', '  ', '\n']));
    const cell = () => {
      const content = pick([
        '',
        words(),
        ` <strong>${words()}</strong>`,
        `<a href="${pick(LINKS)}">${words()}</a> `,
        text(),
      ]);
      return `<td${pick(CELL_ATTRIBUTES)}>${content}</td>`;
    };
    const row = () => `<tr>${Array.from({ length: 1 + next(3) }, () => between() + cell()).join('')}${between()}</tr>`;
    const rows = Array.from({ length: 1 + next(4) }, () => between() + row()).join('') + between();
    const html = `<table${pick(TABLE_ATTRIBUTES)}>${between()}${next(2) ? rows : `<tbody>${rows}</tbody>`}${between()}</table>`;
    if (next(2)) return html;
    // The oddity replaces one of the places it may go, chosen at random.
    const [search, replacement] = pick(TABLE_ODDITIES);
    const places = html.split(search);
    const at = 1 + next(places.length - 1);
    return `${places.slice(0, at).join(search)}${replacement}${places.slice(at).join(search)}`;
  };
  const block = (): string => {
    const kind = next(14);
    if (kind >= 12) return table();
    if (kind <= 5) return `<p${pick(ATTRIBUTES)}>${inline(0)}</p>`;
    if (kind <= 7)
      return (
        `<figure class="image"><img alt="${next(2) ? 'Ảnh' : ''}" src="${pick(IMAGES)}" width="600" />` +
        (next(4) ? `<figcaption>${pick(['', text(), `<strong>${text()}</strong> ${text()}`])}</figcaption>` : '') +
        '</figure>'
      );
    if (kind === 8) return pick(['<script>var _ga = "</p>";</script>', '<style>p { color: red }</style>']);
    if (kind === 9) return `<table><tr><td>${inline(1)}</td><td>1</td></tr></table>`;
    if (kind === 10)
      return pick([
        `<ul><li>${text()}</li></ul>`,
        `<ul><li>${text()}</li></ul><ul><li>${inline(1)}</li></ul>`,
        `<div>${inline(0)}</div>`,
        `<div style="text-align:center"><div>${inline(0)}</div><p>${text()}</p></div>`,
        `<div>${text()}<div>${text()}</div>`,
        `<h2>${text()}</h2>`,
        `<blockquote><p>${inline(1)}</p></blockquote>`,
        `<table><tr><td><iframe src="https://youtube.com/embed/y"></iframe>${text()}</td></tr></table>`,
        `<table><tr><td><script>"</table>"</script></td></tr></table>`,
        `<TABLE><tr><td>${text()}<table><tr><td>1</td></tr></table></td></tr></TABLE>`,
      ]);
    return pick([`<p>${text()}`, text(), '<p>&nbsp;</p>', '<iframe src="https://youtube.com/embed/x"></iframe>']);
  };
  const body = () => Array.from({ length: 1 + next(8) }, block).join(pick(['\n', '', '\r\n', '\n\n']));
  return { body, table };
}

const madeUpBody = (next: (below: number) => number) => madeUp(next).body();
const madeUpTable = (next: (below: number) => number) => madeUp(next).table();

describe('bodyFromHtml reads the common bodies fast, and writes what the full rehype/remark path writes', () => {
  it('for every body of the benchmark’s made-up portal, all of them read the fast way, tables too', () => {
    tablesReadWhole = 0;
    for (let n = 1; n <= 200; n++) {
      const html = article(n).detail[3] as string;
      expect(readFast(html), `body ${n}`).toBeDefined();
      expect(fastMarkdown(html), `body ${n}`).toEqual(fullMarkdown(html));
    }
    expect(tablesReadWhole).toBe(0);
  });

  it('for the HTML pages of the fixtures', () => {
    const pages = readdirSync('tests/fixtures/dumps').filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const name of pages) {
      const html = readFileSync(`tests/fixtures/dumps/${name}`, 'utf8');
      expect(fastMarkdown(html), name).toEqual(fullMarkdown(html));
      for (const [paragraph] of html.matchAll(/<p[ >][^]*?<\/p>|<figure[ >][^]*?<\/figure>/g))
        expect(fastMarkdown(paragraph), `${name}: ${paragraph}`).toEqual(fullMarkdown(paragraph));
    }
  });

  it('for 5 000 made-up bodies in the editor’s shapes, odd ones among them', () => {
    const next = random(20191026);
    let fast = 0;
    for (let n = 0; n < 5_000; n++) {
      const html = madeUpBody(next);
      if (readFast(html)) fast++;
      expect(fastMarkdown(html), JSON.stringify(html)).toEqual(fullMarkdown(html));
    }
    // The fast way must be taken often enough for the comparison to mean something.
    expect(fast).toBeGreaterThan(250);
  }, 300_000);

  it('for 3 000 made-up tables, plain and not', () => {
    const next = random(20200101);
    let tablesReadFast = 0;
    tablesReadWhole = 0;
    for (let n = 0; n < 3_000; n++) {
      const html = madeUpTable(next);
      const whole = tablesReadWhole;
      const tree = readFast(html);
      if (tree) tablesReadFast += tablesIn(tree.children) - (tablesReadWhole - whole);
      expect(fastMarkdown(html), JSON.stringify(html)).toEqual(fullMarkdown(html));
    }
    expect(tablesReadFast).toBeGreaterThan(500);
    expect(tablesReadWhole).toBeGreaterThan(500);
  }, 300_000);
});
