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
    expect(rankingSearches('"dan van"')).toEqual([{ term: '"dan van"', exactDiacritics: false }]);
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

  it('puts the results of the first tier first, then the next, keeping the order within each', () => {
    expect(ids(rankedResults(results, [[{ id: 'd' }], [{ id: 'e' }, { id: 'b' }]]))).toBe('dbeac');
  });

  it('ranks a result by the first tier that has it, and never adds a result', () => {
    expect(
      ids(
        rankedResults(results, [
          [{ id: 'c' }, { id: 'x' }],
          [{ id: 'c' }, { id: 'a' }],
        ]),
      ),
    ).toBe('cabde');
    expect(ids(rankedResults(results, []))).toBe('abcde');
  });
});
