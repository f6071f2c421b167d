import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { vi } from '../../src/i18n/vi.ts';
import { runBuild } from './support/build-site.ts';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

/**
 * The search fixture (twelve articles, four each in 2018, 2019 and 2020) built whole with
 * a search index per year, and built in parts of at most five articles: three parts of one
 * year each, merged. The two must be the same site, byte for byte, search included. And
 * the parts built as CI's matrix builds them, each on a runner of its own (`--part K`, its
 * own cache), then merged on another (`--merge`), must be that same site again. Searching
 * the parts' three indexes must find what one index of the whole site finds.
 */
const ARTICLES = resolve('tests/fixtures/search-site');

/** Built whole, with one search index. */
let whole: BuiltSite;
/** Built whole, with a search index per year. */
let wholeByYear: string;
let inParts: BuiltSite;
/** The site the matrix's merge job made. */
let merged: string;
let work: string;

/** Each runner of the matrix: a cache of its own, the parts folder handed to the merge job as an artifact. */
async function buildAsMatrix(): Promise<string> {
  await mkdir(resolve('node_modules/.cache'), { recursive: true });
  work = await mkdtemp(join(resolve('node_modules/.cache'), 'tin-tuc-matrix-'));
  const partsDir = join(work, 'parts');
  await Promise.all(
    [0, 1, 2].map((part) =>
      runBuild({
        articlesDir: ARTICLES,
        maxArticles: 5,
        step: { part },
        partsDir,
        cacheDir: join(work, `cache-${part}`),
      }),
    ),
  );
  return (await runBuild({ articlesDir: ARTICLES, maxArticles: 5, step: 'merge', partsDir })).outDir;
}

beforeAll(async () => {
  [whole, wholeByYear, inParts, merged] = await Promise.all([
    openBuiltSite({ articlesDir: ARTICLES }),
    runBuild({ articlesDir: ARTICLES, indexArticles: 5 }).then((build) => build.outDir),
    openBuiltSite({ articlesDir: ARTICLES, maxArticles: 5 }),
    buildAsMatrix(),
  ]);
}, 600_000);

afterAll(async () => {
  const sites = [merged, wholeByYear].filter((dir) => dir !== undefined);
  await Promise.all([
    whole?.close(),
    inParts?.close(),
    ...sites.map((dir) => rm(dir, { recursive: true, force: true })),
  ]);
  if (work) await rm(work, { recursive: true, force: true });
});

/** Fails unless the two sites have the same files, byte for byte. */
async function expectSameSite(one: string, other: string): Promise<void> {
  const files = await listFiles(one, '');
  expect(await listFiles(other, '')).toEqual(files);
  expect(files).toContain('sitemap-0.xml');
  expect(files).toContain('pagefind/2018-2018/pagefind-entry.json');
  for (const path of files) {
    const [a, b] = await Promise.all([readFile(join(one, path)), readFile(join(other, path))]);
    expect(b.equals(a), path).toBe(true);
  }
}

describe('a site built in parts', () => {
  it('has the same files, byte for byte and search indexes included, as the site built whole', async () => {
    await expectSameSite(wholeByYear, inParts.outDir);
  });

  it('is the same site when its parts are built on separate runners and merged on another', async () => {
    await expectSameSite(inParts.outDir, merged);
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
  // The page is busy while it searches, reads older indexes or counts.
  const settled = () =>
    page.waitForFunction(() => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return status !== '' && !document.querySelector('[data-search]')!.ariaBusy;
    });
  await settled();
  // Each "more" shows the next results, or reads the older indexes and finds none there.
  while (await page.locator('.search-more').isVisible()) {
    const before = await page.locator('.search-result').count();
    await page.locator('.search-more').click();
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('.search-result').length > count ||
        document.querySelector<HTMLButtonElement>('.search-more')!.hidden,
      before,
    );
    await settled();
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

/**
 * The whole site's filter choices as the site in parts shows them: a search for one year
 * reads only that year's index, so the other years show no count (they are not known).
 */
function countsOfYearsRead(whole: string[], inParts: string[]): string[] {
  return whole.map((option, at) => (/^\d{4}$/.test(inParts[at] ?? '') ? inParts[at]! : option));
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
    expect(actual).toEqual({ ...expected, options: countsOfYearsRead(expected.options, actual.options) });
  });

  it('answers from the newest index alone until the reader asks for older results', async () => {
    const page = await inParts.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${inParts.url}/tim-kiem/?q=${encodeURIComponent('Bình Phước')}`);
    await page.waitForFunction(() => !document.querySelector('[data-search]')!.ariaBusy);
    const older = () => requested.filter((path) => /^\/pagefind\/\d{4}-/.test(path));
    // Four articles of 2020, fewer than a page: the older indexes wait for the reader.
    await expect(page.locator('.search-result').count()).resolves.toBe(4);
    expect(older()).toEqual([]);
    await expect(page.locator('.search-more').textContent()).resolves.toBe(vi.searchOlder);
    await page.locator('.search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 4);
    expect(older().length).toBeGreaterThan(0);
    await page.close();
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
