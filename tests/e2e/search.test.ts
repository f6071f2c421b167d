import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

/**
 * A site built from tests/fixtures/search-site and tests/fixtures/search-precision: short
 * articles whose words were chosen so that each query below has articles it must find and
 * articles it must not, `đ` words against their `d` look-alikes (được/dược, đường/Dương,
 * đồng/dông), and, for ranking, exact words against look-alikes that Pagefind alone ranks
 * above them (`đổi mới` once in a long article against `đời … mới` over and over in a
 * short one), old and new tone placement (`thuỷ`/`thủy`) and phrases against their
 * syllables apart. Only the twelve of search-site mention Bình Phước; other tests build
 * search-site alone.
 */
const ARTICLE = {
  dangVien: 'ket-nap-dang-vien-tre',
  daiTa: 'dai-ta-tham-don-bien-phong',
  duocPham: 'nha-may-duoc-pham-bu-dang',
  danVan: 'dan-van-kheo-o-dak-o',
  dongChi: 'dong-chi-bi-thu-lam-viec-o-bu-dop',
  muaDong: 'mua-dong-lam-do-cay-cao-su',
  thuHoachDieu: 'nong-dan-thu-hoach-dieu',
  dienLuc: 'dien-luc-cap-dien-vung-sau',
  lamDuong: 'lam-duong-giao-thong-nong-thon',
  binhDuong: 'giao-luu-voi-hoc-sinh-binh-duong',
  mungDang: 'mung-dang-mung-xuan-o-chon-thanh',
  tuanTra: 'tuan-tra-bao-ve-cot-moc',
  doiMoi: 'doi-moi-cach-trong-tieu-o-loc-ninh',
  doiSong: 'doi-song-moi-o-ap-soc-lon',
  doiGiay: 'tang-doi-giay-moi-cho-hoc-tro',
  nuocDoi: 'nuoc-doi-xuong-khu-nha-moi',
  thuyLoiOld: 'tong-ket-thuy-loi-kieu-chu-cu',
  thuyLoiNew: 'tong-ket-thuy-loi-kieu-chu-moi',
  coGiaoThuy: 'co-giao-thuy-va-lop-hoc-tinh-thuong',
  toDanVan: 'to-dan-van-giup-ba-con-lam-nha',
  nguoiDanVanChuyen: 'nguoi-dan-thue-xe-van-chuyen-nong-san',
  nongThonMoi: 'xa-minh-hung-ve-dich-nong-thon-moi',
  nongDanThon: 'nong-dan-thon-ba-trong-cay-an-trai',
} as const;
type Id = keyof typeof ARTICLE;

interface QueryCase {
  query: string;
  finds: Id[];
  misses: Id[];
}

