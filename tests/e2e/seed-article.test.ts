import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

const TITLE = 'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018';
const ARTICLE_PATH = '/bai-viet/tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018/';
const COVER_CAPTION = 'Các đơn vị ký kết chương trình phối hợp hoạt động năm 2019';
const BODY_CAPTION = 'Đồng chí Lê Thị Xuân Trang, Trưởng ban Dân vận Tỉnh ủy kết luận tại hội nghị';
const PORTAL_CHROME = ['Tổng số điểm của bài viết', 'Click để đánh giá bài viết', 'duy trì trạng thái đăng nhập'];

let site: BuiltSite;
let page: Page;

beforeAll(async () => {
  site = await openBuiltSite();
}, 180_000);

afterAll(() => site?.close());

async function open(path: string): Promise<Page> {
  page = await site.browser.newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('a reader on the built site', () => {
  it('follows the home page link to the seed article and reads it as the newsroom wrote it', async () => {
    const home = await open('/');
    await home.getByRole('link', { name: TITLE }).first().click();
    await home.waitForURL(`**${ARTICLE_PATH}`);

    expect(await home.getAttribute('html', 'lang')).toBe('vi');
    await expect(home.locator('h1').textContent()).resolves.toBe(TITLE);
    await expect(home.locator('article time').textContent()).resolves.toBe('Thứ Bảy, 26/10/2019, 19:18');
    await expect(home.locator('article .meta').textContent()).resolves.toContain('19:18 (GMT+7)');
    const lead = await home.locator('article .lead').textContent();
    expect(lead).toMatch(/^Sáng ngày 26\/12, Ban Dân vận Tỉnh ủy Bình Phước phối hợp/);

    // The portal lost both photos and kept their captions: no empty photo frame is printed.
    await expect(home.locator('article figure').count()).resolves.toBe(0);

    const text = (await home.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).not.toContain(COVER_CAPTION);
    expect(text).not.toContain(BODY_CAPTION);
    expect(text).toContain('1.254 hồ sơ liệt sĩ');
    expect(text).toContain('“Bộ đội Cụ Hồ”');
    expect(text).toContain('Đồng chí Trưởng ban Dân vận Tỉnh ủy cũng đề nghị');
    for (const chrome of PORTAL_CHROME) expect(text).not.toContain(chrome);

    const credit = home.locator('article .credit a');
    await expect(credit.textContent()).resolves.toBe('baoquankhu7.vn');
    await expect(credit.getAttribute('href')).resolves.toBe('https://baoquankhu7.vn');
    await expect(home.locator('.breadcrumb a').last().textContent()).resolves.toBe('Dân vận');
    await home.close();
  });

  it('can share the article on Facebook by a plain link, and see its address', async () => {
    const article = await open(ARTICLE_PATH);
    const share = article.getByRole('region', { name: 'Chia sẻ' });
    await expect(share.getByRole('link', { name: /Facebook/ }).getAttribute('href')).resolves.toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`https://tintuc.binhphuoc.example${ARTICLE_PATH}`)}`,
    );
    await expect(
      share.getByRole('link', { name: `https://tintuc.binhphuoc.example${ARTICLE_PATH}` }).count(),
    ).resolves.toBe(1);
    await article.close();
  });

  it('prints the article alone: no menus, search, footer, sharing or lists of other articles', async () => {
    const article = await open(ARTICLE_PATH);
    await article.emulateMedia({ media: 'print' });
    const shown = (selector: string) => article.locator(selector).first().isVisible();
    const hidden = ['.site-nav', '.site-footer', '.breadcrumb', '.share h2', '.share button', '.tags', '.skip-link'];
    for (const selector of [...hidden, '.site-header form', '.search-button', '.menu-button', '.brand-tagline']) {
      expect(await shown(selector), selector).toBe(false);
    }
    expect(await shown('article h1')).toBe(true);
    expect(await shown('article .body')).toBe(true);
    // On paper the page names the paper above the article and where to read it below.
    await expect(article.locator('.brand').innerText()).resolves.toBe('Tin tức Bình Phước');
    await expect(article.locator('.share li').last().innerText()).resolves.toBe(
      `Địa chỉ bài viết: https://tintuc.binhphuoc.example${ARTICLE_PATH}`,
    );
    await article.close();
  });

  it('shares an article without a photo with the newsroom’s 1200 × 630 card, not its SVG logo', async () => {
    const article = await open(ARTICLE_PATH);
    const preview = await article.locator('meta[property="og:image"]').getAttribute('content');
    expect(preview).toBe('https://tintuc.binhphuoc.example/anh-chia-se.png');
    await expect(article.locator('meta[name="twitter:card"]').getAttribute('content')).resolves.toBe(
      'summary_large_image',
    );
    const size = await article.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, new URL(preview!).pathname);
    expect(size).toEqual([1200, 630]);
    const jsonLd = JSON.parse((await article.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd['@graph'][0].image).toBe(preview);
    await article.close();
  });

  it('reads in every footer who publishes the site, under which licence, and who answers for it', async () => {
    const home = await open('/');
    const footer = home.locator('.site-footer');
    await expect(footer.innerText()).resolves.toMatch(
      /Giấy phép số 25\/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bình Phước cấp ngày 15\/3\/2019\s+Chịu trách nhiệm nội dung: Nguyễn Văn Minh, Trưởng Ban biên tập/,
    );
    const links = await footer.getByRole('navigation').getByRole('link').allTextContents();
    expect(links).toEqual(expect.arrayContaining(['Dân vận', 'Tin tức', 'Lưu trữ', 'Giới thiệu']));
    await footer.getByRole('link', { name: 'Giới thiệu' }).click();
    await home.waitForURL('**/gioi-thieu/');
    await expect(home.locator('h1').textContent()).resolves.toBe('Giới thiệu và liên hệ');
    await expect(home.locator('main').innerText()).resolves.toContain('toasoan@binhphuoc.example');
    await home.close();
  });

  it('runs no script on an article page but the share buttons’ module, and no inline event handler', async () => {
    const article = await open(ARTICLE_PATH);
    // Structured data for search engines is JSON, not a script the browser runs.
    const scripts = article.locator('script:not([type="application/ld+json"])');
    await expect(scripts.count()).resolves.toBe(1);
    await expect(scripts.getAttribute('type')).resolves.toBe('module');
    const handlers = await article.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().filter((name) => name.startsWith('on')),
      ),
    );
    expect(handlers).toEqual([]);
    await article.close();
  });

  it('finds the article from its category page', async () => {
    const category = await open('/chuyen-muc/dan-van/');
    await expect(category.locator('h1').textContent()).resolves.toBe('Dân vận');
    await category.getByRole('link', { name: TITLE }).click();
    await category.waitForURL(`**${ARTICLE_PATH}`);
    await category.close();
  });

  it.each(['dân vận', 'dan van'])('searches "%s" from the header and reaches the article', async (query) => {
    const home = await open('/');
    await home.getByRole('searchbox').first().fill(query);
    await home.getByRole('searchbox').first().press('Enter');
    await home.waitForURL(`**/tim-kiem/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    const result = home.locator('.search-result h2 a', { hasText: TITLE });
    await result.waitFor({ timeout: 15_000 });
    await result.click();
    await home.waitForURL(`**${ARTICLE_PATH}`);
    await home.close();
  });

  it('follows a tag from the article to the topic page that lists it', async () => {
    const article = await open(ARTICLE_PATH);
    await expect(article.locator('article .meta').textContent()).resolves.toMatch(/\d+ phút đọc/);
    await article.locator('.tags').getByRole('link', { name: 'dân vận', exact: true }).click();
    await article.waitForURL('**/the/dan-van/');
    await expect(article.locator('h1').textContent()).resolves.toBe('Chủ đề: dân vận');
    await article.getByRole('link', { name: TITLE }).click();
    await article.waitForURL(`**${ARTICLE_PATH}`);
    await article.close();
  });

  it('finds the most-covered topics on the home page, without the lead story a second time', async () => {
    const home = await open('/');
    const topics = home.getByRole('region', { name: 'Chủ đề' });
    // The one article leads the page, so no topic repeats it.
    await expect(topics.getByRole('link', { name: TITLE }).count()).resolves.toBe(0);
    await topics.getByRole('link', { name: 'dân vận', exact: true }).click();
    await home.waitForURL('**/the/dan-van/');
    await home.close();
  });

  it('finds the article in the archive by its month', async () => {
    const archive = await open('/');
    await archive.getByRole('link', { name: 'Lưu trữ' }).click();
    await archive.waitForURL('**/luu-tru/');
    await archive.getByRole('link', { name: 'Tháng 10/2019' }).click();
    await archive.waitForURL('**/luu-tru/2019/10/');
    await archive.getByRole('link', { name: TITLE }).click();
    await archive.waitForURL(`**${ARTICLE_PATH}`);
    await archive.close();
  });

  it('is told in Vietnamese when a page does not exist', async () => {
    const missing = await site.browser.newPage();
    const response = await missing.goto(`${site.url}/khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    await expect(missing.locator('h1').textContent()).resolves.toBe('Không tìm thấy trang');
    await expect(missing.getByRole('link', { name: TITLE }).count()).resolves.toBe(1);
    await missing.close();
  });
});

