import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../../src/lib/build/cache-key.ts';

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
