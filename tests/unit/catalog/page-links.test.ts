import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../src/lib/catalog/page-links.ts';

describe('pageLinks', () => {
  it('is the one page of a one-page listing', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
  });

  it('lists every page of a short listing', () => {
    expect(pageLinks(3, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the first, the last and two pages either side of the current one, with gaps between', () => {
    expect(pageLinks(100, 250)).toEqual([1, 'gap', 98, 99, 100, 101, 102, 'gap', 250]);
    expect(pageLinks(1, 250)).toEqual([1, 2, 3, 'gap', 250]);
    expect(pageLinks(250, 250)).toEqual([1, 'gap', 248, 249, 250]);
  });

  it('shows a single left-out page instead of a gap for it', () => {
    expect(pageLinks(5, 250)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 250]);
    expect(pageLinks(246, 250)).toEqual([1, 'gap', 244, 245, 246, 247, 248, 249, 250]);
  });

  it('takes how many pages either side to show', () => {
    expect(pageLinks(50, 100, 1)).toEqual([1, 'gap', 49, 50, 51, 'gap', 100]);
  });
});
