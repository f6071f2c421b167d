import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';
import { TOPIC, writePhotoArticles, type PhotoArticle } from './support/photo-articles.ts';
import { axeViolations } from './support/axe.ts';

/** WCAG 2.2 AA, as axe-core tags its rules. */

/**
 * 24 articles in three categories and one topic, three in four with a cover photo of a
 * different shape (landscape, portrait, small), one of the others with a photo in its body.
 */
const ARTICLES = 24;
const LISTS = ['/', '/chuyen-muc/kinh-te/', `/the/${TOPIC.slug}/`];
/** A list's thumbnail box, CSS pixels, by screen width (src/lib/site/thumbnail.ts, global.css). */
const BOX: Record<number, number> = { 390: 120, 1280: 160 };

let articlesDir: string;
let articles: PhotoArticle[];
let site: BuiltSite;

beforeAll(async () => {
  articlesDir = await mkdtemp(join(tmpdir(), 'tin-tuc-thumbnails-'));
  articles = await writePhotoArticles(articlesDir, ARTICLES);
  site = await openBuiltSite({ articlesDir, siteNow: '2026-12-07T12:00:00+07:00' });
}, 600_000);

afterAll(async () => {
  await site?.close();
  if (articlesDir) await rm(articlesDir, { recursive: true, force: true });
});

const bySlug = (href: string) => articles.find((article) => href === `/bai-viet/${article.slug}/`)!;

interface ShownThumbnail {
  href: string;
  lead: boolean;
  width: string | null;
  height: string | null;
  loading: string | null;
  fetchpriority: string | null;
  alt: string | null;
  avifSrcset: string;
  box: { width: number; height: number; top: number };
}

/**
 * Every story of the lists that show covers (the home page's lead, featured and newest; a
 * listing's articles), with its thumbnail's attributes and box: below the fold, as laid out
 * before its photo is fetched. The home page's short lists by category stay text.
 */
function listedStories(page: Page) {
  return page.evaluate(() => {
    const stories = [
      ...document.querySelectorAll('.lead-story, .home > section .article-list li, .listing-page .article-list li'),
    ];
    return stories.map((story) => {
      const href = story.querySelector('h2 a, h3 a')!.getAttribute('href')!;
      const img = story.querySelector<HTMLImageElement>('img.thumbnail');
      if (!img)
        return { href, thumbnail: undefined, frames: story.querySelectorAll('picture, .thumbnail-link').length };
      const box = img.getBoundingClientRect();
      return {
        href,
        frames: 1,
        thumbnail: {
          href,
          lead: story.classList.contains('lead-story'),
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
          loading: img.getAttribute('loading'),
          fetchpriority: img.getAttribute('fetchpriority'),
          alt: img.getAttribute('alt'),
          avifSrcset: img.parentElement!.querySelector('source[type="image/avif"]')?.getAttribute('srcset') ?? '',
          box: { width: box.width, height: box.height, top: box.top + scrollY },
        },
      };
    });
  });
}

