import { escapeMarkup } from '../text/escape-markup.ts';

/** The size Facebook, Zalo and X show a large link preview at. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** Where the logo sits on the card, for compositing the newsroom's own logo file onto it. */
export const SHARE_CARD_LOGO = { left: 120, top: 210, width: 960 } as const;

/**
 * The picture link previews show for an article without a photo of its own: the
 * newsroom's colours, room for its logo (composited from the logo file), its tagline and
 * its address, as an SVG the build turns into a PNG.
 */
export function shareCardSvg(site: { tagline: string; url: string }): string {
  const { width, height } = SHARE_CARD;
  const host = new URL(site.url).host;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#f4f1ec"/>
<rect width="${width}" height="24" fill="#a3161a"/>
<rect y="${height - 24}" width="${width}" height="24" fill="#a3161a"/>
<text x="${width / 2}" y="420" text-anchor="middle" font-family="DejaVu Serif, Georgia, serif" font-size="36" fill="#1a1a1a">${escapeMarkup(site.tagline)}</text>
<text x="${width / 2}" y="520" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" fill="#555555">${escapeMarkup(host)}</text>
</svg>`;
}