const QUERIES: QueryCase[] = [
  // `d` for `đ`, alone and in phrases, in any case.
  { query: 'duoc', finds: ['dangVien', 'lamDuong', 'duocPham'], misses: ['danVan', 'dongChi', 'tuanTra'] },
  { query: 'DUOC', finds: ['dangVien', 'lamDuong', 'duocPham'], misses: ['danVan'] },
  { query: 'được', finds: ['dangVien', 'lamDuong'], misses: ['duocPham'] },
  { query: 'Được', finds: ['dangVien', 'lamDuong'], misses: ['duocPham'] },
  { query: 'dang vien', finds: ['dangVien'], misses: ['mungDang', 'thuHoachDieu'] },
  { query: 'Dang Vien', finds: ['dangVien'], misses: ['mungDang'] },
  { query: 'DANG VIEN', finds: ['dangVien'], misses: ['mungDang'] },
  { query: 'đảng viên', finds: ['dangVien'], misses: ['mungDang', 'thuHoachDieu'] },
  { query: 'Dai ta', finds: ['daiTa'], misses: ['tuanTra', 'dongChi'] },
  { query: 'DAI TA', finds: ['daiTa'], misses: ['tuanTra'] },
  { query: 'đại tá', finds: ['daiTa'], misses: ['tuanTra'] },
  { query: 'DONG CHI', finds: ['dongChi'], misses: ['muaDong', 'daiTa', 'dangVien'] },
  { query: 'dong chi', finds: ['dongChi'], misses: ['muaDong', 'daiTa'] },
  { query: 'đồng chí', finds: ['dongChi'], misses: ['muaDong'] },
  { query: 'dong', finds: ['dangVien', 'dongChi', 'muaDong', 'lamDuong'], misses: ['tuanTra', 'binhDuong'] },
  { query: 'đồng', finds: ['dangVien', 'dongChi', 'lamDuong'], misses: ['muaDong'] },
  { query: 'mua dong', finds: ['muaDong'], misses: ['dongChi'] },
  { query: 'dong xoai', finds: ['dangVien'], misses: ['dongChi'] },
  { query: 'Đồng Xoài', finds: ['dangVien'], misses: ['dongChi'] },
  { query: 'don bien phong', finds: ['daiTa'], misses: ['tuanTra'] },
  { query: 'đồn biên phòng', finds: ['daiTa'], misses: ['tuanTra'] },
  { query: 'bu dang', finds: ['duocPham'], misses: ['dongChi', 'mungDang'] },
  { query: 'Bù Đăng', finds: ['duocPham'], misses: ['dongChi'] },
  { query: 'bu dop', finds: ['dongChi'], misses: ['duocPham'] },
  { query: 'duoc pham', finds: ['duocPham'], misses: ['dangVien', 'lamDuong'] },
  { query: 'dược phẩm', finds: ['duocPham'], misses: ['dangVien'] },
  { query: 'dien luc', finds: ['dienLuc'], misses: ['thuHoachDieu', 'tuanTra'] },
  { query: 'ĐIỆN LỰC', finds: ['dienLuc'], misses: ['thuHoachDieu', 'tuanTra'] },
  // `đường` and `Dương` look alike without marks; typed with them, each finds its own.
  { query: 'duong', finds: ['lamDuong', 'binhDuong'], misses: ['dienLuc'] },
  { query: 'đường', finds: ['lamDuong'], misses: ['binhDuong'] },
  // Typed with marks but a plain `D`, the `đ` look-alike is found too, ranked after (below).
  { query: 'Dương', finds: ['binhDuong', 'lamDuong'], misses: ['dienLuc'] },
  // Tone and vowel marks, which Pagefind folds on its own.
  { query: 'dân vận', finds: ['danVan'], misses: ['binhDuong', 'muaDong'] },
  { query: 'dan van', finds: ['danVan'], misses: ['binhDuong', 'muaDong'] },
  { query: 'DÂN VẬN', finds: ['danVan'], misses: ['binhDuong'] },
  { query: 'dak o', finds: ['danVan'], misses: ['tuanTra'] },
  { query: 'cao su', finds: ['muaDong'], misses: ['dienLuc'] },
  { query: 'xyzzy', finds: [], misses: ['dangVien', 'danVan'] },
];

const EVERY_ARTICLE = 'Bình Phước';

let site: BuiltSite;
let articlesDir: string;

beforeAll(async () => {
  articlesDir = await mkdtemp(join(tmpdir(), 'search-articles-'));
  for (const fixture of ['search-site', 'search-precision']) {
    await cp(resolve('tests/fixtures', fixture), articlesDir, { recursive: true });
  }
  site = await openBuiltSite({ articlesDir });
}, 180_000);

afterAll(async () => {
  await site?.close();
  await rm(articlesDir, { recursive: true, force: true });
});

/** Opens the search page at an address and waits until it has answered. */
async function openSearch(page: Page, query: string): Promise<void> {
  await page.goto(`${site.url}/tim-kiem/${query}`);
  await settled(page);
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && !status.startsWith('Đang tìm');
  });
}

