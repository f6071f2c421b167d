import { describe, expect, it } from 'vitest';
import { resultThumbnailMeta, resultThumbnailOf } from '../../../src/lib/search/result-thumbnail.ts';
import { THUMBNAIL } from '../../../src/lib/site/thumbnail.ts';

/** What Pagefind hands back for `data-pagefind-meta="key:value"`: the field cut at its first colon. */
function asPagefindReads(attribute: string): Record<string, string> {
  const at = attribute.indexOf(':');
  return { [attribute.slice(0, at)]: attribute.slice(at + 1) };
}

describe('a search result thumbnail', () => {
  it('goes into the index as its address alone, and comes back with the size every such file has', () => {
    const src = '/_astro/le-khanh-thanh-cau.BxQ3_Z1abc.webp';
    const meta = resultThumbnailMeta(src);
    expect(meta).toBe('image:/_astro/le-khanh-thanh-cau.BxQ3_Z1abc.webp');
    expect(resultThumbnailOf(asPagefindReads(meta))).toEqual({
      src,
      width: THUMBNAIL.result.width,
      height: THUMBNAIL.result.height,
    });
  });

  it('is written empty for an article without a cover, and read back as none', () => {
    expect(resultThumbnailMeta(undefined)).toBe('image:');
    expect(resultThumbnailOf(asPagefindReads(resultThumbnailMeta(undefined)))).toBeUndefined();
  });

  it('is none for a result without a picture', () => {
    expect(resultThumbnailOf({ title: 'Bài không ảnh' })).toBeUndefined();
    expect(resultThumbnailOf({ image: '' })).toBeUndefined();
  });

  it('is none for a picture on another site or behind another scheme', () => {
    for (const src of ['https://example.com/a.webp', '//example.com/a.webp', 'javascript:alert(1)', 'a.webp'])
      expect(resultThumbnailOf({ image: src }), src).toBeUndefined();
  });
});
