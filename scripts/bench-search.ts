/**
 * npm run bench:search -- [--articles 1000] [--keep DIR]
 *
 * What search costs readers, with and without the `d` spellings of `đ` words: generates N
 * articles (the converter benchmark's synthetic archive), builds the site, indexes it both
 * ways, and for each way prints the index's size and, per query, the bytes a reader's
 * browser downloads for a cold search and how long it takes, measured in Chromium against
 * the site served on 127.0.0.1. Exit 1 when a step failed, 2 for a usage error.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite } from '../src/integrations/pagefind.ts';
import { archiveProfile, generateDumps } from '../src/lib/bench/generate-dumps.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { folderSize } from './lib/files.ts';

const USAGE = `Usage: npm run bench:search -- [--articles N] [--keep DIR]
  --articles N  articles in the synthetic archive (default: 1000)
  --keep DIR    work in DIR (new or empty) and leave the archive and the built site there`;

const SEED = 'seeds/000_7fa307ade4fb8d9e.txt';
/** What readers type: with and without marks, `d` for `đ`, one word and several. */
const QUERIES = ['duoc', 'được', 'dang vien', 'đảng viên', 'dan van', 'dong chi', 'binh phuoc'];

interface SearchCost {
  query: string;
  results: number;
  /** Bytes sent for the search (Pagefind's code, index and the results shown) to a browser with nothing cached. */
  coldBytes: number;
  coldMs: number;
  /** The same query again in the same page, everything it needs already loaded. */
  warmMs: number;
}

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function options(): { articles: number; keep?: string } {
  let values;
  try {
    ({ values } = parseArgs({ options: { articles: { type: 'string' }, keep: { type: 'string' } } }));
  } catch (error) {
    usageError((error as Error).message);
  }
  const articles = Number(values.articles ?? 1000);
  if (!Number.isInteger(articles) || articles < 1) usageError('--articles must be a positive whole number');
  return { articles, ...(values.keep && { keep: resolve(values.keep) }) };
}

/** Runs a Node script of the project as a child, as the newsroom would, and fails loudly. */
function runNode(args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited ${code}\n${stderr}`))));
  });
}

/** The engine's work behind one search on the search page: load Pagefind, search, read the first ten results. */
async function searchOnce(query: string): Promise<{ results: number; ms: number }> {
  const started = performance.now();
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  const engine = await import(/* @vite-ignore */ url);
  await engine.filters();
  const found = await engine.search(query);
  await Promise.all(found.results.slice(0, 10).map((result: { data(): Promise<unknown> }) => result.data()));
  return { results: found.results.length, ms: performance.now() - started };
}

async function measureSearch(siteDir: string): Promise<SearchCost[]> {
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const costs: SearchCost[] = [];
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/tim-kiem/`);
      const before = server.sent().length;
      const cold = await page.evaluate(searchOnce, query);
      // Counted by the server: Pagefind fetches from a worker, which the page's resource timings do not list.
      const coldBytes = server
        .sent()
        .slice(before)
        .reduce((sum, { bytes }) => sum + bytes, 0);
      const warm = await page.evaluate(searchOnce, query);
      costs.push({ query, results: cold.results, coldBytes, coldMs: cold.ms, warmMs: warm.ms });
      await context.close();
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
  const { articles, keep } = options();
  const work = keep ?? (await mkdtemp(join(tmpdir(), 'bench-search-')));
  await mkdir(work, { recursive: true });
  if (keep && (await readdir(work)).length > 0) usageError(`--keep ${keep}: the folder is not empty`);
  try {
    const raw = join(work, 'raw');
    const articlesDir = join(work, 'articles');
    const site = join(work, 'site');
    await mkdir(raw);
    const seed = readFileSync(SEED, 'utf8');
    for (const dump of generateDumps(seed, articles)) await writeFile(join(raw, dump.name), dump.text);
    console.log(archiveProfile(seed, articles).join('\n'));
    await runNode(['scripts/convert.ts', '--in', raw, '--out', articlesDir]);
    console.log(`Building the site of ${articles} articles…`);
    await runNode(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site], {
      ASTRO_TELEMETRY_DISABLED: '1',
      ARTICLES_DIR: articlesDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
    });

    for (const dSpellings of [false, true]) {
      const started = performance.now();
      const { pages } = await indexSite(site, { dSpellings });
      const indexMs = performance.now() - started;
      const size = await folderSize(join(site, 'pagefind'));
      console.log(
        `\n${dSpellings ? 'With' : 'Without'} d spellings: ${pages} pages indexed in ${(indexMs / 1000).toFixed(1)} s; ` +
          `pagefind/ holds ${size.files} files, ${kb(size.bytes)}`,
      );
      console.log('query          results   cold: bytes    time   warm: time');
      for (const cost of await measureSearch(site)) {
        console.log(
          `${cost.query.padEnd(14)} ${String(cost.results).padStart(7)}   ${kb(cost.coldBytes).padStart(11)} ${ms(cost.coldMs).padStart(7)}   ${ms(cost.warmMs).padStart(10)}`,
        );
      }
    }
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
