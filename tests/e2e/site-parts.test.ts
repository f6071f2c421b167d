import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

/**
 * The search fixture (twelve articles, four each in 2018, 2019 and 2020) built whole, and
 * built in parts of at most five articles: three parts of one year each, merged. The two
 * must be the same site to a reader, search included.
 */
const ARTICLES = resolve('tests/fixtures/search-site');
/** Only these differ by design: the search page lists the parts' indexes, and each part has one. */
const DIFFERS = (path: string) => path === 'tim-kiem/index.html' || path.startsWith('pagefind/');

let whole: BuiltSite;
let inParts: BuiltSite;

beforeAll(async () => {
  [whole, inParts] = await Promise.all([
    openBuiltSite({ articlesDir: ARTICLES }),
    openBuiltSite({ articlesDir: ARTICLES, maxArticles: 5 }),
  ]);
}, 300_000);

afterAll(async () => {
  await Promise.all([whole?.close(), inParts?.close()]);
});

describe('a site built in parts', () => {
  it('has the same files, byte for byte, as the site built whole', async () => {
    const files = (await listFiles(whole.outDir, '')).filter((path) => !DIFFERS(path));
    const partFiles = (await listFiles(inParts.outDir, '')).filter((path) => !DIFFERS(path));
    expect(partFiles).toEqual(files);
    expect(files).toContain('sitemap-0.xml');
    for (const path of files) {
      const [one, other] = await Promise.all([
        readFile(join(whole.outDir, path)),
        readFile(join(inParts.outDir, path)),
      ]);
      expect(other.equals(one), path).toBe(true);
    }
  });

  it('has a search index per part, newest at /pagefind/, listed by the search page', async () => {
    const page = await inParts.browser.newPage();
    await page.goto(`${inParts.url}/tim-kiem/`);
    const bundles = JSON.parse((await page.locator('[data-search]').getAttribute('data-search'))!);
    expect(bundles).toEqual([
      { path: '/pagefind/', years: ['2020'] },
      { path: '/pagefind/2019-2019/', years: ['2019'] },
      { path: '/pagefind/2018-2018/', years: ['2018'] },
    ]);
    for (const { path } of bundles) {
      await expect(readFile(join(inParts.outDir, path, 'pagefind-entry.json'), 'utf8')).resolves.toContain('"vi"');
    }
    await page.close();
  });
});

interface Answer {
  status: string;
  slugs: string[];
  options: string[];
}

/** Searches at `address` and reads every result ("more" until there is none), the status and the filters' counts. */
async function answer(site: BuiltSite, address: string): Promise<Answer> {
  const page: Page = await site.browser.newPage();
  await page.goto(`${site.url}/tim-kiem/${address}`);
  const settled = () =>
    page.waitForFunction(() => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return status !== '' && !status.startsWith('Đang tìm');
    });
  await settled();
  while (await page.locator('.search-more').isVisible()) {
    const before = await page.locator('.search-result').count();
    await page.locator('.search-more').click();
    await page.waitForFunction((count) => document.querySelectorAll('.search-result').length > count, before);
  }
  const result = {
    status: (await page.locator('.search-status').textContent()) ?? '',
    slugs: await page.$$eval('.search-result h2 a', (links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    ),
    options: await page.$$eval('.search-options option', (options) => options.map((option) => option.textContent)),
  };
  await page.close();
  return result as Answer;
}

describe('searching a site built in parts', () => {
  it.each([
    ['every article, newest first', `?q=${encodeURIComponent('Bình Phước')}&sap-xep=moi-nhat`, 12],
    ['`d` for `đ` across years, newest first', '?q=dong&sap-xep=moi-nhat', 5],
    ['a category, newest first', `?q=${encodeURIComponent('Bình Phước')}&chuyen-muc=kinh-te&sap-xep=moi-nhat`, 2],
    ['one year', `?q=${encodeURIComponent('Bình Phước')}&nam=2019&sap-xep=moi-nhat`, 4],
    // "vận" is in one year's articles only: the other parts' indexes must not answer for "dan" alone.
    ['two words, one in a single part', '?q=dan+van&sap-xep=moi-nhat', 1],
    ['two words, in a year without one of them', '?q=dan+van&nam=2019&sap-xep=moi-nhat', 0],
    ['two words, one in no article', '?q=dan+xyzzy&sap-xep=moi-nhat', 6],
  ])('finds the same articles in the same order with the same counts: %s', async (_, address, found) => {
    const [expected, actual] = await Promise.all([answer(whole, address), answer(inParts, address)]);
    expect(expected.slugs).toHaveLength(found);
    expect(actual).toEqual(expected);
  });

  // Each index weighs words by its own articles, so relevance may rank differently; what is found may not differ.
  it.each(['duoc', 'dan van', 'đường', 'Bình Phước', 'dong chi', 'dan xyzzy'])(
    'finds the same articles by relevance, with the same counts: “%s”',
    async (query) => {
      const address = `?q=${encodeURIComponent(query)}`;
      const [expected, actual] = await Promise.all([answer(whole, address), answer(inParts, address)]);
      expect(expected.slugs.length).toBeGreaterThan(0);
      expect(actual.status).toBe(expected.status);
      expect(actual.options).toEqual(expected.options);
      expect([...actual.slugs].sort()).toEqual([...expected.slugs].sort());
    },
  );
});