/** The article slugs of the results on the page, in order. */
function resultSlugs(page: Page): Promise<string[]> {
  return page.$$eval('.search-result h2 a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2] ?? ''),
  );
}

async function searchFor(query: string): Promise<string[]> {
  const page = await site.browser.newPage();
  await openSearch(page, `?q=${encodeURIComponent(query)}`);
  const slugs = await resultSlugs(page);
  await page.close();
  return slugs;
}

describe('searching in Vietnamese, with or without marks, with d for đ', () => {
  it.each(QUERIES)('“$query” finds $finds and not $misses', async ({ query, finds, misses }) => {
    const found = await searchFor(query);
    for (const id of finds) expect(found, `${query} should find ${id}`).toContain(ARTICLE[id]);
    for (const id of misses) expect(found, `${query} should not find ${id}`).not.toContain(ARTICLE[id]);
  });

  it('ranks the exact spelling first when the reader types the marks', async () => {
    const dang = await searchFor('đảng');
    expect(dang).toContain(ARTICLE.thuHoachDieu);
    const firstInexact = dang.indexOf(ARTICLE.thuHoachDieu);
    expect(dang.indexOf(ARTICLE.dangVien)).toBeLessThan(firstInexact);
    expect(dang.indexOf(ARTICLE.mungDang)).toBeLessThan(firstInexact);
    expect((await searchFor('dược'))[0]).toBe(ARTICLE.duocPham);
    expect((await searchFor('Dương'))[0]).toBe(ARTICLE.binhDuong);
  });

  it('marks the article’s own words in the excerpt and never shows the d spellings', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, '?q=duoc');
    const excerpt = page.locator(`.search-result:has(a[href$="/${ARTICLE.dangVien}/"]) .excerpt`);
    await expect(excerpt.locator('mark').allTextContents()).resolves.toContain('được');
    const visible = await page.locator('body').innerText();
    const spoken = JSON.stringify(await page.locator('body').ariaSnapshot());
    for (const dSpelling of ['dảng', 'Dồng', 'dồng', 'dại']) {
      expect(visible).not.toContain(dSpelling);
      expect(spoken).not.toContain(dSpelling);
    }
    await page.close();
  });

  it('adds the other spellings to the index alone: no built page carries them', async () => {
    const pages = await listFiles(site.outDir, '.html');
    for (const file of pages) {
      const html = await readFile(join(site.outDir, file), 'utf8');
      expect(html, file).not.toContain('data-pagefind-meta="spellings');
      expect(html, file).not.toMatch(/\bdảng\b/i);
    }
  });
});

/** The marked words of each result's excerpt, by article slug. */
async function markedWords(query: string): Promise<Record<string, string[]>> {
  const page = await site.browser.newPage();
  await openSearch(page, `?q=${encodeURIComponent(query)}`);
  const marks = await page.$$eval('.search-result', (items) =>
    items.map((item) => [
      new URL(item.querySelector('a')!.href).pathname.split('/')[2] ?? '',
      [...item.querySelectorAll('.excerpt mark')].map((mark) =>
        (mark.textContent ?? '').replace(/[^\p{L}\p{M}]/gu, '').toLowerCase(),
      ),
    ]),
  );
  await page.close();
  return Object.fromEntries(marks);
}

/** Expects every article of `first` to be found, and before every article of `after` that is found. */
function expectRankedBefore(found: string[], first: Id[], after: Id[], query: string) {
  for (const id of [...first, ...after]) expect(found, `${query} should find ${id}`).toContain(ARTICLE[id]);
  const lastFirst = Math.max(...first.map((id) => found.indexOf(ARTICLE[id])));
  for (const id of after)
    expect(found.indexOf(ARTICLE[id]), `${query}: ${id} ranks after ${first}`).toBeGreaterThan(lastFirst);
}

