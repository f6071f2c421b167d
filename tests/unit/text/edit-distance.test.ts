import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../../src/lib/text/edit-distance.ts';

describe('editDistance', () => {
  it('counts letters added, dropped or changed', () => {
    expect(editDistance('catgory', 'category')).toBe(1);
    expect(editDistance('titel', 'title')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('dan-van', 'dan-van')).toBe(0);
  });
});

describe('closestMatch', () => {
  it('finds the field a typo meant, case aside', () => {
    expect(closestMatch('catgory', ['title', 'category', 'tags'])).toBe('category');
    expect(closestMatch('Title', ['title', 'tags'])).toBe('title');
    expect(closestMatch('tag', ['title', 'tags'])).toBe('tags');
  });

  it('finds nothing when nothing is close, or the word is too short to tell', () => {
    expect(closestMatch('photo', ['caption', 'image', 'alt'])).toBeUndefined();
    expect(closestMatch('url', ['alt'])).toBeUndefined();
  });
});
