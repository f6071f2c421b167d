/**
 * npm run screenshots — after `npm run build`: photographs the home, an article, a
 * category and the search page at phone (390 px) and desktop (1280 px) widths, in light
 * and dark mode, into docs/screenshots/, for reviewing the design by eye.
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';

const PAGES = {
  home: '/',
  article: '/bai-viet/tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018/',
  category: '/chuyen-muc/dan-van/',
  search: '/tim-kiem/?q=dan+van',
};
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;
const OUT = 'docs/screenshots';

await mkdir(OUT, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(server.url + path);
        if (name === 'search') await page.locator('.search-result').first().waitFor();
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
}