describe('the built files', () => {
  it('carry none of the old portal chrome on any page', async () => {
    for (const path of ['index.html', 'chuyen-muc/dan-van/index.html', `${ARTICLE_PATH.slice(1)}index.html`]) {
      const html = await readFile(join(site.outDir, path), 'utf8');
      for (const chrome of PORTAL_CHROME) expect(html, path).not.toContain(chrome);
    }
  });

  it('index the article only, not the menus and listings', async () => {
    const html = await readFile(join(site.outDir, 'index.html'), 'utf8');
    expect(html).not.toContain('data-pagefind-body');
    const article = await readFile(join(site.outDir, ARTICLE_PATH.slice(1), 'index.html'), 'utf8');
    expect(article.match(/data-pagefind-body/g)).toHaveLength(1);
  });
});

describe('what search engines and feed readers get', () => {
  const read = (path: string) => readFile(join(site.outDir, path), 'utf8');
  const articleUrl = `https://tintuc.binhphuoc.example${ARTICLE_PATH}`;

  it('describes the article as a NewsArticle in Vietnam time, with its breadcrumb', async () => {
    const html = await read(`${ARTICLE_PATH.slice(1)}index.html`);
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const graph = (JSON.parse(json!) as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(graph[0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: TITLE,
      datePublished: '2019-10-26T19:18:00+07:00',
      articleSection: 'Dân vận',
      inLanguage: 'vi',
    });
    // The lead is the page's meta description, the address its canonical link: neither is repeated in the structured data.
    expect(graph[0]).not.toHaveProperty('description');
    expect(graph[0]).not.toHaveProperty('url');
    expect(graph[1]).toMatchObject({ '@type': 'BreadcrumbList' });
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="article:published_time" content="2019-10-26T19:18:00+07:00">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    // X falls back to og:title, og:description and og:image: no twitter:* copies of them.
    expect(html.match(/<meta name="twitter:/g)).toHaveLength(1);
    expect(html).toContain(`<link rel="canonical" href="${articleUrl}">`);
  });

  it('lists the article in the site feed and its category feed, both linked from the pages', async () => {
    for (const feed of ['rss.xml', 'chuyen-muc/dan-van/rss.xml']) {
      const xml = await read(feed);
      expect(xml, feed).toContain(`<link>${articleUrl}</link>`);
      expect(xml, feed).toContain('<language>vi</language>');
    }
    expect(await read('chuyen-muc/thoi-su/rss.xml')).not.toContain(articleUrl);
    expect(await read('index.html')).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(await read('chuyen-muc/dan-van/index.html')).toContain('href="/chuyen-muc/dan-van/rss.xml"');
  });

  it('lists every page but the 404 in the sitemap that robots.txt names', async () => {
    expect(await read('robots.txt')).toContain('Sitemap: https://tintuc.binhphuoc.example/sitemap-index.xml');
    expect(await read('robots.txt')).toContain('Sitemap: https://tintuc.binhphuoc.example/sitemap-news.xml');
    // The seed is from 2019: news sitemaps carry the last two days only.
    expect(await read('sitemap-news.xml')).not.toContain('<url>');
    expect(await read('sitemap-index.xml')).toContain('sitemap-0.xml');
    const sitemap = await read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${articleUrl}</loc>`);
    expect(sitemap).toContain('<loc>https://tintuc.binhphuoc.example/the/dan-van/</loc>');
    expect(sitemap).not.toContain('404');
  });
});
