import { describe, expect, it } from 'vitest';
import {
  RESULT_CARDS_FILE,
  readResultCards,
  resultCardsFile,
  resultCardsText,
} from '../../../src/lib/search/result-cards.ts';

/** Two of Pagefind's fragments as it writes them (inflated, without its signature). */
const doiMoi = {
  url: '/bai-viet/doi-moi-cach-trong-tieu/',
  content: 'Đổi mới cách trồng tiêu ở Lộc Ninh. …',
  word_count: 120,
  filters: { category: ['kinh-te'], year: ['2024'] },
  meta: {
    title: 'Đổi mới cách trồng tiêu ở Lộc Ninh',
    published: '26/10/2024',
    image: '/_astro/anh.Ab12.webp',
    spellings: 'doi moi',
  },
  anchors: [],
};
const danVan = {
  url: '/bai-viet/dan-van-kheo/',
  content: 'Dân vận khéo.',
  filters: { category: ['thoi-su'], year: ['2023'] },
  meta: { title: 'Dân vận khéo', published: '01/02/2023', image: '' },
};

describe('resultCardsText', () => {
  it('keeps what a result shows but its excerpt, by Pagefind’s id of the page, sorted', () => {
    const text = resultCardsText(
      new Map([
        ['vi_b2', JSON.stringify(doiMoi)],
        ['vi_a1', JSON.stringify(danVan)],
      ]),
    );
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['vi_a1', 'vi_b2']);
    expect(JSON.parse(text)).toEqual({
      vi_a1: ['/bai-viet/dan-van-kheo/', 'Dân vận khéo', '01/02/2023', 'thoi-su', ''],
      vi_b2: [doiMoi.url, doiMoi.meta.title, '26/10/2024', 'kinh-te', '/_astro/anh.Ab12.webp'],
    });
    expect(text).not.toContain('Lộc Ninh. …');
    expect(text).not.toContain('doi moi');
  });

  it('is the same text whatever order the fragments are read in', () => {
    const one = [
      ['vi_b2', JSON.stringify(doiMoi)],
      ['vi_a1', JSON.stringify(danVan)],
    ] as [string, string][];
    expect(resultCardsText(new Map(one))).toBe(resultCardsText(new Map([...one].reverse())));
  });

  it('reads a group of fragments, each page by its own id', () => {
    const text = resultCardsText(new Map([['vi_group', JSON.stringify({ vi_c3: doiMoi, vi_d4: danVan })]]));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['vi_c3', 'vi_d4']);
  });

  it('fails on a fragment without an address', () => {
    expect(() => resultCardsText(new Map([['vi_x', JSON.stringify({ vi_y: { content: 'x' } })]]))).toThrow(/vi_y/);
  });
});

describe('readResultCards', () => {
  it('gives each page’s card as its fragment has it, but the text', () => {
    const cards = readResultCards(JSON.parse(resultCardsText(new Map([['vi_b2', JSON.stringify(doiMoi)]]))));
    expect(cards.get('vi_b2')).toEqual({
      url: doiMoi.url,
      meta: { title: doiMoi.meta.title, published: '26/10/2024', image: '/_astro/anh.Ab12.webp' },
      filters: { category: ['kinh-te'] },
    });
  });

  it('leaves out the fields a page does not have', () => {
    const card = readResultCards({ vi_a1: ['/bai-viet/a/', '', '', '', ''] }).get('vi_a1');
    expect(card).toEqual({
      url: '/bai-viet/a/',
      meta: { title: undefined, published: undefined, image: undefined },
      filters: { category: [] },
    });
  });

  it('leaves out rows that are not five strings, and anything that is not an object of them', () => {
    const cards = readResultCards({
      vi_a1: ['/bai-viet/a/', 'A'],
      vi_b2: [1, 2, 3, 4, 5],
      vi_c3: ['/', 'C', '', '', ''],
    });
    expect([...cards.keys()]).toEqual(['vi_c3']);
    expect(readResultCards(null).size).toBe(0);
    expect(readResultCards('x').size).toBe(0);
  });
});

describe('resultCardsFile', () => {
  it('names the file by its hash, as the page’s hints find it', () => {
    expect(RESULT_CARDS_FILE.exec(resultCardsFile('0a1b2c'))?.[1]).toBe('0a1b2c');
    expect(RESULT_CARDS_FILE.test('result-cards.json')).toBe(false);
  });
});
