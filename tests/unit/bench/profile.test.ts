import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { archiveProfile } from '../../../src/lib/bench/generate-dumps.ts';
import { documentProfile, NEWS_PROFILE } from '../../../src/lib/bench/profile.ts';
import { ArchiveVocabulary, mulberry32, sentences } from '../../../src/lib/bench/article-text.ts';

describe('documentProfile', () => {
  const texts = ['Người dân được hỗ trợ.', 'Người được khen; dân vận.', 'Dân vận khéo, người dân vui.', 'Cao su.'];
  const profile = documentProfile(texts, new Set(['người dân', 'dân vận', 'cao su']));

  it('counts each syllable once per article, by share of articles, highest first', () => {
    expect(profile.syllableAtRank[10]).toBe(0.25);
    expect(profile.syllablesInAtLeast[0.5]).toBe(4); // người, dân, được, vận
    expect(profile.syllablesInAtLeast[0.2]).toBe(
      new Set(
        texts
          .join(' ')
          .toLowerCase()
          .match(/\p{L}+/gu),
      ).size,
    );
  });

  it('counts two-syllable words where their syllables stand next to each other', () => {
    expect(profile.wordAtRank[10]).toBe(0);
    expect(profile.queries['người dân']).toBe(0.5);
    expect(profile.queries['dân vận']).toBe(0.5);
    expect(profile.queries['cao su']).toBe(0.25);
    expect(profile.queries['được']).toBe(0.5);
  });

  it('cuts articles to their first syllables when asked', () => {
    expect(documentProfile(texts, new Set(), 1).queries['được']).toBe(0);
  });
});

describe('the synthetic archive', () => {
  const vocabulary = new ArchiveVocabulary();
  const articles = Array.from({ length: 600 }, (_, index) => {
    const random = mulberry32(index + 1);
    return sentences(random, vocabulary.articleWords(random, vocabulary.topic(random), 300)).join(' ');
  });
  const twoSyllableWords = new Set([...vocabulary.compounds].filter((word) => word.split(' ').length === 2));
  const profile = documentProfile(articles, twoSyllableWords);

  it('spreads its syllables over the articles as real news does, within a few points', () => {
    for (const rank of [100, 300]) {
      expect(profile.syllableAtRank[rank]).toBeGreaterThan(NEWS_PROFILE.syllableAtRank[rank]! - 0.05);
      expect(profile.syllableAtRank[rank]).toBeLessThan(NEWS_PROFILE.syllableAtRank[rank]! + 0.05);
    }
    expect(profile.syllableAtRank[1000]).toBeLessThan(0.07);
    expect(profile.syllablesInAtLeast[0.5]).toBeLessThan(70);
  });

  it('has two-syllable words far rarer than syllables, and the common queries near their real shares', () => {
    expect(profile.wordAtRank[10]).toBeLessThan(0.35);
    expect(profile.wordAtRank[100]).toBeLessThan(0.18);
    for (const query of ['được', 'người dân', 'học sinh', 'nông thôn mới', 'dân vận', 'đảng viên', 'cao su']) {
      expect(Math.abs(profile.queries[query]! - NEWS_PROFILE.queries[query]!), query).toBeLessThan(0.06);
    }
  });

  it('prints its profile next to real news’', () => {
    const lines = archiveProfile(readFileSync('seeds/000_7fa307ade4fb8d9e.txt', 'utf8'), 50);
    expect(lines[0]).toContain('50 articles measured');
    expect(lines.find((line) => line.startsWith('syllable at rank 100'))).toMatch(/32 %/);
    expect(lines.find((line) => line.startsWith('“dân vận”'))).toMatch(/4\.0 %/);
  });
});
