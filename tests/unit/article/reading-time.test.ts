import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../src/lib/article/reading-time.ts';

describe('readingMinutes', () => {
  it('counts 200 Vietnamese syllables a minute', () => {
    expect(readingMinutes(Array.from({ length: 600 }, () => 'dân').join(' '))).toBe(3);
  });

  it('says one minute for a short article, never zero', () => {
    expect(readingMinutes('Một câu.')).toBe(1);
    expect(readingMinutes('')).toBe(1);
  });

  it('does not count markup and punctuation as words', () => {
    const figure = '<figure><figcaption>Ảnh</figcaption></figure>';
    expect(readingMinutes(`${figure} - — … ${Array.from({ length: 300 }, () => 'vận').join(' ')}`)).toBe(2);
  });
});
