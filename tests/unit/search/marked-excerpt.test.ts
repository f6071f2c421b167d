import { describe, expect, it } from 'vitest';
import { excerptMarker, type ExcerptPart } from '../../../src/lib/search/marked-excerpt.ts';

/** An excerpt written out with the marked words in [brackets]. */
const show = (parts: ExcerptPart[]) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

/** One article's excerpt for a query. */
const markedExcerpt = (content: string, query: string, length?: number) => excerptMarker(query, length)(content);

describe('excerptMarker', () => {
  it('marks the article’s own word when the reader typed d for đ', () => {
    expect(show(markedExcerpt('Đảng viên được khen thưởng.', 'duoc'))).toBe('Đảng viên [được] khen thưởng.');
  });

  it('matches without tone marks and in any case, at the start of words, as Pagefind does', () => {
    expect(show(markedExcerpt('Ban Dân vận Tỉnh ủy, dáng vẻ', 'DAN VAN'))).toBe('Ban [Dân] [vận] Tỉnh ủy, [dáng] vẻ');
  });

  it('keeps a query typed with đ to đ words', () => {
    expect(show(markedExcerpt('đường về Bình Dương', 'đường'))).toBe('[đường] về Bình Dương');
    expect(show(markedExcerpt('đường về Bình Dương', 'duong'))).toBe('[đường] về Bình [Dương]');
  });

  it('marks only the words with the marks typed, when the reader typed them', () => {
    const text = 'Đời sống đổi mới, đôi giày mới, nước dội, sườn đồi';
    expect(show(markedExcerpt(text, 'đổi mới'))).toBe('Đời sống [đổi] [mới,] đôi giày [mới,] nước dội, sườn đồi');
    expect(show(markedExcerpt(text, 'doi moi'))).toBe(
      '[Đời] sống [đổi] [mới,] [đôi] giày [mới,] nước [dội,] sườn [đồi]',
    );
  });

  it('marks either tone placement of oa, oe and uy words, with or without marks', () => {
    const text = 'Uỷ ban và Ủy ban bàn việc thuỷ lợi, thủy lợi; cô Thúy khỏe, hoà giải';
    expect(show(markedExcerpt(text, 'ủy thuỷ'))).toBe(
      '[Uỷ] ban và [Ủy] ban bàn việc [thuỷ] lợi, [thủy] lợi; cô Thúy khỏe, hoà giải',
    );
    expect(show(markedExcerpt(text, 'khoẻ hòa'))).toBe(
      'Uỷ ban và Ủy ban bàn việc thuỷ lợi, thủy lợi; cô Thúy [khỏe,] [hoà] giải',
    );
    expect(show(markedExcerpt(text, 'thuy'))).toBe(
      'Uỷ ban và Ủy ban bàn việc [thuỷ] lợi, [thủy] lợi; cô [Thúy] khỏe, hoà giải',
    );
  });

  it('marks words with punctuation attached', () => {
    expect(show(markedExcerpt('làm việc với Đại tá.', 'dai ta'))).toBe('làm việc với [Đại] [tá.]');
  });

  it('shows the window with the most matches, the matches inside it, with ellipses where cut', () => {
    const words = Array.from({ length: 100 }, (_, index) => `từ${index}`);
    words[60] = 'được';
    const excerpt = show(markedExcerpt(words.join(' '), 'duoc', 10));
    expect(excerpt).toBe('… từ55 từ56 từ57 từ58 từ59 [được] từ61 từ62 từ63 từ64 …');
  });

  it('marks each article of a search on its own, whatever the articles before it had', () => {
    const marker = excerptMarker('dân vận');
    expect(show(marker('Công tác dân vận ở xã.'))).toBe('Công tác [dân] [vận] ở xã.');
    expect(show(marker('Người dân xã Đắk Ơ.'))).toBe('Người [dân] xã Đắk Ơ.');
    expect(show(marker('Xe vận tải và dân.'))).toBe('Xe [vận] tải và [dân.]');
  });

  it('starts at the beginning when nothing matches or the text is short', () => {
    expect(show(markedExcerpt('một hai ba bốn', 'xyz', 3))).toBe('một hai ba …');
    expect(show(markedExcerpt('một hai', 'hai', 30))).toBe('một [hai]');
  });
});
