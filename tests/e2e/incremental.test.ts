import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { launchBrowser } from './support/browser.ts';
import { runBuild, type Build, type BuildOptions } from './support/build-site.ts';
import { serveStatic } from './support/static-server.ts';

/**
 * The publish path as CI runs it: a fresh checkout with the caches of the build before
 * restored (Astro's cache and the site it built), after an editor changed one article's
 * title and text, then added one, then changed nothing, then removed one. The search
 * fixture's twelve articles (four each in 2018, 2019 and 2020) have a search index per
 * year (`--index-articles 5`), as a large archive has one per run of years. Every rebuilt
 * site must be, byte for byte and search indexes included, what a build from nothing makes
 * of the same articles; pages and indexes whose articles did not change are kept, not made
 * again. The same holds for a site built in parts and merged.
 */
const FIXTURE = resolve('tests/fixtures/search-site');
const EDITED = 'dan-van-kheo-o-dak-o';
/** An article of another year than the edited one's, with no link to it. */
const UNRELATED = 'nong-dan-thu-hoach-dieu';
const REMOVED = 'tuan-tra-bao-ve-cot-moc';
const NEW_TITLE = 'Dân vận khéo ở xã Đắk Ơ được nhân rộng';
const NEW_WORD = 'kỳlânhoàng';
const ADDED = 'khanh-thanh-cau-song-be-moi';
const ADDED_WORD = 'cầuđúcmới';
const BY_YEAR: BuildOptions = { indexArticles: 5 };
const IN_PARTS: BuildOptions = { ...BY_YEAR, maxArticles: 5 };

let work: string;
let articlesDir: string;

type State = 'before' | 'edited' | 'added' | 'unchanged' | 'removed';
/** Each rebuild's output, and a copy of the site it left. */
const built: Record<State, Build> = {} as never;
/** Builds from nothing of the same articles. */
const fresh: Partial<Record<State, Build>> = {};
/** The same edits on a site built in parts, each part built over its kept site. */
const inParts: Partial<Record<State, Build>> = {};
/** When the unrelated article's page was written, after each build. */
const written: Partial<Record<State, number>> = {};

const site = () => join(work, 'dist');
const pageOf = (slug: string) => join(site(), 'bai-viet', slug, 'index.html');

/** The states the site built in parts is built again at too: each of its builds is one per part and a merge. */
const REBUILT_IN_PARTS: readonly State[] = ['before', 'added', 'removed'];

/** A build over the kept site and cache; a copy of the site it left is kept under the state's name. */
async function rebuild(state: State): Promise<void> {
  const build = await runBuild({ articlesDir, cacheDir: join(work, 'cache'), outDir: site(), ...BY_YEAR });
  await cp(site(), join(work, state), { recursive: true });
  built[state] = { ...build, outDir: join(work, state) };
  written[state] = (await stat(pageOf(UNRELATED))).mtimeMs;
  if (!REBUILT_IN_PARTS.includes(state)) return;
  const parts = await runBuild({
    articlesDir,
    cacheDir: join(work, 'parts-cache'),
    partsDir: join(work, 'parts'),
    outDir: join(work, 'parts-dist'),
    ...IN_PARTS,
  });
  await cp(parts.outDir, join(work, `${state}-in-parts`), { recursive: true });
  inParts[state] = { ...parts, outDir: join(work, `${state}-in-parts`) };
}

async function editArticle(): Promise<void> {
  const file = join(articlesDir, `${EDITED}.md`);
  const markdown = await readFile(file, 'utf8');
  await writeFile(
    file,
    `${markdown.replace(/^title: .*$/m, `title: "${NEW_TITLE}"`).trimEnd()}\n\nMô hình ${NEW_WORD} được nhân rộng.\n`,
  );
}

async function addArticle(): Promise<void> {
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
}

beforeAll(async () => {
  // Inside the project, as runBuild keeps its sites: Astro renders a site outside it through one shared folder.
  await mkdir(resolve('node_modules/.cache'), { recursive: true });
  work = await mkdtemp(join(resolve('node_modules/.cache'), 'tin-tuc-incremental-'));
  articlesDir = join(work, 'articles');
  await cp(FIXTURE, articlesDir, { recursive: true });
  await rebuild('before');
  await editArticle();
  await rebuild('edited');
  fresh.edited = await runBuild({ articlesDir, ...BY_YEAR });
  await addArticle();
  await rebuild('added');
  // And once more with nothing changed, as the hourly rebuild mostly is.
  await rebuild('unchanged');
  fresh.added = await runBuild({ articlesDir, ...BY_YEAR });
  await rm(join(articlesDir, `${REMOVED}.md`));
  await rebuild('removed');
  fresh.removed = await runBuild({ articlesDir, ...BY_YEAR });
}, 900_000);