describe('Vietnamese precision: exact marks, tone placement, phrases', () => {
  it('ranks the words typed with marks above look-alikes, and finds every spelling without marks', async () => {
    expectRankedBefore(await searchFor('đổi mới'), ['doiMoi'], ['doiSong', 'doiGiay', 'nuocDoi'], 'đổi mới');
    expectRankedBefore(await searchFor('Đổi Mới'), ['doiMoi'], ['doiSong', 'doiGiay', 'nuocDoi'], 'Đổi Mới');
    const withoutMarks = await searchFor('doi moi');
    for (const id of ['doiMoi', 'doiSong', 'doiGiay', 'nuocDoi'] as const) expect(withoutMarks).toContain(ARTICLE[id]);
  });

  it('marks the words typed with marks in the excerpt, never their look-alikes', async () => {
    const marks = await markedWords('đổi mới');
    expect(marks[ARTICLE.doiMoi]).toEqual(expect.arrayContaining(['đổi', 'mới']));
    for (const words of Object.values(marks)) for (const word of words) expect(['đổi', 'mới']).toContain(word);
    expect(marks[ARTICLE.doiSong]).toEqual(expect.arrayContaining(['mới']));
    expect((await markedWords('doi moi'))[ARTICLE.doiSong]).toEqual(expect.arrayContaining(['đời', 'mới']));
  });

  it.each([
    ['thuỷ', 'thủy'],
    ['hoá', 'hóa'],
    ['hoà', 'hòa'],
    ['uỷ', 'ủy'],
    ['khoẻ', 'khỏe'],
  ])('takes %s and %s for one word, typed either way or without marks', async (old, current) => {
    for (const query of [old, current, old.normalize('NFD').replace(/\p{M}/gu, '')]) {
      const found = await searchFor(query);
      expect(found, query).toContain(ARTICLE.thuyLoiOld);
      expect(found, query).toContain(ARTICLE.thuyLoiNew);
    }
  });

  it('ranks either tone placement above other marks, and marks either in the excerpt', async () => {
    for (const query of ['thuỷ', 'thủy', 'khoẻ', 'khỏe']) {
      expectRankedBefore(await searchFor(query), ['thuyLoiOld', 'thuyLoiNew'], ['coGiaoThuy'], query);
    }
    const marks = await markedWords('thuỷ');
    expect(marks[ARTICLE.thuyLoiOld]).toContain('thuỷ');
    expect(marks[ARTICLE.thuyLoiNew]).toContain('thủy');
    expect(marks[ARTICLE.coGiaoThuy]).toEqual([]);
    expect((await markedWords('hòa'))[ARTICLE.thuyLoiOld]).toContain('hoà');
  });

  it('ranks the syllables next to each other above the same syllables apart', async () => {
    for (const query of ['dân vận', 'dan van', 'DÂN VẬN']) {
      expectRankedBefore(await searchFor(query), ['danVan', 'toDanVan'], ['nguoiDanVanChuyen'], query);
    }
    for (const query of ['nông thôn mới', 'nong thon moi']) {
      expectRankedBefore(await searchFor(query), ['nongThonMoi'], ['nongDanThon'], query);
    }
  });

  // The ranking searches show their results before the query's own: none may find more than it.
  it('finds a phrase in quotes with its syllables next to each other only, with or without marks', async () => {
    for (const query of ['"dân vận"', '"dan van"']) {
      const found = await searchFor(query);
      expect(found, query).toEqual(expect.arrayContaining([ARTICLE.danVan, ARTICLE.toDanVan]));
      expect(found, query).not.toContain(ARTICLE.nguoiDanVanChuyen);
    }
  });
});

