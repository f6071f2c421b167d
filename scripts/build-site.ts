/**
 * npm run build (after convert and check) → node scripts/build-site.ts [flags]
 *
 * Builds the site with `astro build`. An archive of more than --max-articles articles is
 * built in parts, one run of years each (src/lib/build/site-parts.ts), one after another,
 * and the parts are merged into one site with one search. On separate CI runners, each
 * runner builds one part with --part and a last one merges them with --merge.
 * Exit 0 when the site is built, 1 when a build or the merge failed, 2 for a usage error.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { codeFiles } from '../src/integrations/kept-site.ts';
import { toVietnamTime } from '../src/lib/article/vietnam-time.ts';
import { articleSchemaFor } from '../src/lib/article/schema.ts';
import { catalogArticleOf, type CatalogArticle } from '../src/lib/build/catalog-entry.ts';
import { codeFingerprint } from '../src/lib/build/kept-pages.ts';
import { siteStateOf, type BuildShare } from '../src/lib/build/site-state.ts';
import { buildCatalog, type Catalog } from '../src/lib/catalog/build-catalog.ts';
import { parseCategories } from '../src/lib/settings/parse-settings.ts';
import { buildTime } from '../src/lib/site/build-time.ts';
import {
  INDEX_ARTICLES,
  indexEnvironment,
  PART_ARTICLES,
  partEnvironment,
  partHoldsYear,
  planParts,
  planSearchIndexes,
  searchBundleOf,
  tallyMonths,
  type SitePart,
} from '../src/lib/build/site-parts.ts';
import { listFiles, readTexts } from './lib/files.ts';
import { mergeParts, type MergeResult } from './lib/site-merge.ts';

const USAGE = `Usage: node scripts/build-site.ts [--max-articles N] [--index-articles N] [--out DIR] [--part K | --merge]
  --max-articles N    most articles one astro build renders; a larger archive is built in
                      parts of whole years (default: 20000)
  --index-articles N  most articles in one search index: a larger archive has an index per
                      run of years (of months, for a year with more), and a build indexes
                      again only those whose articles changed (default: 2500)
  --out DIR         where the site goes (default: dist)
  --part K            build only part K (0 = newest) of the plan, for a CI runner of its own
  --merge             only merge parts already built with --part into DIR
  --ci-plan FILE      for CI: append the plan to FILE ($GITHUB_OUTPUT) as \`whole=true|false\` and
                      \`parts=[{"part":K,"name":"<years>"},…]\` (a matrix), and build the site only
                      if it is built whole; otherwise the matrix builds the parts`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES_DIR = resolve(ROOT, process.env.ARTICLES_DIR ?? 'content/articles');
/** Where each part is built before the merge; CI's runners hand it over as an artifact. */
const PARTS_DIR = resolve(ROOT, process.env.SITE_PARTS_DIR ?? 'node_modules/.cache/site-parts');
const CACHE_DIR = resolve(ROOT, process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseFlags() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'max-articles': { type: 'string', default: String(PART_ARTICLES) },
        'index-articles': { type: 'string', default: String(INDEX_ARTICLES) },
        out: { type: 'string', default: 'dist' },
        part: { type: 'string' },
        merge: { type: 'boolean', default: false },
        'ci-plan': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    usageError((error as Error).message);
  }
  const maxArticles = Number(values['max-articles']);
  if (!Number.isInteger(maxArticles) || maxArticles < 1) usageError('--max-articles must be a positive whole number');
  const indexArticles = Number(values['index-articles']);
  if (!Number.isInteger(indexArticles) || indexArticles < 1) {
    usageError('--index-articles must be a positive whole number');
  }
  const part = values.part === undefined ? undefined : Number(values.part);
  if (part !== undefined && (!Number.isInteger(part) || part < 0)) usageError('--part must be 0 or more');
  if (part !== undefined && values.merge) usageError('--part and --merge are separate steps');
  if (values['ci-plan'] !== undefined && (part !== undefined || values.merge)) {
    usageError('--ci-plan plans the whole build: not with --part or --merge');
  }
  return {
    maxArticles,
    indexArticles,
    out: resolve(ROOT, values.out),
    part,
    merge: values.merge,
    ciPlan: values['ci-plan'],
    help: values.help,
  };
}

/**
 * Every article's front matter, parsed once for the whole build (each part's `astro build`
 * parses them again for its own catalog): the plan of parts and indexes, and whether a
 * build would change anything at all, are made from it.
 */
