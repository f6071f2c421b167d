import { describe, expect, it } from 'vitest';
import { isCaptionOnlyFigure } from '../../../src/lib/markdown/caption-only-figure.ts';

describe('isCaptionOnlyFigure', () => {
  it.each([
    '<figure><figcaption>Đồng chí kết luận hội nghị</figcaption></figure>',
    '<figure class="image">\n  <figcaption>Ảnh: TL</figcaption>\n</figure>',
    '<figure></figure>',
  ])('is true of a figure with no photo: %s', (html) => {
    expect(isCaptionOnlyFigure(html)).toBe(true);
  });

  it.each([
    '<figure><img src="/a.jpg" alt="a"><figcaption>a</figcaption></figure>',
    '<figure><picture><source srcset="/a.avif"><img src="/a.jpg" alt="a"></picture></figure>',
    '<figure><iframe src="https://example.org/video"></iframe></figure>',
    '<p>Đoạn văn</p>',
    '<figure><figcaption>a</figcaption></figure><p>và một đoạn</p>',
  ])('is false of a figure with its photo, or of other HTML: %s', (html) => {
    expect(isCaptionOnlyFigure(html)).toBe(false);
  });
});