/** Scrolls to the foot of the page a screen at a time, letting each screen's photos arrive. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()!.height / 2;
  for (let y = 0; y <= height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    // Chromium fetches a lazy photo as it comes within about a screen of the view.
    await page.waitForFunction(() =>
      [...document.images].every((img) => {
        const box = img.getBoundingClientRect();
        return box.bottom < -innerHeight || box.top > 2 * innerHeight || img.complete;
      }),
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('cover thumbnails in the lists of articles', () => {
  for (const width of [390, 1280]) {
    it(`show at ${width} px in the lead story and the newest, category and topic lists, sized before they load, lazy below the lead, with nothing moving`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true });
      // Every layout shift from the first paint on, scrolling included (no input excuses them).
      await page.addInitScript(() => {
        const record = window as unknown as { layoutShift: number };
        record.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            record.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const path of LISTS) {
        await page.goto(site.url + path);
        const stories = await listedStories(page);
        expect(stories.length, path).toBeGreaterThan(5);
        const thumbnails = stories.flatMap((story) => (story.thumbnail ? [story.thumbnail] : []));
        for (const story of stories) {
          // A story without a cover has no empty frame; one with a cover always shows it.
          expect(story.frames, `${path} ${story.href}`).toBe(bySlug(story.href).hasCover ? 1 : 0);
        }
        expect(thumbnails.length, path).toBeGreaterThan(3);
        expect(stories.some((story) => !story.thumbnail)).toBe(true);
        for (const thumbnail of thumbnails as ShownThumbnail[]) {
          const where = `${path} ${thumbnail.href}`;
          expect(thumbnail.alt, where).toBe('');
          expect(thumbnail.avifSrcset, where).toMatch(/\.avif \d+w, .*\.avif \d+w/);
          if (thumbnail.lead) {
            // What a phone paints first: fetched at once, ahead of everything else.
            expect([thumbnail.width, thumbnail.height, thumbnail.loading, thumbnail.fetchpriority], where).toEqual([
              '720',
              '480',
              'eager',
              'high',
            ]);
          } else {
            expect([thumbnail.width, thumbnail.height, thumbnail.loading], where).toEqual(['240', '160', 'lazy']);
            expect(thumbnail.box.width, where).toBeCloseTo(BOX[width]!, 0);
          }
          // The 3:2 box is there before the file: portrait, small and landscape photos alike.
          expect(thumbnail.box.height, where).toBeCloseTo((thumbnail.box.width * 2) / 3, 0);
        }
        expect(thumbnails.filter((thumbnail) => thumbnail.lead).length, path).toBe(path === '/' ? 1 : 0);
        const fold = page.viewportSize()!.height;
        expect(
          thumbnails.filter((thumbnail) => thumbnail.box.top > fold).every((thumbnail) => thumbnail.loading === 'lazy'),
          path,
        ).toBe(true);
        expect(
          thumbnails.some((thumbnail) => thumbnail.box.top > fold),
          path,
        ).toBe(true);

        await scrollThrough(page);
        const loaded = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLImageElement>('img.thumbnail')].map((img) => ({
            complete: img.complete && img.naturalWidth > 0,
            src: img.currentSrc,
          })),
        );
        for (const image of loaded) {
          expect(image.complete, image.src).toBe(true);
          expect(image.src).toMatch(/\/_astro\/bai-anh-\d+\.[^/]+\.avif$/);
        }
        const layout = await page.evaluate(() => ({
          shift: (window as unknown as { layoutShift: number }).layoutShift,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        expect(layout, path).toEqual({ shift: 0, overflow: 0 });

        expect(await axeViolations(page), path).toEqual([]);
      }
      await page.close();
    }, 120_000);
  }

  it('at 390 px, pick a phone-sized file, far smaller than the photo', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 2 });
    await page.goto(site.url + '/chuyen-muc/kinh-te/');
    const img = page.locator('.article-list img.thumbnail').first();
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('.article-list img.thumbnail')!.complete);
    const chosen = await img.evaluate((element: HTMLImageElement) => element.currentSrc);
    // 120 CSS px at 2×: the 240 px AVIF.
    const file = join(site.outDir, new URL(chosen).pathname);
    await expect(sharp(file).metadata()).resolves.toMatchObject({ width: 240, height: 160 });
    expect((await stat(file)).size).toBeLessThan(8_000);
    await page.close();
  });
});

describe('the search index', () => {
  /** The browser's own copy of the result thumbnail module, served beside the site. */
  const MODULE = '/test-modules/lib/search/result-thumbnail.js';

  beforeAll(async () => {
    for (const source of ['src/lib/search/result-thumbnail.ts', 'src/lib/site/thumbnail.ts']) {
      const target = join(site.outDir, 'test-modules', source.replace(/^src\//, '').replace(/\.ts$/, '.js'));
      await mkdir(dirname(target), { recursive: true });
      const code = stripTypeScriptTypes(await readFile(resolve(source), 'utf8'));
      await writeFile(target, code.replaceAll(/(from '[^']+)\.ts'/g, "$1.js'"));
    }
  });

  it('gives each result with a cover a small WebP of it, and a result without one none, photos in its body included', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 }, bypassCSP: true });
    await page.goto(site.url + '/tim-kiem/?q=' + encodeURIComponent('khánh thành'));
    await page.locator('.search-result').first().waitFor();
    // Modules are loaded by the page itself: the test runner would rewrite an import() in page.evaluate.
    const engine = await page.evaluate(() => {
      const bundles = JSON.parse(document.querySelector<HTMLElement>('[data-search]')!.dataset.search!);
      return new URL(`${(bundles as { path: string }[])[0]!.path}pagefind.js`, location.href).href;
    });
    await page.addScriptTag({
      type: 'module',
      content: `import * as pagefind from '${engine}'; import { resultThumbnail } from '${MODULE}';
        Object.assign(window, { pagefind, resultThumbnail });`,
    });
    await page.waitForFunction(() => 'pagefind' in window && 'resultThumbnail' in window);
    const results = await page.evaluate(async () => {
      const { pagefind } = window as unknown as {
        pagefind: {
          search(
            query: string,
          ): Promise<{ results: { data(): Promise<{ url: string; meta: Record<string, string> }> }[] }>;
        };
      };
      const search = await pagefind.search('khánh thành');
      return Promise.all(
        search.results.map(async (result) => {
          const { url, meta } = await result.data();
          return { url, meta };
        }),
      );
    });
    expect(results).toHaveLength(ARTICLES);
    const listFiles = new Map<string, string[]>();
    const lists = await site.browser.newPage();
    for (const path of [`/the/${TOPIC.slug}/`, `/the/${TOPIC.slug}/trang-2/`]) {
      await lists.goto(site.url + path);
      for (const [href, srcset] of await lists.$$eval('.article-list li', (items) =>
        items.map((item) => [
          item.querySelector('a')!.getAttribute('href')!,
          item.querySelector('img.thumbnail')?.getAttribute('srcset') ?? '',
        ]),
      ))
        listFiles.set(
          href!,
          srcset!.split(', ').map((candidate) => candidate.split(' ')[0]!),
        );
    }
    await lists.close();
    for (const { url, meta } of results) {
      const article = bySlug(url);
      if (!article.hasCover) {
        expect(meta.image, url).toBe('');
        continue;
      }
      expect(meta.image, url).toMatch(new RegExp(`^/_astro/${article.slug}\\.[^/]+\\.webp$`));
      // The lists' own 240 px WebP of the same cover: no file made for the search alone.
      expect(listFiles.get(url), url).toContain(meta.image);
      const file = join(site.outDir, meta.image!);
      await expect(sharp(file).metadata(), url).resolves.toMatchObject({ width: 240, height: 160 });
      expect((await stat(file)).size, url).toBeLessThan(8_000);
    }

    // The search page's thumbnail of the first result with a cover: its box there before the file.
    const withCover = results.find(({ url }) => bySlug(url).hasCover)!;
    const shown = await page.evaluate(async (meta) => {
      const { resultThumbnail } = window as unknown as {
        resultThumbnail: (meta: object, document: Document) => HTMLImageElement | undefined;
      };
      const img = resultThumbnail(meta, document)!;
      const item = document.querySelector('.search-result')!;
      item.append(img);
      const box = img.getBoundingClientRect();
      const before = { width: box.width, height: box.height };
      await img.decode();
      return {
        attributes: ['width', 'height', 'loading', 'alt'].map((name) => img.getAttribute(name)),
        before,
        natural: [img.naturalWidth, img.naturalHeight],
        none: resultThumbnail({ title: 'không ảnh' }, document) ?? null,
      };
    }, withCover.meta);
    expect(shown.attributes).toEqual(['240', '160', 'lazy', '']);
    expect(shown.before.height).toBeGreaterThan(0);
    expect(shown.before.height).toBeCloseTo((shown.before.width * 2) / 3, 0);
    expect(shown.natural).toEqual([240, 160]);
    expect(shown.none).toBeNull();
    await page.close();
  }, 60_000);
});
