import { describe, expect, it } from 'vitest';
import { newestPages } from '../../../src/lib/catalog/listed.ts';

describe('newestPages', () => {
  const articles = ['a', 'b', 'c', 'd', 'e'];

  it('pages the newest articles only, each page saying that older ones were left out', () => {
    const pages = newestPages(articles, 2, 2);
    expect(pages.map(({ page }) => page.items)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(pages.every(({ unlisted }) => unlisted)).toBe(true);
  });

  it('pages every article, with none left out, when they fit', () => {
    const pages = newestPages(articles, 3, 2);
    expect(pages.map(({ page }) => page.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages.some(({ unlisted }) => unlisted)).toBe(false);
    expect(newestPages(articles, 5, 1).some(({ unlisted }) => unlisted)).toBe(false);
  });

  it('still has a first, empty page for an empty listing', () => {
    expect(newestPages([], 25, 20)).toEqual([{ page: { page: 1, pageCount: 1, items: [] }, unlisted: false }]);
  });
});
