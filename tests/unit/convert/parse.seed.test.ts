import { describe, it, expect } from 'vitest';
import { parseArticle } from '../../../src/lib/convert/parse.ts';
import { loadContentRules, readProjectFile } from '../support/content.ts';

const FILE = '000_7fa307ade4fb8d9e.txt';
const raw = readProjectFile(`seeds/${FILE}`);
const rawLines = raw.split('\n');
/** Line `n` of the seed (1-based) as a reader sees it: without the no-break spaces some lines start with. */
const line = (n: number) => rawLines[n - 1]!.trim();

const COVER = 'Các đơn vị ký kết chương trình phối hợp hoạt động năm 2019';
const FIGURE = 'Đồng chí Lê Thị Xuân Trang, Trưởng ban Dân vận Tỉnh ủy kết luận tại hội nghị';
const CHROME = ['Tổng số điểm của bài viết là', 'Click để đánh giá bài viết', 'Bạn đã không sử dụng Site'];

function convertSeed() {
  const result = parseArticle(raw, FILE, loadContentRules());
  if (!result.ok) throw new Error(`the seed did not convert: ${JSON.stringify(result.errors)}`);
  return result;
}

describe('converting the seed dump 000_7fa307ade4fb8d9e.txt', () => {
  it('reads the seed as laid out in the acceptance criteria', () => {
    expect(line(1)).toBe('Tỉnh Bình Phước tổng kết công tác dân vận năm 2018');
    expect(line(3)).toBe('Thứ bảy - 26/10/2019 19:18 386 0');
    expect(line(4)).toMatch(/^Sáng ngày 26\/12, Ban Dân vận/);
    expect([line(5), line(6), line(10)]).toEqual([COVER, COVER, COVER]);
    expect(line(16)).toBe(FIGURE);
    expect(rawLines[9]).toMatch(/^\u00a0\u00a0/);
    expect(rawLines[15]).toMatch(/^\u00a0/);
  });

  it('converts without errors or warnings', () => {
    const result = parseArticle(raw, FILE, loadContentRules());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual([]);
  });

  it('takes the title from the first line', () => {
    expect(convertSeed().article.frontMatter.title).toBe('Tỉnh Bình Phước tổng kết công tác dân vận năm 2018');
  });

  it('dates the article at the dateline’s wall-clock time in Vietnam', () => {
    expect(convertSeed().article.frontMatter.date).toBe('2019-10-26T19:18:00+07:00');
  });

  it('files the article under Dân vận', () => {
    expect(convertSeed().article.frontMatter.category).toBe('dan-van');
  });

  it('tags the article with the keywords that weigh most, heaviest first', () => {
    expect(convertSeed().article.frontMatter.tags).toEqual([
      'dân vận',
      'Tỉnh ủy',
      'dân vận chính quyền',
      'kinh tế',
      'LLVT',
    ]);
  });

  it('keeps the portal’s counters and the raw file name for the audit trail', () => {
    expect(convertSeed().article.frontMatter.legacy).toEqual({ views: 386, comments: 0, file: FILE });
  });

  it('uses the lead paragraph as the summary', () => {
    const { summary } = convertSeed().article.frontMatter;
    expect(summary).toBe(line(4));
    expect(summary).toMatch(/^Sáng ngày 26\/12, Ban Dân vận Tỉnh ủy Bình Phước/);
    expect(summary).toMatch(/cùng lãnh đạo các đơn vị LLVT tỉnh\.$/);
  });

  it('keeps the caption printed after the lead as the cover', () => {
    expect(convertSeed().article.frontMatter.cover).toEqual({ caption: COVER });
  });

  it('credits the source with its name and a link', () => {
    expect(convertSeed().article.frontMatter.source).toEqual({ name: 'baoquankhu7.vn', url: 'https://baoquankhu7.vn' });
  });

  it('has no front-matter fields beyond those the dump supports', () => {
    expect(Object.keys(convertSeed().article.frontMatter).sort()).toEqual(
      ['category', 'cover', 'date', 'legacy', 'source', 'summary', 'tags', 'title'].sort(),
    );
  });

  it('has the four body paragraphs in order, with the one figure between the third and the fourth', () => {
    expect(convertSeed().article.body).toEqual([
      { kind: 'paragraph', text: line(8) },
      { kind: 'paragraph', text: line(12) },
      { kind: 'paragraph', text: line(14) },
      { kind: 'figure', caption: FIGURE },
      { kind: 'paragraph', text: line(18) },
    ]);
  });

  it('keeps each body paragraph whole, from its first word to its last', () => {
    const texts = convertSeed().article.body.map((block) => (block.kind === 'paragraph' ? block.text : block.caption));
    expect(texts[0]).toMatch(/^Năm 2018, công tác dân vận của tỉnh Bình Phước.*trên địa bàn tỉnh\.$/);
    expect(texts[1]).toMatch(
      /^Thực hiện chủ trương “Năm dân vận chính quyền 2018”.*quốc phòng an ninh của địa phương\.$/,
    );
    expect(texts[2]).toMatch(/^Bộ CHQS tỉnh đã thường xuyên.*trong lòng nhân dân\.$/);
    expect(texts[4]).toMatch(
      /^Kết luận tại hội nghị,.*“Dân vận khéo” trong các địa phương, đơn vị trong năm 2019\.\/\.$/,
    );
  });

  it('shows the cover photo once: not again in the body', () => {
    const { article } = convertSeed();
    const captions = article.body.filter((block) => block.kind === 'figure').map((block) => block.caption);
    expect(captions).not.toContain(COVER);
    expect(JSON.stringify(article.body)).not.toContain(COVER);
  });

  it('keeps the numbers and the quotation marks of the text intact', () => {
    const body = convertSeed()
      .article.body.map((block) => (block.kind === 'paragraph' ? block.text : ''))
      .join('\n');
    expect(body).toContain('1.254 hồ sơ liệt sĩ');
    expect(body).toContain('“Bộ đội Cụ Hồ”');
    expect(body).toContain('30.442 người dân hộ nghèo');
  });

  it('leaves the portal’s rating widget and login notice out of the article', () => {
    const { article } = convertSeed();
    const everything = JSON.stringify(article);
    for (const chrome of CHROME) expect(everything).not.toContain(chrome);
    expect(everything).not.toContain('Nguồn:');
  });

  it('lists every line it left out, with its line number, for review', () => {
    const { dropped } = convertSeed();
    expect(dropped.map(({ line: number, text }) => ({ number, text }))).toEqual([
      { number: 6, text: COVER },
      { number: 10, text: COVER },
      { number: 22, text: line(22) },
      { number: 24, text: line(24) },
      { number: 25, text: line(25) },
    ]);
    for (const entry of dropped) expect(entry.reason).not.toBe('');
  });

  it('converts the same way every time', () => {
    expect(convertSeed()).toEqual(convertSeed());
  });
});
