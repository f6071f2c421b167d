import { describe, expect, it } from 'vitest';
import { dSpellings } from '../../../src/lib/search/d-spellings.ts';

describe('dSpellings', () => {
  it('spells every đ word with d, lower case, keeping its tone marks', () => {
    expect(dSpellings('Đảng viên được Đại tá khen; ĐỒNG CHÍ')).toEqual(['dảng', 'dược', 'dại', 'dồng']);
  });

  it('lists each spelling once, in the order first met', () => {
    expect(dSpellings('đồng chí, Đồng Xoài, đồng bào, đường')).toEqual(['dồng', 'dường']);
  });

  it('splits at punctuation and hyphens as search does', () => {
    expect(dSpellings('(Đồng-Xoài) “đường”')).toEqual(['dồng', 'dường']);
  });

  it('has nothing for a text without đ', () => {
    expect(dSpellings('Dân vận khéo ở Bình Dương')).toEqual([]);
  });
});
