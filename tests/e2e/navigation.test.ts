import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';
import { axeViolations } from './support/axe.ts';

/** WCAG 2.2 AA, as axe-core tags its rules. */

/**
 * Finding one's way around: the header and its menu, the pagination, the archive.
 * 170 articles of one category over three years (a month each of 2022 to 2024, several a
 * month): nine pages of 20 in the category, enough for the pagination to leave pages out.
 */
const ARTICLES = 170;
/** The editors' choices: an old story pinned as lead, two featured, the newest kept off the home page. */
const HOME: Record<number, string> = {
  150: 'home:\n  lead: "2026-12-31T00:00:00+07:00"\n',
  90: 'home:\n  featured: "2026-12-31T00:00:00+07:00"\n',
  120: 'home:\n  featured: "2026-12-31T00:00:00+07:00"\n',
  168: 'home:\n  hidden: true\n',
};
const PAGES = Math.ceil(ARTICLES / 20);

let articlesDir: string;
let site: BuiltSite;

beforeAll(async () => {
  articlesDir = await mkdtemp(join(tmpdir(), 'tin-tuc-listings-'));
  await Promise.all(
    Array.from({ length: ARTICLES }, (_, n) => {
      const year = 2022 + (n % 3);
      const month = String(1 + (n % 12)).padStart(2, '0');
      const day = String(1 + (n % 28)).padStart(2, '0');
      const hour = String(n % 24).padStart(2, '0');
      return writeFile(
        join(articlesDir, `bai-so-${n + 1}.md`),
        `---
title: "Bài số ${n + 1} về phong trào thi đua yêu nước ở các huyện, thị xã trong tỉnh Bình Phước"
date: "${year}-${month}-${day}T${hour}:00:00+07:00"
category: "thoi-su"
${HOME[n + 1] ?? ''}summary: "Sapo của bài số ${n + 1}: các địa phương trong tỉnh đẩy mạnh phong trào thi đua, khen thưởng kịp thời những tập thể, cá nhân tiêu biểu, góp phần hoàn thành nhiệm vụ chính trị của năm."
---

Nội dung bài số ${n + 1}.
`,
      );
    }),
  );
  site = await openBuiltSite({ articlesDir, siteNow: '2026-12-07T08:00:00+07:00' });
}, 240_000);

afterAll(async () => {
  await site?.close();
  if (articlesDir) await rm(articlesDir, { recursive: true, force: true });
});

const CATEGORY = '/chuyen-muc/thoi-su/';

describe('the lists of a large archive', () => {
  it('number their pages: the first, the last and those around the current one', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${CATEGORY}trang-4/`);
    const pagination = page.getByRole('navigation', { name: 'Phân trang' });
    const items = await pagination.locator('li').allInnerTexts();
    expect(items.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
      ['1', '2', '3', '4', '5', '6', '…', String(PAGES)].map((text) => (text === '…' ? text : `Trang ${text}`)),
    );
    await expect(pagination.locator('[aria-current="page"]').innerText()).resolves.toMatch(/4$/);
    await expect(pagination.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe(`${CATEGORY}trang-3/`);
    await expect(pagination.locator('a[rel="next"]').getAttribute('href')).resolves.toBe(`${CATEGORY}trang-5/`);
    await page.close();
  });

  it('reach the last page from the first in one click', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + CATEGORY);
    const pagination = page.getByRole('navigation', { name: 'Phân trang' });
    await expect(pagination.locator('li').allInnerTexts()).resolves.toContain('…');
    await pagination.getByRole('link', { name: `Trang ${PAGES}`, exact: true }).click();
    await page.waitForURL(`**${CATEGORY}trang-${PAGES}/`);
    await expect(page.locator('.article-list li').count()).resolves.toBe(ARTICLES - 20 * (PAGES - 1));
    await page.close();
  });

  it('keep list text to a readable measure on a desktop', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url + CATEGORY);
    const widest = await page.evaluate(() => {
      const summary = document.querySelector('.article-list .summary')!;
      const style = getComputedStyle(summary);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      // Characters a line: the line's width over the average width of this text's characters.
      const text = summary.textContent!;
      return summary.getBoundingClientRect().width / (context.measureText(text).width / text.length);
    });
    expect(widest).toBeGreaterThan(50);
    expect(widest).toBeLessThanOrEqual(85);
    await page.close();
  });

  it('show the archive by year, each year a few lines of months, with a link to each year', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.url}/luu-tru/`);
    const years = page.getByRole('navigation', { name: 'Các năm' }).getByRole('link');
    await expect(years.allInnerTexts()).resolves.toEqual(['2024', '2023', '2022']);
    const height = await page
      .locator('#nam-2023 + .month-list')
      .evaluate((list) => list.getBoundingClientRect().height);
    const line = await page
      .locator('#nam-2023 + .month-list li')
      .first()
      .evaluate((item) => item.getBoundingClientRect().height);
    // Twelve months in two columns on a phone: six lines, not twelve.
    expect(Math.round(height / line)).toBeLessThanOrEqual(6);
    await years.getByText('2022').click();
    await page.waitForURL('**/luu-tru/#nam-2022');
    await page.close();
  });

  for (const width of [390, 1280]) {
    it(`fit a ${width} px screen and pass axe-core, the pagination and the menu included`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
      for (const path of [`${CATEGORY}trang-5/`, '/luu-tru/']) {
        await page.goto(site.url + path);
        if (width === 390) await page.locator('.menu-button').click();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBe(0);
        expect(await axeViolations(page), path).toEqual([]);
      }
      await page.close();
    });
  }
});