async function readArticles(): Promise<CatalogArticle[]> {
  const categories = parseCategories(await readFile(join(ROOT, 'content/categories.yaml'), 'utf8'));
  const schema = articleSchemaFor(categories.map((category) => category.slug));
  const files = await listFiles(ARTICLES_DIR, '.md');
  // Read a batch at once: one await per file left the disk idle between 10 000 small reads.
  const texts = await readTexts(files.map((file) => join(ARTICLES_DIR, file)));
  return files.map((file, at) => catalogArticleOf(file, texts[at]!, schema));
}

const yearOf = (article: CatalogArticle) => toVietnamTime(article.data.date).year;

/** How many articles each year has, and each of its months (Vietnam time). */
function articlesPerYear(articles: readonly CatalogArticle[]): ReturnType<typeof tallyMonths> {
  return tallyMonths(articles.map((article) => toVietnamTime(article.data.date)));
}

const nameOf = (part: SitePart) => `${part.from}-${part.to}`;

function astroBuild(outDir: string, env: Record<string, string>): Promise<void> {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  return new Promise((done, fail) =>
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`astro build exited with ${code}`)))),
  );
}

/** What every build of this run shares: the catalog at the build's time, and the code's files. */
interface Run {
  catalog: Catalog<CatalogArticle>;
  now: Date;
  code: [string, Buffer][];
}

/** The file, in a build's Astro cache, that holds the state of the site that build left. */
const STATE_FILE = 'site-state';

/**
 * Runs `astro build` into `outDir`, unless the site there is the one it would make: built
 * with the same code and options from the same state (`siteStateOf`: every page's articles,
 * and what the time decides). The hourly rebuild with nothing new then costs no Astro at
 * all, and a part of a large archive that an edit does not reach is not built. Resolves to
 * whether it built.
 */
async function buildUnlessUnchanged(
  run: Run,
  outDir: string,
  env: Record<string, string>,
  share: BuildShare<CatalogArticle>,
): Promise<boolean> {
  const cacheDir = env.ASTRO_CACHE_DIR ?? CACHE_DIR;
  const state = codeFingerprint(run.code, { ...env, ARTICLES_DIR, STATE: siteStateOf(run.catalog, run.now, share) });
  const file = join(cacheDir, STATE_FILE);
  if (existsSync(join(outDir, 'index.html')) && (await readFile(file, 'utf8').catch(() => '')) === state) {
    console.log(`No page of ${outDir} would change since its last build: kept as it is`);
    return false;
  }
  // Removed first: a build that stops halfway leaves no state saying its site is whole.
  await rm(file, { force: true });
  // The time the plan was made for, so that the pages show what the plan expects.
  await astroBuild(outDir, { ...env, SITE_NOW: run.now.toISOString() });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(file, state);
  return true;
}

function buildPart(run: Run, parts: SitePart[], index: number, searchIndexes: SitePart[]): Promise<boolean> {
  const name = nameOf(parts[index]!);
  console.log(
    `\nPart ${index + 1}/${parts.length}: articles of ${name}${index === 0 ? ', and the listing pages' : ''}`,
  );
  const env = {
    ...partEnvironment(parts, index, searchIndexes),
    // A cache of its own per part, which holds that part's articles' HTML and, for its
    // incremental build, its pages. One cache shared by the parts made each part's content
    // sync slower than parsing every article afresh: 162 s against 62–83 s at 100 000 articles.
    ASTRO_CACHE_DIR: join(CACHE_DIR, 'parts', name),
  };
  return buildUnlessUnchanged(run, join(PARTS_DIR, name), env, {
    rendersArticle: (article) => partHoldsYear(parts, index, yearOf(article)),
    rendersListings: index === 0,
  });
}

/** Removes the caches and sites of parts the plan no longer has (the archive grew, the years regrouped): nothing reads them again. */
async function forgetOtherParts(parts: SitePart[]): Promise<void> {
  const names = new Set(parts.map(nameOf));
  for (const folder of [join(CACHE_DIR, 'parts'), PARTS_DIR]) {
    const kept = await readdir(folder).catch(() => []);
    for (const name of kept) if (!names.has(name)) await rm(join(folder, name), { recursive: true });
  }
}

/** The file, in the build's Astro cache, that describes the site the last merge made. */
const MERGE_RECORD = 'site-merge.json';

