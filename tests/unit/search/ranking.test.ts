import { describe, expect, it } from 'vitest';
import { rankedResults, rankingSearches } from '../../../src/lib/search/ranking.ts';

describe('rankingSearches', () => {
  it('for words typed with marks: the exact phrase, the exact words, then the phrase', () => {
    expect(rankingSearches('đổi  mới')).toEqual([
      { term: '"đổi mới"', exactDiacritics: true },
      { term: 'đổi mới', exactDiacritics: true },
      { term: '"đổi mới"', exactDiacritics: false },
    ]);
  });

  it('for words typed without marks: the phrase alone', () => {
    expect(rankingSearches('nong thon moi')).toEqual([{ term: '"nong thon moi"', exactDiacritics: false }]);
  });

  it('for a query wholly in quotes, which Pagefind searches as a phrase: that phrase with the marks typed', () => {
    expect(rankingSearches('"dân vận"')).toEqual([{ term: '"dân vận"', exactDiacritics: true }]);
    expect(rankingSearches(' "được" ')).toEqual([{ term: '"được"', exactDiacritics: true }]);
    expect(rankingSearches('"dan van"')).toEqual([]);
  });

  it('for a query only partly in quotes, which Pagefind searches word by word: as if it had none', () => {
    expect(rankingSearches('"dân vận" tỉnh')).toEqual(rankingSearches('dân vận tỉnh'));
  });

  it('for one word: the exact word when typed with marks, nothing more otherwise', () => {
    expect(rankingSearches('thuỷ')).toEqual([{ term: 'thuỷ', exactDiacritics: true }]);
    expect(rankingSearches('đong')).toEqual([]);
    expect(rankingSearches('duoc')).toEqual([]);
    expect(rankingSearches('  ')).toEqual([]);
  });
});

describe('rankedResults', () => {
  const results = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
  const ids = (list: { id: string }[]) => list.map(({ id }) => id).join('');

  it('puts the results of the first tier first, each tier in its own order, then the rest in theirs', () => {
    expect(ids(rankedResults([[{ id: 'd' }], [{ id: 'e' }, { id: 'b' }]], results))).toBe('debac');
  });

  it('places a result by the first tier that has it, once', () => {
    expect(
      ids(
        rankedResults(
          [
            [{ id: 'c' }, { id: 'a' }],
            [{ id: 'a' }, { id: 'e' }, { id: 'c' }],
          ],
          results,
        ),
      ),
    ).toBe('caebd');
    expect(ids(rankedResults([], results))).toBe('abcde');
  });

  it('gives the first tiers their final places before the query’s own results are known', () => {
    const tiers = [[{ id: 'd' }, { id: 'b' }], [{ id: 'e' }]];
    const early = rankedResults(tiers.slice(0, 1), []);
    expect(ids(rankedResults(tiers, results)).startsWith(ids(early))).toBe(true);
  });
});
