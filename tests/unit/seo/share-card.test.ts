import { describe, expect, it } from 'vitest';
import { SHARE_CARD, SHARE_CARD_LOGO, shareCardSvg } from '../../../src/lib/seo/share-card.ts';

describe('shareCardSvg', () => {
  const svg = shareCardSvg({ tagline: 'Thời sự & dân vận <tỉnh>', url: 'https://tintuc.binhphuoc.example' });

  it('is a 1200 × 630 card with the tagline, escaped, and the address', () => {
    expect(svg).toContain(`width="${SHARE_CARD.width}" height="${SHARE_CARD.height}"`);
    expect(svg).toContain('Thời sự &amp; dân vận &lt;tỉnh&gt;');
    expect(svg).toContain('>tintuc.binhphuoc.example</text>');
  });

  it('leaves the logo room to sit on the card', () => {
    expect(SHARE_CARD_LOGO.left * 2 + SHARE_CARD_LOGO.width).toBe(SHARE_CARD.width);
  });
});
