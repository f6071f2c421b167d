import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { launchBrowser } from './support/browser.ts';
import { runBuild, type Build, type BuildOptions } from './support/build-site.ts';
import { serveStatic } from './support/static-server.ts';

/**
 * The publish path as CI runs it: a fresh checkout (no dist/) with the caches of the build
 * before restored, after an editor changed one article's title and text, then added one,
 * then changed nothing. The search fixture's twelve articles (four each in 2018, 2019 and
 * 2020) have a search index per year (`--index-articles 5`), as a large archive has one per
 * run of years. Every rebuilt site must be, byte for byte and search indexes included, what
 * a build from nothing makes of the same articles; pages and indexes whose articles did not
 * change are copied, not made again.
 */
const FIXTURE = resolve('tests/fixtures/search-site');
const EDITED = 'dan-van-kheo-o-dak-o';
const NEW_TITLE = 'Dân vận khéo ở xã Đắk Ơ được nhân rộng';
const NEW_WORD = 'kỳlânhoàng';
const ADDED = 'khanh-thanh-cau-song-be-moi';
const ADDED_WORD = 'cầuđúcmới';
const BY_YEAR: BuildOptions = { indexArticles: 5 };

let work: string;
let articlesDir: string;

/** The rebuilds and, for each, a build from nothing of the same articles. */
const built: Record<'before' | 'edited' | 'added' | 'unchanged', Build> = {} as never;
const fresh: Record<'edited' | 'added', Build> = {} as never;

/** A build with the kept cache into the same folder, emptied first as a fresh checkout's dist/ is; the result moved aside. */
async function rebuild(name: keyof typeof built, options: BuildOptions): Promise<void> {
  const outDir = join(work, 'dist');
  const build = await runBuild({ articlesDir, cacheDir: join(work, 'cache'), outDir, ...options });
  await rename(outDir, join(work, name));
  built[name] = { ...build, outDir: join(work, name) };
}

beforeAll(async () => {
  // Inside the project, as runBuild keeps its sites: Astro renders a site outside it through one shared folder.
  await mkdir(resolve('node_modules/.cache'), { recursive: true });
  work = await mkdtemp(join(resolve('node_modules/.cache'), 'tin-tuc-incremental-'));
  articlesDir = join(work, 'articles');
  await cp(FIXTURE, articlesDir, { recursive: true });
  await rebuild('before', BY_YEAR);
  const file = join(articlesDir, `${EDITED}.md`);
  const markdown = await readFile(file, 'utf8');
  await writeFile(
    file,
    `${markdown.replace(/^title: .*$/m, `title: "${NEW_TITLE}"`).trimEnd()}\n\nMô hình ${NEW_WORD} được nhân rộng.\n`,
  );
  await rebuild('edited', BY_YEAR);
  fresh.edited = await runBuild({ articlesDir, ...BY_YEAR });
  await writeFile(
    join(articlesDir, `${ADDED}.md`),
    [
      '---',
      'title: "Khánh thành cầu Sông Bé mới ở Bình Phước"',
      'date: "2020-07-01T08:00:00+07:00"',
      'category: "kinh-te"',
      'summary: "Tỉnh Bình Phước khánh thành cây cầu mới bắc qua sông Bé."',
      '---',
      '',
      `Cây ${ADDED_WORD} dài 320 m nối hai bờ sông Bé, tỉnh Bình Phước.`,
      '',
    ].join('\n'),
  );
  await rebuild('added', BY_YEAR);
  // And once more with nothing changed, as the hourly rebuild mostly is.
  await rebuild('unchanged', BY_YEAR);
  fresh.added = await runBuild({ articlesDir, ...BY_YEAR });
}, 600_000);

afterAll(async () => {
  await Promise.all(
    [work, fresh.edited?.outDir, fresh.added?.outDir].map((dir) => dir && rm(dir, { recursive: true, force: true })),
  );
});

/** The files of two sites that differ, or that one has and the other has not. */
async function differences(one: string, other: string): Promise<string[]> {
  const [files, otherFiles] = await Promise.all([listFiles(one, ''), listFiles(other, '')]);
  const differing = files.filter((path) => !otherFiles.includes(path));
  differing.push(...otherFiles.filter((path) => !files.includes(path)));
  for (const path of files.filter((path) => otherFiles.includes(path))) {
    const [a, b] = await Promise.all([readFile(join(one, path)), readFile(join(other, path))]);
    if (!a.equals(b)) differing.push(path);
  }
  return differing;
}