describe('the header on a phone', () => {
  const CATEGORIES = [
    'Thời sự',
    'Dân vận',
    'Kinh tế',
    'Xã hội',
    'Quốc phòng – An ninh',
    'Văn hóa – Thể thao',
    'Tin tức',
  ];

  it('is a slim bar that stays at the top as the reader scrolls', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site.url + CATEGORY);
    const header = page.locator('.site-header');
    const box = (await header.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(60);
    await expect(header.getByRole('link', { name: 'Tìm kiếm' }).getAttribute('href')).resolves.toBe('/tim-kiem/');
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect(header.evaluate((element) => element.getBoundingClientRect().top)).resolves.toBe(0);
    await page.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`leads its menu button to every category${javaScriptEnabled ? '' : ', without JavaScript'}`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 800 }, javaScriptEnabled });
      await page.goto(site.url + CATEGORY);
      // The footer's list is the menu: one list in the page, not a copy in the header.
      const menu = page.getByRole('navigation', { name: 'Chuyên mục và trang khác' });
      await expect(menu.isVisible()).resolves.toBe(true);
      await expect(menu.evaluate((nav) => nav.getBoundingClientRect().top > innerHeight)).resolves.toBe(true);
      await page.getByRole('link', { name: 'Tất cả chuyên mục' }).click();
      await page.waitForURL('**#tat-ca-chuyen-muc');
      await expect(menu.evaluate((nav) => nav.getBoundingClientRect().top < innerHeight)).resolves.toBe(true);
      await expect(menu.getByRole('link').allInnerTexts()).resolves.toEqual([...CATEGORIES, 'Lưu trữ', 'Giới thiệu']);
      // Targets a thumb can hit, as the menu's were.
      const heights = await menu
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
      await menu.getByRole('link', { name: 'Tin tức' }).click();
      await page.waitForURL('**/chuyen-muc/tin-tuc/');
      await page.close();
    });
  }

  it('starts the category strip at the current category, and shows there is more to scroll', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.url}/chuyen-muc/tin-tuc/`);
    const strip = page.getByRole('navigation', { name: 'Chuyên mục', exact: true });
    const current = (await strip.locator('[aria-current="page"]').boundingBox())!;
    expect(current.x).toBeLessThan(40);
    await expect(strip.locator('ul').evaluate((list) => getComputedStyle(list).maskImage)).resolves.toMatch(/gradient/);
    await expect(strip.locator('ul').evaluate((list) => list.scrollWidth > list.clientWidth)).resolves.toBe(true);
    await page.close();
  });

  it('gives a desktop the tagline and the search box instead of the buttons', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url + CATEGORY);
    await expect(page.locator('.brand-tagline').isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-header input[name="q"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('.menu-button').isVisible()).resolves.toBe(false);
    await expect(page.locator('.search-button').isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('the home page the editors chose', () => {
  it('leads with the pinned story and features the chosen ones, each once, the hidden one nowhere', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    await expect(page.locator('.lead-story h2').innerText()).resolves.toMatch(/^Bài số 150 /);
    const featured = await page.locator('.featured .article-list h3').allInnerTexts();
    expect(featured.map((title) => title.split(' về ')[0])).toEqual(['Bài số 120', 'Bài số 90']);
    const links = await page
      .locator('main a[href^="/bai-viet/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThan(15);
    expect(new Set(links).size).toBe(links.length);
    // The newest story of all, which would otherwise lead.
    expect(links).not.toContain('/bai-viet/bai-so-168/');
    await page.close();
  });
});