/**
 * Merges the parts' sites into `out` (scripts/lib/site-merge.ts): the newest part's copy
 * wins where parts wrote the same file (home page, styles, sitemap: every part knows the
 * whole archive's catalog); `_headers` must agree, since it carries the
 * Content-Security-Policy of every page.
 */
async function merge(parts: SitePart[], out: string): Promise<MergeResult> {
  const built = parts.map((part) => ({ name: nameOf(part), dir: join(PARTS_DIR, nameOf(part)) }));
  built.forEach(({ name, dir }, index) => {
    if (!existsSync(join(dir, 'index.html'))) {
      throw new Error(`part ${index} (${name}) is not built: node scripts/build-site.ts --part ${index}`);
    }
  });
  const headers = await Promise.all(built.map(({ dir }) => readFile(join(dir, '_headers'), 'utf8')));
  const disagreeing = headers.findIndex((text) => text !== headers[0]);
  if (disagreeing > 0) {
    throw new Error(
      `_headers of part ${built[disagreeing]!.name} differs from the newest part's: their pages' policies differ`,
    );
  }
  const states = await Promise.all(
    built.map(({ name }) => readFile(join(CACHE_DIR, 'parts', name, STATE_FILE), 'utf8').catch(() => undefined)),
  );
  await mkdir(CACHE_DIR, { recursive: true });
  return mergeParts(
    built.map((part, index) => ({ ...part, state: states[index] })),
    out,
    join(CACHE_DIR, MERGE_RECORD),
  );
}

async function main(): Promise<number> {
  const flags = parseFlags();
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const articles = await readArticles();
  const { years, months } = articlesPerYear(articles);
  const parts = planParts(years, flags.maxArticles);
  const searchIndexes = planSearchIndexes(years, parts, Math.min(flags.indexArticles, flags.maxArticles), months);
  const total = [...years.values()].reduce((sum, count) => sum + count, 0);
  console.log(`Search indexes: ${searchIndexes.map((_, index) => searchBundleOf(searchIndexes, index)).join(', ')}`);
  if (flags.ciPlan !== undefined) {
    const matrix = parts.map((part, index) => ({ part: index, name: nameOf(part) }));
    await appendFile(flags.ciPlan, `whole=${parts.length === 1}\nparts=${JSON.stringify(matrix)}\n`);
    if (parts.length > 1) {
      console.log(`${total} articles: ${parts.length} parts, for the CI matrix to build (${flags.ciPlan})`);
      return 0;
    }
  }
  const now = buildTime(process.env.SITE_NOW, () => new Date());
  const categories = parseCategories(await readFile(join(ROOT, 'content/categories.yaml'), 'utf8'));
  const run: Run = {
    catalog: buildCatalog(articles, categories, { preview: false, now }),
    now,
    code: await codeFiles(ROOT, ARTICLES_DIR),
  };
  if (parts.length === 1 && flags.part === undefined && !flags.merge) {
    await buildUnlessUnchanged(run, flags.out, indexEnvironment(searchIndexes), {
      rendersArticle: () => true,
      rendersListings: true,
    });
    return 0;
  }
  const counts = parts.map((_, index) =>
    [...years].filter(([year]) => partHoldsYear(parts, index, year)).reduce((sum, [, count]) => sum + count, 0),
  );
  console.log(
    `${total} articles, more than ${flags.maxArticles} for one build: ${parts.length} parts, ` +
      parts.map((part, index) => `${nameOf(part)} (${counts[index]})`).join(', '),
  );
  if (flags.part !== undefined) {
    if (flags.part >= parts.length) usageError(`--part ${flags.part}: the plan has parts 0–${parts.length - 1}`);
    await buildPart(run, parts, flags.part, searchIndexes);
    return 0;
  }
  if (!flags.merge) {
    await forgetOtherParts(parts);
    for (let index = 0; index < parts.length; index++) await buildPart(run, parts, index, searchIndexes);
  }
  const started = performance.now();
  const merged = await merge(parts, flags.out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    merged.whole
      ? `Merged ${parts.length} parts into ${flags.out} in ${seconds} s: ${merged.linked} files`
      : merged.walked === 0
        ? `No part changed: ${flags.out} kept as it is (${seconds} s)`
        : `Merged ${parts.length} parts into ${flags.out} in ${seconds} s: ${merged.walked} rebuilt, ` +
          `${merged.linked} files linked again, ${merged.removed} removed`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
