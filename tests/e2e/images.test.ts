import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';
import { axeViolations } from './support/axe.ts';

/**
 * tests/fixtures/images-site: one article with its cover photo beside it and two body photos
 * from the shared images folder (one wider than the column with a credit, one narrower), one
 * whose cover comes from that folder with its own alt. The wide photo is filed as
 * `npm run import:nukeviet` files a portal's photos (`images/news/2019_10/`), for the body and
 * for the cover.
 */
const FIXTURE = resolve('tests/fixtures/images-site');
const WITH_PHOTOS = '/bai-viet/khanh-thanh-cau-dong-xoai/';
const WITH_ALT = '/bai-viet/cau-moi-ve-dem/';
/** WCAG 2.2 AA, as axe-core tags its rules. */

let site: BuiltSite;

beforeAll(async () => {
  site = await openBuiltSite({ articlesDir: join(FIXTURE, 'articles') });
}, 180_000);

afterAll(async () => {
  await site?.close();
});

const sizeOf = async (url: string) => (await stat(join(site.outDir, new URL(url, site.url).pathname))).size;

describe('photos an editor puts next to an article', () => {
  it('become a responsive, compressed cover with its size, the caption as alt text, fetched first', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 2 });
    await page.goto(site.url + WITH_PHOTOS);
    const cover = page.locator('.article figure').first();
    await expect(cover.locator('source[type="image/avif"]').count()).resolves.toBe(1);
    await expect(cover.locator('source[type="image/webp"]').count()).resolves.toBe(1);
    const img = cover.locator('img');
    await expect(img.getAttribute('alt')).resolves.toBe('Lễ khánh thành cầu sáng 20/5');
    await expect(img.getAttribute('width')).resolves.toBe('1600');
    await expect(img.getAttribute('height')).resolves.toBe('1000');
    await expect(img.getAttribute('loading')).resolves.toBe('eager');
    await expect(img.getAttribute('fetchpriority')).resolves.toBe('high');
    await expect(cover.locator('figcaption').textContent()).resolves.toBe('Lễ khánh thành cầu sáng 20/5');
    // A 390 px phone at 2× picks the 720 px AVIF, a fraction of the 1600 px original.
    const chosen = await img.evaluate((element: HTMLImageElement) => element.currentSrc);
    expect(chosen).toMatch(/\/_astro\/le-khanh-thanh-cau\.[^/]+\.avif$/);
    expect(await sizeOf(chosen)).toBeLessThan((await stat(join(FIXTURE, 'articles/le-khanh-thanh-cau.jpg'))).size / 4);
    await page.close();
  });

  it('in the body, from the shared images folder, keep their alt text and get a srcset and lazy loading', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + WITH_PHOTOS);
    const img = page.locator('.article .body figure img').first();
    await expect(img.getAttribute('alt')).resolves.toBe('Công nhân hoàn thiện mặt cầu');
    await expect(img.getAttribute('width')).resolves.toBe('1200');
    await expect(img.getAttribute('height')).resolves.toBe('800');
    await expect(img.getAttribute('loading')).resolves.toBe('lazy');
    await expect(img.getAttribute('srcset')).resolves.toMatch(/\.webp 640w/);
    await img.scrollIntoViewIfNeeded();
    await expect(
      img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0),
    ).resolves.toBe(true);
    await page.close();
  });

  it('in the body, are figures with their caption and credit shown under them', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site.url + WITH_PHOTOS);
    const figures = page.locator('.article .body figure');
    await expect(figures.count()).resolves.toBe(2);
    await expect(page.locator('.article .body p img').count()).resolves.toBe(0);
    const wide = figures.nth(0).locator('figcaption');
    await expect(wide.isVisible()).resolves.toBe(true);
    await expect(wide.innerText()).resolves.toBe('Công nhân hoàn thiện mặt cầu\nẢnh: Hồng Phúc');
    await expect(figures.nth(1).locator('figcaption').textContent()).resolves.toBe(
      'Người dân qua cầu trong buổi sáng đầu tiên',
    );
    // The credit is the photographer's name, not a tooltip on the photo.
    await expect(figures.nth(0).locator('img').getAttribute('title')).resolves.toBeNull();
    await page.close();
  });

  for (const width of [390, 1280]) {
    it(`fit the column at ${width} px, on screen and in print, and axe-core finds nothing wrong`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
      await page.goto(site.url + WITH_PHOTOS);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        const layout = await page.evaluate(() => {
          const column = document.querySelector('.article .body')!.getBoundingClientRect();
          return {
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            photos: [...document.querySelectorAll<HTMLImageElement>('.article img')].map((img) => {
              const box = img.getBoundingClientRect();
              return { left: box.left - column.left, right: column.right - box.right, width: box.width };
            }),
          };
        });
        expect(layout.overflow, media).toBe(0);
        expect(layout.photos, media).toHaveLength(3);
        for (const photo of layout.photos) {
          expect(photo.left, media).toBeGreaterThanOrEqual(0);
          expect(photo.right, media).toBeGreaterThanOrEqual(-0.5);
        }
        // The 320 px photo is shown at its own size, not blown up to the column.
        expect(layout.photos[2]!.width, media).toBeLessThanOrEqual(320);
      }
      await page.emulateMedia({ media: 'screen' });
      expect(await axeViolations(page, '.article')).toEqual([]);
      await page.close();
    });
  }

  it('use the alt text the editor wrote, when there is one', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + WITH_ALT);
    const img = page.locator('.article figure img');
    await expect(img.getAttribute('alt')).resolves.toBe('Mặt cầu với hàng cột đèn hai bên');
    await expect(page.locator('.article figcaption').textContent()).resolves.toBe('Cầu mới lên đèn');
    // From a month folder of the shared images, as the importer files a portal's photos.
    await expect(
      img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0),
    ).resolves.toBe(true);
    expect(await img.evaluate((element: HTMLImageElement) => element.currentSrc)).toMatch(
      /\/_astro\/cong-nhan-tren-cau\.[^/]+\.(avif|webp)$/,
    );
    await page.close();
  });

  it('give link previews and search engines a 1200 px JPEG of the cover', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + WITH_PHOTOS);
    const preview = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(preview).toMatch(/^https:\/\/tintuc\.binhphuoc\.example\/_astro\/le-khanh-thanh-cau\.[^/]+\.jpeg$/);
    await expect(page.locator('meta[name="twitter:card"]').getAttribute('content')).resolves.toBe(
      'summary_large_image',
    );
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd['@graph'][0].image).toBe(preview);
    const file = new URL(preview!).pathname;
    const width = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return image.naturalWidth;
    }, file);
    expect(width).toBe(1200);
    await page.close();
  });
});
