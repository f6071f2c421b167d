import { describe, it, expect } from 'vitest';
import { claimOutputName } from '../../../src/lib/convert/output-name.ts';

const SLUG = 'tinh-binh-phuoc-tong-ket';

describe('claimOutputName', () => {
  it('names a new article by its slug and claims the name', () => {
    const taken = new Set<string>();
    expect(claimOutputName(SLUG, '000.txt', taken)).toBe(SLUG);
    expect(taken).toEqual(new Set([SLUG]));
  });

  it('gives a clashing article its slug with a suffix, and claims that name', () => {
    const taken = new Set([SLUG]);
    const name = claimOutputName(SLUG, '001.txt', taken);
    expect(name).toMatch(new RegExp(`^${SLUG}-[0-9a-z]{7}$`));
    expect(taken.has(name)).toBe(true);
  });

  it('gives the same suffix on every run for the same raw file', () => {
    expect(claimOutputName(SLUG, '001.txt', new Set([SLUG]))).toBe(claimOutputName(SLUG, '001.txt', new Set([SLUG])));
  });

  it('makes the suffix from the raw file’s name alone, not from the other names taken', () => {
    const alone = claimOutputName(SLUG, '001.txt', new Set([SLUG]));
    const crowded = claimOutputName(SLUG, '001.txt', new Set([SLUG, 'khac', 'bai-khac-abcdefg']));
    expect(crowded).toBe(alone);
    const suffix = alone.slice(SLUG.length);
    expect(claimOutputName('bai-khac', '001.txt', new Set(['bai-khac']))).toBe(`bai-khac${suffix}`);
  });

  it('gives clashing articles from different raw files different names', () => {
    const taken = new Set([SLUG]);
    const first = claimOutputName(SLUG, '001.txt', taken);
    const second = claimOutputName(SLUG, '002.txt', taken);
    expect(second).not.toBe(first);
    expect(taken.size).toBe(3);
  });

  it('keeps a second clash on the suffixed name unique too', () => {
    const taken = new Set([SLUG]);
    const first = claimOutputName(SLUG, '001.txt', taken);
    const second = claimOutputName(SLUG, '001.txt', taken);
    const third = claimOutputName(SLUG, '001.txt', taken);
    expect(second).toBe(`${first}-2`);
    expect(third).toBe(`${first}-3`);
    expect(new Set([SLUG, first, second, third]).size).toBe(4);
  });

  it('makes names that are still valid slugs', () => {
    const taken = new Set([SLUG]);
    for (const file of ['a.txt', 'Bài viết.txt', '🙂.txt', '']) {
      expect(claimOutputName(SLUG, file, taken)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
