import { describe, it, expect } from 'vitest';
import { isCaption, toBlocks, type Block } from '../../../src/lib/convert/blocks.ts';
import { toLines } from '../../../src/lib/convert/lines.ts';

const NBSP = '\u00a0';
const block = (text: string, overrides: Partial<Block> = {}): Block => ({
  line: 1,
  endLine: 1,
  text,
  indented: false,
  reprintedAt: [],
  ...overrides,
});

describe('toBlocks', () => {
  it('makes one block of each non-blank line, keeping its line number', () => {
    expect(toBlocks(toLines('Một.\n\nHai.\nBa.'))).toEqual([
      { line: 1, endLine: 1, text: 'Một.', indented: false, reprintedAt: [] },
      { line: 3, endLine: 3, text: 'Hai.', indented: false, reprintedAt: [] },
      { line: 4, endLine: 4, text: 'Ba.', indented: false, reprintedAt: [] },
    ]);
  });

  it('makes one block of a line printed again right after itself, noting where each reprint was', () => {
    expect(toBlocks(toLines('Ảnh\nẢnh\nẢnh\nSau.'))).toEqual([
      { line: 1, endLine: 1, text: 'Ảnh', indented: false, reprintedAt: [2, 3] },
      { line: 4, endLine: 4, text: 'Sau.', indented: false, reprintedAt: [] },
    ]);
  });

  it('does not merge a line with a copy of it further down', () => {
    expect(toBlocks(toLines('Ảnh\nChữ.\nẢnh')).map((b) => b.reprintedAt)).toEqual([[], [], []]);
  });

  it('keeps a paragraph repeated after a blank line as two paragraphs: that is the reporter’s text', () => {
    expect(toBlocks(toLines('Nhắc lại.\n\nNhắc lại.')).map((b) => b.line)).toEqual([1, 3]);
  });

  it('remembers a line that began with a no-break space', () => {
    expect(toBlocks(toLines(`${NBSP}${NBSP}Ảnh minh họa`))).toEqual([
      { line: 1, endLine: 1, text: 'Ảnh minh họa', indented: true, reprintedAt: [] },
    ]);
  });
});

describe('isCaption', () => {
  it('takes a block printed twice for a caption, even a finished sentence', () => {
    expect(isCaption(block('Các đại biểu dự hội nghị.', { reprintedAt: [2] }))).toBe(true);
  });

  it('takes an indented short block without final punctuation for a caption', () => {
    expect(isCaption(block('Đồng chí Lê Thị Xuân Trang kết luận tại hội nghị', { indented: true }))).toBe(true);
  });

  it('does not take a block at the margin, printed once, for a caption', () => {
    expect(isCaption(block('Đồng chí Lê Thị Xuân Trang kết luận tại hội nghị'))).toBe(false);
  });

  it.each([
    'Câu kết thúc.',
    'Câu hỏi?',
    'Câu cảm!',
    'Còn nữa…',
    'Như sau:',
    'Một vế;',
    'Trích “câu nói.”',
    'Bài kết./.',
  ])('keeps the indented finished sentence “%s” as text', (text) => {
    expect(isCaption(block(text, { indented: true }))).toBe(false);
  });

  it('takes an indented unfinished block of 300 characters for a caption, and of 301 for text', () => {
    expect(isCaption(block('a'.repeat(300), { indented: true }))).toBe(true);
    expect(isCaption(block('a'.repeat(301), { indented: true }))).toBe(false);
  });
});