afterAll(async () => {
  await Promise.all(
    [work, ...Object.values(fresh).map((build) => build.outDir)].map(
      (dir) => dir && rm(dir, { recursive: true, force: true }),
    ),
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
  it('builds a search index per year, the newest at /pagefind/, each begun as its last page is rendered', async () => {
    for (const bundle of ['pagefind/', 'pagefind/2019-2019/', 'pagefind/2018-2018/']) {
      expect(built.before.output).toContain(
        `${bundle}: Pagefind indexed 4 pages: 4 as they were rendered, 0 as the last index had them, 0 read back from the built site; begun as its last page was rendered`,
      );
    }
    const search = await readFile(join(built.before.outDir, 'tim-kiem', 'index.html'), 'utf8');
    expect(search).toContain('/pagefind/2019-2019/');
  });

  it('after an edit, renders the pages that show the article and indexes its year again, keeping the rest', () => {
    expect(built.before.output).toMatch(/: 0 kept from the last build, \d+ rendered/);
    const [, kept, rendered] = /: (\d+) kept from the last build, (\d+) rendered, 0 removed/.exec(built.edited.output)!;
    // The edited article, those that show it as a neighbour or related article, and its lists.
    expect(Number(rendered)).toBeGreaterThan(1);
    expect(Number(kept)).toBeGreaterThan(Number(rendered));
    expect(written.edited).toBe(written.before);
    // The pages not rendered again are indexed from the copies the index kept, not read back from the site.
    expect(built.edited.output).toMatch(
      /pagefind\/2018-2018\/: Pagefind indexed 4 pages: [1-3] as they were rendered, [1-3] as the last index had them, 0 read back/,
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

  it('with nothing changed, keeps the whole site without running Astro', () => {
    expect(built.unchanged.output).toMatch(/would change since its last build: kept as it is/);
    expect(built.unchanged.output).not.toMatch(/\[build\]|Pagefind indexed/);
    expect(written.unchanged).toBe(written.before);
  });

  it('after an article is removed, removes its page and its place in every list', async () => {
    expect(built.removed.output).toMatch(/rendered, [1-9]\d* removed/);
    await expect(stat(join(built.removed.outDir, 'bai-viet', REMOVED))).rejects.toThrow(/ENOENT/);
    expect(await readFile(join(built.removed.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain(REMOVED);
  });

  it('builds from nothing without a kept site, and over it once there is one', () => {
    expect(built.before.output).not.toMatch(/Building over the last build/);
    for (const state of ['edited', 'added', 'removed'] as const) {
      expect(built[state].output).toMatch(/Building over the last build/);
    }
  });

  it.each([
    ['edited', 'edited'],
    ['added', 'added'],
    ['unchanged', 'added'],
    ['removed', 'removed'],
  ] as const)('makes the same site, search indexes included, as a build from nothing: %s', async (state, same) => {
    expect(await differences(fresh[same]!.outDir, built[state].outDir)).toEqual([]);
  });

  it.each([
    ['added', 'added'],
    ['removed', 'removed'],
  ] as const)(
    'merges parts built over their kept sites into the same site as a whole build from nothing: %s',
    async (state, same) => {
      const [, files] = /Merged 3 parts into .*: (\d+) files/.exec(inParts.before!.output)!;
      // The site is brought up to date, not assembled again: only the changed files are linked into it.
      const [, linked] = /Merged 3 parts into .*: \d rebuilt, (\d+) files linked again/.exec(inParts[state]!.output)!;
      expect(Number(linked)).toBeGreaterThan(0);
      expect(Number(linked)).toBeLessThan(Number(files) / 2);
      expect(inParts[state]!.output).toMatch(/Building over the last build/);
      expect(await differences(fresh[same]!.outDir, inParts[state]!.outDir)).toEqual([]);
    },
  );

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
