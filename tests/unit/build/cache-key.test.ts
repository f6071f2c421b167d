import { describe, expect, it } from 'vitest';
import { cacheKeyOf, listedAs, listingPageKey } from '../../../src/lib/build/cache-key.ts';

const article = (id: string, digest: string) => ({ id, digest });

describe('cacheKeyOf', () => {
  it('is the same for the same articles and values', () => {
    expect(cacheKeyOf(article('a', '1'), 2, 'x')).toBe(cacheKeyOf(article('a', '1'), 2, 'x'));
  });

  it.each([
    ['an article edited', [article('a', '2'), 2, 'x']],
    ['another article', [article('b', '1'), 2, 'x']],
    ['another value', [article('a', '1'), 3, 'x']],
    ['an article more', [article('a', '1'), 2, 'x', article('b', '1')]],
    ['the values in another order', ['x', article('a', '1'), 2]],
    ['values run together', [article('a', '1'), '2x']],
  ] as const)('changes with %s', (_, shown) => {
    expect(cacheKeyOf(...shown)).not.toBe(cacheKeyOf(article('a', '1'), 2, 'x'));
  });
});

describe('listedAs and the keys of pages that list an article', () => {
  const listed = (id: string, title: string, digest: string, summary = 'Tóm tắt.') => ({
    id,
    digest,
    data: { title, date: new Date('2026-11-20T01:00:00Z'), summary },
  });
  const page = (...items: ReturnType<typeof listed>[]) => ({ page: 1, pageCount: 1, items });

  it('does not change when only an article’s text changes (its digest), so the pages listing it are kept', () => {
    expect(listingPageKey(page(listed('a', 'Tin', 'v1')))).toBe(listingPageKey(page(listed('a', 'Tin', 'v2'))));
    expect(listedAs(listed('a', 'Tin', 'v1'))).toEqual(listedAs(listed('a', 'Tin', 'v2')));
  });

  it('changes with what a list shows: the title, the lead, the article itself', () => {
    const key = listingPageKey(page(listed('a', 'Tin', 'v1')));
    expect(listingPageKey(page(listed('a', 'Tin mới', 'v1')))).not.toBe(key);
    expect(listingPageKey(page(listed('a', 'Tin', 'v1', 'Khác.')))).not.toBe(key);
    expect(listingPageKey(page(listed('b', 'Tin', 'v1')))).not.toBe(key);
    expect(listedAs(undefined)).toBeUndefined();
  });
});
