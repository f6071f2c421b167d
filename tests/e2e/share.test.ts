import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';
import { axeViolations } from './support/axe.ts';

const TITLE = 'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018';
const ARTICLE_PATH = '/bai-viet/tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018/';
const ARTICLE_URL = `https://tintuc.binhphuoc.example${ARTICLE_PATH}`;
const SHEET = 'Chia sẻ qua Zalo, Messenger…';
const COPY = 'Sao chép liên kết';

let site: BuiltSite;

beforeAll(async () => {
  site = await openBuiltSite();
}, 180_000);

afterAll(() => site?.close());

/** The article in a fresh context, with uncaught errors collected. */
async function openArticle(
  options: BrowserContextOptions = {},
  setUp?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setUp?.(page);
  await page.goto(site.url + ARTICLE_PATH);
  return { page, errors, close: () => context.close() };
}

/** Headless Chromium has no share sheet: a stand-in records what the page asks it to share. */
function stubShareSheet(outcome: 'shared' | 'cancelled') {
  return (page: Page) =>
    page.addInitScript((outcome) => {
      const calls: ShareData[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          calls.push(data);
          return outcome === 'shared' ? Promise.resolve() : Promise.reject(new DOMException('', 'AbortError'));
        },
      });
    }, outcome);
}

const shareCalls = (page: Page) => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);

describe('sharing an article', () => {
  it('copies the article’s address to the clipboard and says so politely', async () => {
    const { page, errors, close } = await openArticle({ permissions: ['clipboard-read', 'clipboard-write'] });
    const share = page.getByRole('region', { name: 'Chia sẻ' });
    await share.getByRole('button', { name: COPY }).click();
    const status = share.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Đã sao chép liên kết');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ARTICLE_URL);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(ARTICLE_URL);
    expect(errors).toEqual([]);
    await close();
  });

  it('hands the headline and the canonical address to the system share sheet', async () => {
    const { page, errors, close } = await openArticle({}, stubShareSheet('shared'));
    await page.getByRole('button', { name: SHEET }).click();
    await expect.poll(() => shareCalls(page)).toEqual([{ title: TITLE, url: ARTICLE_URL }]);
    expect(errors).toEqual([]);
    await close();
  });

  it('says nothing and throws nothing when the reader closes the share sheet', async () => {
    const { page, errors, close } = await openArticle({}, stubShareSheet('cancelled'));
    await page.getByRole('button', { name: SHEET }).click();
    await expect.poll(() => shareCalls(page)).toHaveLength(1);
    await page.waitForTimeout(100);
    expect(errors).toEqual([]);
    expect(await page.getByRole('status').textContent()).toBe('');
    await close();
  });

  it('shows no share button where the browser has no share sheet', async () => {
    const { page, close } = await openArticle({}, (page) =>
      page.addInitScript(() => delete (Navigator.prototype as Partial<Navigator>).share),
    );
    await expect(page.getByRole('button', { name: COPY }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.share button', { hasText: SHEET }).isVisible()).resolves.toBe(false);
    await close();
  });

  it('without JavaScript keeps the Facebook link and the address, and has no button', async () => {
    const { page, close } = await openArticle({ javaScriptEnabled: false });
    const share = page.getByRole('region', { name: 'Chia sẻ' });
    await expect(share.getByRole('link', { name: /Facebook/ }).isVisible()).resolves.toBe(true);
    await expect(share.getByRole('link', { name: ARTICLE_URL }).isVisible()).resolves.toBe(true);
    await expect(share.locator('button').count()).resolves.toBe(0);
    await close();
  });

  it('keeps the written address last, after the buttons, where a printed page shows it', async () => {
    const { page, close } = await openArticle(
      { permissions: ['clipboard-read', 'clipboard-write'] },
      stubShareSheet('shared'),
    );
    const items = page.locator('.share li');
    await expect.poll(() => items.count()).toBe(4);
    await expect(items.nth(1).getByRole('button').textContent()).resolves.toBe(SHEET);
    await expect(items.nth(2).getByRole('button').textContent()).resolves.toBe(COPY);
    await expect(items.last().innerText()).resolves.toBe(`Địa chỉ bài viết: ${ARTICLE_URL}`);
    await close();
  });

  it.each(['light', 'dark'] as const)(
    'offers real buttons, big enough to tap, visibly focused, that axe-core passes (%s)',
    async (colorScheme) => {
      // The page's own policy would refuse axe-core, injected as an inline script.
      const { page, close } = await openArticle({ colorScheme, bypassCSP: true }, stubShareSheet('shared'));
      const buttons = page.locator('.share').getByRole('button');
      await expect(buttons.allTextContents()).resolves.toEqual([SHEET, COPY]);
      for (const button of await buttons.all()) {
        const box = (await button.boundingBox())!;
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
        await button.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const outline = await button.evaluate((element) => getComputedStyle(element).outlineStyle);
        expect(outline).not.toBe('none');
      }
      expect(await axeViolations(page, '.share')).toEqual([]);
      await close();
    },
  );
});