describe('the publish path: a fresh checkout with the caches restored', () => {
  it('builds a search index per year, the newest at /pagefind/', async () => {
    expect(built.before.output).toMatch(/pagefind\/: Pagefind indexed 4 pages, 4 as they were rendered and 0 read/);
    expect(built.before.output).toMatch(/pagefind\/2019-2019\/: Pagefind indexed 4 pages/);
    expect(built.before.output).toMatch(/pagefind\/2018-2018\/: Pagefind indexed 4 pages/);
    const search = await readFile(join(built.before.outDir, 'tim-kiem', 'index.html'), 'utf8');
    expect(search).toContain('/pagefind/2019-2019/');
  });

  it('after an edit, renders the pages that show the article and indexes its year again, copying the rest', () => {
    const copiedArticles = built.edited.output.match(/\/bai-viet\/[^/]+\/index\.html.*\((?:cached|restored)\)/g) ?? [];
    // The edited article and those that show it as a neighbour or related article are rendered, not the others.
    expect(copiedArticles.length).toBeGreaterThanOrEqual(4);
    expect(copiedArticles.join()).not.toContain(EDITED);
    expect(built.before.output).not.toMatch(/\((?:cached|restored)\)/);
    expect(built.edited.output).toMatch(
      /pagefind\/2018-2018\/: Pagefind indexed 4 pages, \d as they were rendered and \d read back/,
    );
    expect(built.edited.output).toMatch(/pagefind\/: 4 pages, none changed/);
    expect(built.edited.output).toMatch(/pagefind\/2019-2019\/: 4 pages, none changed/);
    expect(built.edited.output).toMatch(/Search: 12 pages in 3 indexes, 4 indexed again/);
  });

  it('after an article is added, indexes its year alone again', () => {
    expect(built.added.output).toMatch(/pagefind\/: Pagefind indexed 5 pages/);
    expect(built.added.output).toMatch(/pagefind\/2019-2019\/: 4 pages, none changed/);
    expect(built.added.output).toMatch(/pagefind\/2018-2018\/: 4 pages, none changed/);
  });

  it('with nothing changed, copies every page and every index', () => {
    expect(built.unchanged.output).toMatch(/Search: 13 pages in 3 indexes, 0 indexed again/);
    expect(built.unchanged.output).not.toMatch(/Pagefind indexed/);
    expect(built.unchanged.output).not.toMatch(/\/bai-viet\/[^/]+\/index\.html \(\+/);
  });

  it.each([
    ['edited', 'edited'],
    ['added', 'added'],
    ['unchanged', 'added'],
  ] as const)('makes the same site, search indexes included, as a build from nothing: %s', async (name, state) => {
    expect(await differences(fresh[state].outDir, built[name].outDir)).toEqual([]);
  });

  it('changed the pages that show the edited article and lists the added one', async () => {
    const home = await readFile(join(built.edited.outDir, 'index.html'), 'utf8');
    expect(home).toContain(NEW_TITLE);
    const page = await readFile(join(built.edited.outDir, 'bai-viet', EDITED, 'index.html'), 'utf8');
    expect(page).toContain(NEW_WORD);
    expect(await readFile(join(built.added.outDir, 'index.html'), 'utf8')).toContain(ADDED);
  });

  it('finds the new texts in the rebuilt search indexes, and every other article still', async () => {
    const server = await serveStatic(built.unchanged.outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/tim-kiem/`);
      const bundles = JSON.parse((await page.locator('[data-search]').getAttribute('data-search'))!) as {
        path: string;
      }[];
      const counts = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        for (const { path } of ${JSON.stringify(bundles.slice(1))}) await pagefind.mergeIndex(path);
        const count = async (query) => (await pagefind.search(query)).results.length;
        return [await count(${JSON.stringify(NEW_WORD)}), await count(${JSON.stringify(ADDED_WORD)}), await count('Bình Phước')];
      })()`);
      expect(counts).toEqual([1, 1, 13]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
