import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { site } from '../data/settings.ts';
import { SHARE_CARD_LOGO, shareCardSvg } from '../lib/seo/share-card.ts';

/**
 * The link-preview picture of every page without a photo of its own, made at build time
 * from the newsroom's name (its logo file), tagline and address: Facebook and Zalo show no
 * SVG, and a logo is no 1200 × 630 card.
 */
export const GET: APIRoute = async () => {
  // Astro builds from the project's root; this module runs from a bundle elsewhere.
  const logo = await sharp(await readFile(join(process.cwd(), 'public', site.logo)), { density: 300 })
    .resize({ width: SHARE_CARD_LOGO.width })
    .png()
    .toBuffer();
  const card = await sharp(Buffer.from(shareCardSvg(site)))
    .composite([{ input: logo, left: SHARE_CARD_LOGO.left, top: SHARE_CARD_LOGO.top }])
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
};
