/**
 * npm run screenshots — after `npm run build`: photographs the home, an article, a
 * category and the search page at phone (390 px) and desktop (1280 px) widths, in light
 * and dark mode, into docs/screenshots/, for reviewing the design by eye.
 *
 * npm run screenshots -- --photos: builds a site of 24 articles with cover photos (the
 * browser tests' made-up scenes, as the seed has no photo) and photographs its home and a
 * category, to review the thumbnails by eye.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { buildSite } from '../tests/e2e/support/build-site.ts';
import { writePhotoArticles } from '../tests/e2e/support/photo-articles.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { parseFlagsOrExit } from './lib/flags.ts';

const USAGE = `Cách dùng: npm run screenshots -- [--photos]
  --photos   dựng một trang mẫu có ảnh đại diện và chụp trang chủ, chuyên mục (lists-*.png)`;

const SEED_PAGES = {
  home: '/',
  article: '/bai-viet/tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018/',
  category: '/chuyen-muc/dan-van/',
  search: '/tim-kiem/?q=dan+van',
};
const PHOTO_PAGES = { 'lists-home': '/', 'lists-category': '/chuyen-muc/kinh-te/' };
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;
const OUT = 'docs/screenshots';

const { photos } = parseFlagsOrExit({ photos: { type: 'boolean', default: false } }, USAGE);

await mkdir(OUT, { recursive: true });
let dist = 'dist';
let articlesDir: string | undefined;
if (photos) {
  articlesDir = await mkdtemp(join(tmpdir(), 'tin-tuc-screenshots-'));
  await writePhotoArticles(articlesDir, 24);
  dist = await buildSite({ articlesDir, siteNow: '2026-12-07T12:00:00+07:00' });
}
const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
  for (const [name, path] of Object.entries(photos ? PHOTO_PAGES : SEED_PAGES)) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(server.url + path);
        if (name === 'search') await page.locator('.search-result').first().waitFor();
        // The screenshot shows what a reader sees once the photos on the screen have arrived.
        await page.waitForFunction(() =>
          [...document.images].every((img) => img.getBoundingClientRect().top > innerHeight || img.complete),
        );
        await page.evaluate(() =>
          Promise.all([...document.images].filter((img) => img.complete).map((img) => img.decode().catch(() => {}))),
        );
        const file = `${OUT}/${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  if (articlesDir) await rm(articlesDir, { recursive: true, force: true });
  if (photos) await rm(dist, { recursive: true, force: true });
}
