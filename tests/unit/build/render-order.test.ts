import { describe, expect, it } from 'vitest';
import { renderOrder } from '../../../src/lib/build/render-order.ts';

const page = (url: string, searchIndex: number) => ({ url, searchIndex });

describe('renderOrder', () => {
  it('renders the newest index first, then the others from the largest to the smallest, each by address', () => {
    const pages = [
      page('/bai-viet/c/', 2),
      page('/bai-viet/a/', 1),
      page('/bai-viet/z/', 0),
      page('/bai-viet/b/', 2),
      page('/bai-viet/d/', 3),
      page('/bai-viet/y/', 0),
      page('/bai-viet/e/', 2),
      page('/bai-viet/f/', 3),
    ];
    expect(renderOrder(pages).map(({ url, searchIndex }) => `${searchIndex}${url}`)).toEqual([
      '0/bai-viet/y/',
      '0/bai-viet/z/',
      '2/bai-viet/b/',
      '2/bai-viet/c/',
      '2/bai-viet/e/',
      '3/bai-viet/d/',
      '3/bai-viet/f/',
      '1/bai-viet/a/',
    ]);
  });

  it('puts the older of two indexes of one size first, and the newest first even when it is the largest', () => {
    const pages = [page('/b/', 1), page('/a/', 2), page('/c/', 0), page('/d/', 0), page('/e/', 0)];
    expect(renderOrder(pages).map(({ url }) => url)).toEqual(['/c/', '/d/', '/e/', '/a/', '/b/']);
  });

  it('keeps what else a page carries, and leaves the list given as it was', () => {
    const pages = [
      { ...page('/b/', 0), title: 'B' },
      { ...page('/a/', 0), title: 'A' },
    ];
    expect(renderOrder(pages).map(({ title }) => title)).toEqual(['A', 'B']);
    expect(pages[0]!.title).toBe('B');
  });

  it('has nothing to order in a build without articles', () => {
    expect(renderOrder([])).toEqual([]);
  });
});