describe('the search page', () => {
  it('filters by category and by year, with the number of results by each', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, `?q=${encodeURIComponent(EVERY_ARTICLE)}`);
    const category = page.locator('select[name="chuyen-muc"]');
    const year = page.locator('select[name="nam"]');
    await expect(category.locator('option[value="kinh-te"]').textContent()).resolves.toBe('Kinh tế (2)');
    await expect(year.locator('option[value="2019"]').textContent()).resolves.toBe('2019 (4)');

    await category.selectOption('kinh-te');
    await settled(page);
    await expect(page.locator('.search-status').textContent()).resolves.toContain('Tìm thấy 2 bài viết');
    expect((await resultSlugs(page)).sort()).toEqual([ARTICLE.duocPham, ARTICLE.muaDong].sort());
    // The chosen category's counts stay those of every category, so the reader can switch.
    await expect(category.locator('option[value="xa-hoi"]').textContent()).resolves.toBe('Xã hội (3)');
    await expect(year.locator('option[value="2019"]').textContent()).resolves.toBe('2019 (1)');
    expect(new URL(page.url()).searchParams.get('chuyen-muc')).toBe('kinh-te');

    await year.selectOption('2020');
    await settled(page);
    expect(await resultSlugs(page)).toEqual([ARTICLE.muaDong]);
    expect(new URL(page.url()).search).toBe('?q=B%C3%ACnh+Ph%C6%B0%E1%BB%9Bc&chuyen-muc=kinh-te&nam=2020');
    await page.close();
  });

  it('sorts newest first on request', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, `?q=${encodeURIComponent(EVERY_ARTICLE)}&sap-xep=moi-nhat`);
    await expect(page.locator('select[name="sap-xep"]').inputValue()).resolves.toBe('moi-nhat');
    const dates = await page.$$eval('.search-result time', (times) =>
      times.map((time) => (time as HTMLTimeElement).dateTime),
    );
    expect(dates).toHaveLength(10);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await resultSlugs(page)).toEqual([
      ARTICLE.dienLuc,
      ARTICLE.dangVien,
      ARTICLE.mungDang,
      ARTICLE.muaDong,
      ARTICLE.thuHoachDieu,
      ARTICLE.duocPham,
      ARTICLE.daiTa,
      ARTICLE.binhDuong,
      ARTICLE.tuanTra,
      ARTICLE.danVan,
    ]);
    await page.close();
  });

  it('shows title, date, category and excerpt, ten at a time, by keyboard alone', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, `?q=${encodeURIComponent(EVERY_ARTICLE)}`);
    await expect(page.locator('.search-status').textContent()).resolves.toBe(
      `Tìm thấy 12 bài viết cho “${EVERY_ARTICLE}”. Đang xem 10/12 kết quả.`,
    );
    const first = page.locator('.search-result').first();
    await expect(first.locator('h2 a').textContent()).resolves.toMatch(/\S/);
    await expect(first.locator('.meta').textContent()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4} · \S/);
    await expect(first.locator('.excerpt mark').count()).resolves.toBeGreaterThan(0);

    await page.locator('.search-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 12);
    await expect(page.locator('.search-more').isHidden()).resolves.toBe(true);
    // Focus moves to the first new result, so a keyboard reader carries on where they were.
    await expect(page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).resolves.toBe(true);
    await expect(
      page.evaluate(() =>
        [...document.querySelectorAll('.search-result')].indexOf(document.activeElement!.closest('.search-result')!),
      ),
    ).resolves.toBe(10);
    await page.close();
  });

  it('puts the first results on screen before their fragments arrive, then marks the typed words', async () => {
    const page = await site.browser.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const fragments: string[] = [];
    await page.route('**/pagefind/fragment/*', async (route) => {
      fragments.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('dân vận')}`);
    // From the newest index's result cards alone: no fragment has arrived.
    const result = page.locator('.search-result', { hasText: 'Dân vận khéo ở xã Đắk Ơ' });
    await result.waitFor();
    await expect(result.locator('h2 a').getAttribute('href')).resolves.toBe(`/bai-viet/${ARTICLE.danVan}/`);
    await expect(result.locator('.meta').textContent()).resolves.toMatch(/^20\/11\/2018 · \S/);
    await expect(result.locator('.excerpt').textContent()).resolves.toBe('');
    await expect(page.locator('.search-status').textContent()).resolves.toBe('Đang tìm…');
    expect(fragments.length).toBeGreaterThan(0);

    release();
    await settled(page);
    const marked = await result.locator('.excerpt mark').allTextContents();
    expect(marked.map((word) => word.replace(/[^\p{L}\p{M}]/gu, '').toLowerCase())).toEqual(
      expect.arrayContaining(['dân', 'vận']),
    );
    await page.close();
  });

  it('searches as the reader types and keeps the query in the address', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, '?q=xyzzy');
    await page.locator('#search-query').fill('dak o');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'dak o');
    await settled(page);
    expect(await resultSlugs(page)).toEqual([ARTICLE.danVan]);
    expect(new URL(page.url()).search).toBe('?q=dak+o');
    await page.close();
  });

  it('says so clearly when nothing is found', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, '?q=xyzzy');
    await expect(page.locator('.search-status').textContent()).resolves.toBe(
      'Không tìm thấy bài viết nào cho “xyzzy”. Hãy thử từ khác, bớt một vài từ hoặc bỏ bộ lọc.',
    );
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
    await expect(page.locator('.search-more').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('is reached from the search box in every page’s header', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/bai-viet/${ARTICLE.tuanTra}/`);
    await page.locator('.site-header input[name="q"]').fill('đại tá');
    await page.locator('.site-header input[name="q"]').press('Enter');
    await page.waitForURL('**/tim-kiem/?q=*');
    await settled(page);
    expect(await resultSlugs(page)).toEqual([ARTICLE.daiTa]);
    await expect(page.locator('#search-query').inputValue()).resolves.toBe('đại tá');
    await page.close();
  });

  it('without JavaScript, says search needs it and links to every category', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/tim-kiem/?q=dan+van`);
    await expect(page.locator('.search-page').innerText()).resolves.toContain('Tìm kiếm cần JavaScript.');
    const links = await page.$$eval('.search-page a', (anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href')),
    );
    expect(links).toContain('/chuyen-muc/dan-van/');
    await expect(page.locator('.search-options').isHidden()).resolves.toBe(true);
    await context.close();
  });

  it('asks for every file of a first search as the page arrives, each once, without a worker', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const response = await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('dân vận')}`);
    const html = await response!.text();
    await settled(page);
    const head = html.slice(0, html.indexOf('</head>'));
    const entry = /<link rel="preload" href="(\/pagefind\/pagefind-entry\.json\?ts=[^"]+)"/.exec(head)?.[1];
    const meta = /<link rel="preload" href="(\/pagefind\/pagefind\.vi_\w+\.pf_meta)"/.exec(head)?.[1];
    expect(entry).toBeDefined();
    expect(meta).toBeDefined();
    expect(head).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(head).toContain('<link rel="preload" href="/pagefind/wasm.unknown.pagefind" as="fetch" crossorigin>');
    // Pagefind asked for what the head named, not for addresses of its own (the entry file with the time in it).
    const once = (path: string) =>
      expect(
        requested.filter((asked) => asked === path),
        path,
      ).toHaveLength(1);
    for (const path of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      meta!,
      '/pagefind/wasm.unknown.pagefind',
    ]) {
      once(path);
    }
    // The page foresaw the chunks of the query's words that Pagefind then read: asked for once, by the page.
    const chunks = requested.filter((path) => path.startsWith('/pagefind/index/'));
    const foreseen = await page.$$eval('link[rel="preload"][href*="/index/"]', (links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    expect(chunks.length).toBeGreaterThan(0);
    expect([...chunks].sort()).toEqual([...foreseen].sort());
    expect(requested).not.toContain('/pagefind/pagefind-worker.js');
    expect(await resultSlugs(page)).toContain(ARTICLE.danVan);
    await page.close();
  });

  it('runs under the site’s strict Content-Security-Policy', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        ),
      );
    });
    await openSearch(page, '?q=duoc');
    expect(await resultSlugs(page)).toContain(ARTICLE.dangVien);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(violations).toEqual([]);
    await page.close();
  });
});
