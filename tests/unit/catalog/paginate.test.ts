import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/lib/catalog/paginate.ts';

const items = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('paginate', () => {
  it('splits a listing into pages of 20, with the page count on every page', () => {
    expect(paginate(items(41), 20).map(({ page, pageCount, items }) => [page, pageCount, items.length])).toEqual([
      [1, 3, 20],
      [2, 3, 20],
      [3, 3, 1],
    ]);
  });

  it('puts every item on exactly one page, in order', () => {
    expect(paginate(items(41), 20).flatMap((page) => page.items)).toEqual(items(41));
  });

  it('gives exactly 20 items one page, and 21 two', () => {
    expect(paginate(items(20), 20)).toHaveLength(1);
    expect(paginate(items(21), 20)).toHaveLength(2);
  });

  it('gives an empty listing one empty page', () => {
    expect(paginate([], 20)).toEqual([{ page: 1, pageCount: 1, items: [] }]);
  });
});
