import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { launchBrowser } from './support/browser.ts';
import { runBuild, type Build } from './support/build-site.ts';
import { serveStatic } from './support/static-server.ts';

/**
 * An editor changes one article's title and text, and the site is built again with the
 * cache of the build before, as CI keeps it. The result must be exactly what a build from
 * nothing makes of the edited articles: the article's own page, and every list and
 * related-articles box that shows its title, rendered again; the rest copied.
 */
const FIXTURE = resolve('tests/fixtures/search-site');
const EDITED = 'dan-van-kheo-o-dak-o';
const NEW_TITLE = 'Dân vận khéo ở xã Đắk Ơ được nhân rộng';
const NEW_WORD = 'kỳlânhoàng';

let work: string;
let before: Build;
let again: Build;
let unchanged: Build;
let fresh: Build;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tin-tuc-incremental-'));
  const articlesDir = join(work, 'articles');
  const cacheDir = join(work, 'cache');
  await cp(FIXTURE, articlesDir, { recursive: true });
  before = await runBuild({ articlesDir, cacheDir });
  const file = join(articlesDir, `${EDITED}.md`);
  const markdown = await readFile(file, 'utf8');
  await writeFile(
    file,
    `${markdown.replace(/^title: .*$/m, `title: "${NEW_TITLE}"`).trimEnd()}\n\nMô hình ${NEW_WORD} được nhân rộng.\n`,
  );
  // Into the same folder, as CI builds into dist/: pages that load photos depend on where the site is built.
  again = await runBuild({ articlesDir, cacheDir, outDir: before.outDir });
  // And once more with nothing changed, as the hourly rebuild mostly is: the search index is copied too.
  unchanged = await runBuild({ articlesDir, cacheDir, outDir: before.outDir });
  fresh = await runBuild({ articlesDir });
}, 300_000);

afterAll(async () => {
  await Promise.all(
    [work, again?.outDir, fresh?.outDir].map((dir) => dir && rm(dir, { recursive: true, force: true })),
  );
});

/** The search index is left out: Pagefind numbers pages in the order they reach it, which differs. */
const pagesOf = async (dir: string) => (await listFiles(dir, '')).filter((path) => !path.startsWith('pagefind/'));

describe('building again after one article is edited', () => {
  it('copies the pages that do not show the article instead of rendering them', () => {
    const copiedArticles = again.output.match(/\/bai-viet\/[^/]+\/index\.html.*\((?:cached|restored)\)/g) ?? [];
    // The edited article and those that show it as a neighbour or related article are rendered, not the others.
    expect(copiedArticles.length).toBeGreaterThanOrEqual(4);
    expect(copiedArticles.join()).not.toContain(EDITED);
    expect(before.output).not.toMatch(/\((?:cached|restored)\)/);
    expect(again.output).toMatch(
      /Pagefind indexed 12 pages, \d+ as they were rendered and \d+ kept from the last build/,
    );
    expect(again.output).not.toMatch(/ 0 kept from the last build/);
    expect(before.output).toMatch(/Pagefind indexed 12 pages, 12 as they were rendered and 0 kept/);
  });

  it('copies the search index too when no article changed', () => {
    expect(unchanged.output).toMatch(/No article changed: the search index of 12 pages is the last build's/);
    expect(unchanged.output).not.toMatch(/Pagefind indexed/);
  });

  it('makes the same site, byte for byte, as a build from nothing', async () => {
    const files = await pagesOf(fresh.outDir);
    expect(await pagesOf(again.outDir)).toEqual(files);
    const differing: string[] = [];
    for (const path of files) {
      const [one, other] = await Promise.all([readFile(join(fresh.outDir, path)), readFile(join(again.outDir, path))]);
      if (!one.equals(other)) differing.push(path);
    }
    expect(differing).toEqual([]);
  });

  it('changed the pages that show the article', async () => {
    const home = await readFile(join(again.outDir, 'index.html'), 'utf8');
    expect(home).toContain(NEW_TITLE);
    const page = await readFile(join(again.outDir, 'bai-viet', EDITED, 'index.html'), 'utf8');
    expect(page).toContain(NEW_WORD);
  });

  it('finds the new text in the (copied) search index, and every other article still', async () => {
    const server = await serveStatic(again.outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/tim-kiem/`);
      const counts = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const count = async (query) => (await pagefind.search(query)).results.length;
        return [await count(${JSON.stringify(NEW_WORD)}), await count('Bình Phước')];
      })()`);
      expect(counts).toEqual([1, 12]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
