/**
 * npm run bench:search -- [--articles 1000,10000,100000] [--queries N] [--whole-up-to N] [--keep DIR]
 *
 * What search costs a reader on a phone, for this site and for plain Pagefind over the
 * same pages, in the same run: for each archive size, generates the synthetic archive
 * (printing its profile next to real news'), converts it, builds the site (timing the
 * build and sizing its search index), indexes the same pages with Pagefind's defaults
 * beside it under its default UI, and opens each query's search page cold in Chromium
 * emulating a mid-range phone (CPU 4× slower; 150 ms latency, 1.6 MB/s down) against the
 * site served as a CDN serves it, over HTTP/2 and compressed with gzip. It prints, per
 * query, the bytes sent, the waves of requests, the page's CPU time and the time until the
 * first result is on screen, for both, and for this site the time of the same query again
 * in the page, and where this site's bytes went. Chromium slows down the page's own thread
 * only, not its workers: plain Pagefind, which searches in a worker, is measured with that
 * part at this machine's full speed.
 *
 * Past `--whole-up-to` articles (100 000 take hours to build here), this site's search
 * is measured on the articles of its newest search index alone, built by the site's own
 * `astro build` with the whole archive's plan of indexes (`SEARCH_INDEXES`): that index is
 * the only one a first search and the same search again read, so what they cost is what
 * they cost on the whole site, and the benchmark fails if a request went to another.
 * Plain Pagefind, one index of every page, is then not measured. Exit 1 when a step
 * failed, 2 for a usage error.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, uptime, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { Browser, CDPSession } from 'playwright-core';
import { archiveProfile, generateDumps } from '../src/lib/bench/generate-dumps.ts';
import { articleMonthOf } from '../src/lib/build/article-year.ts';
import {
  INDEX_ARTICLES,
  indexHoldsMonth,
  PART_ARTICLES,
  planParts,
  planSearchIndexes,
  searchBundleOf,
  tallyMonths,
  type SitePart,
} from '../src/lib/build/site-parts.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic, type StaticServer } from '../tests/e2e/support/static-server.ts';
import { folderSize, listFiles } from './lib/files.ts';
import { localCertificate } from './lib/local-certificate.ts';

const USAGE = `Usage: npm run bench:search -- [--articles N,M] [--queries N] [--whole-up-to N] [--keep DIR]
  --articles N,M    archive sizes to measure, one after another (default: 1000,10000)
  --queries N       measure only the first N queries (default: all 22)
  --whole-up-to N   build the whole site up to N articles; past it, the newest search
                    index's articles alone, with the whole archive's plan (default: 20000)
  --keep DIR        work in DIR (new or empty) and leave the archives and sites there`;

const SEED = 'seeds/000_7fa307ade4fb8d9e.txt';
/** What readers type: 1–4 syllables, with and without marks, `d` for `đ`, common and rare. */
const QUERIES = [
  'người dân',
  'nguoi dan',
  'phát triển kinh tế',
  'công an tỉnh',
  'dân vận',
  'dan van',
  'đảng viên',
  'dang vien',
  'học sinh',
  'hoc sinh',
  'tai nạn giao thông',
  'lũ lụt',
  'Bình Phước',
  'binh phuoc',
  'được',
  'duoc',
  'nông thôn mới',
  'cao su',
  'đồng chí',
  'tỉnh ủy',
  'thuỷ lợi',
  'đổi mới',
];

/** A mid-range phone on a mobile network, as Chromium's DevTools Protocol emulates it. */
const PHONE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: 1_600_000,
  uploadBytesPerSecond: 750_000 / 8,
};
/** Where plain Pagefind's index and its default UI page go, beside the site's own. */
const PLAIN_INDEX = 'pagefind-plain';
const PLAIN_PAGE = 'pagefind-plain-ui';
/**
 * A search that shows no result by then has failed (every query of the list finds some).
 * Waits poll on a timer: Playwright's default, each animation frame, starves under the
 * CPU throttling and never sees the result.
 */
const GIVE_UP_MS = 120_000;

interface SearchCost {
  /** Bytes the server sent from the page's request to its first result on screen, compressed. */
  bytes: number;
  /**
   * The requests before the first result, in waves: a request asked for more than half a
   * round trip after the first of its wave starts the next. Each wave waited for what the one
   * before it brought (or for the page's CPU), so on the emulated network each costs at least
   * a round trip, 150 ms.
   */
  waves: number;
  /**
   * CPU time of the page's main thread from its request to its first result, in ms.
   * Chromium slows the thread down by keeping it busy for the time it withholds, so this is
   * the time the phone's CPU spends, about four times this machine's work: a figure the
   * machine's load inflates far less than the times (a busy machine delays the thread
   * without adding to its CPU time). Pagefind's worker, which plain Pagefind searches in, is
   * another thread, not counted, and not slowed down.
   */
  cpuMs: number;
  /** Of which Pagefind's own files: its code, WebAssembly, metadata, index chunks, filters and fragments. */
  searchBytes: number;
  /** The same bytes by what they are (`KINDS`). */
  byKind: Record<Kind, number>;
  /** Requests for files of the site's older search indexes, before the first result or for the same query again. */
  olderIndexRequests: number;
  /** From the page's request to its first result on screen; NaN when it found nothing. */
  firstResultMs: number;
  /** The same query again in the same page, to its results on screen. */
  againMs?: number;
}

/** What the bytes of a search are, by the file's path. */
const KINDS = {
  page: /^(?!\/pagefind)/,
  code: /\/pagefind(-worker)?\.js$/,
  wasm: /\/wasm\.[^/]+\.pagefind$/,
  meta: /\.pf_meta$|pagefind-entry\.json/,
  cards: /\/result-cards\.[^/]+\.json$/,
  chunks: /\/index\/[^/]+\.pf_index$/,
  filters: /\/filter\/[^/]+\.pf_filter$/,
  fragments: /\/fragment\/[^/]+\.pf_fragment$/,
} as const;
type Kind = keyof typeof KINDS | 'other';

function kindOf(path: string): Kind {
  const name = path.split('?')[0]!;
  return (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((kind) => KINDS[kind].test(name)) ?? 'other';
}

/** Articles read at once when planning the search indexes. */
const READ_BATCH = 256;

/** Files of the site's search indexes other than the newest, `/pagefind/2019-2021/…`. */
const OLDER_INDEX = /^\/pagefind\/\d{4}-/;

interface SearchPage {
  name: string;
  url(query: string): string;
  /** A result on screen. */
  result: string;
  /** Where the page says it found nothing, and how that message starts. */
  nothing: { selector: string; text: string };
  /** JavaScript that searches the same query again, in the page, as the reader would. */
  again?: string;
}

const SITE_SEARCH: SearchPage = {
  name: 'this site',
  url: (query) => `/tim-kiem/?q=${encodeURIComponent(query)}`,
  result: '.search-result',
  nothing: { selector: '.search-status', text: 'Không tìm thấy' },
  // The page's own form, not the header's, which leaves the page.
  again: "document.querySelector('#search-query').form.requestSubmit()",
};

const PLAIN_SEARCH: SearchPage = {
  name: 'plain Pagefind',
  url: (query) => `/${PLAIN_PAGE}/?q=${encodeURIComponent(query)}`,
  result: '.pagefind-ui__result',
  nothing: { selector: '.pagefind-ui__message', text: 'No results' },
};

/**
 * Pagefind's default UI over the plain index, searching for the query in the address; in
 * English, so the benchmark can read when it found nothing.
 */
const PLAIN_UI_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind</title><link rel="stylesheet" href="/${PLAIN_INDEX}/pagefind-ui.css">
<script src="/${PLAIN_INDEX}/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search', bundlePath: '/${PLAIN_INDEX}/', showSubResults: false });
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
});
</script></body></html>`;

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function options(): { sizes: number[]; queries: string[]; wholeUpTo: number; keep?: string } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string' },
        queries: { type: 'string' },
        'whole-up-to': { type: 'string' },
        keep: { type: 'string' },
      },
    }));
  } catch (error) {
    usageError((error as Error).message);
  }
  const sizes = (values.articles ?? '1000,10000').split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    usageError('--articles must be positive whole numbers separated by commas');
  }
  const count = Number(values.queries ?? QUERIES.length);
  if (!Number.isInteger(count) || count < 1) usageError('--queries must be a positive whole number');
  const wholeUpTo = Number(values['whole-up-to'] ?? PART_ARTICLES);
  if (!Number.isInteger(wholeUpTo) || wholeUpTo < 1) usageError('--whole-up-to must be a positive whole number');
  return {
    sizes,
    queries: QUERIES.slice(0, count),
    wholeUpTo,
    ...(values.keep && { keep: resolve(values.keep) }),
  };
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

/** Indexes the built site's pages with Pagefind's defaults, as a site that adds nothing of its own would. */
async function indexPlain(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: join(site, PLAIN_INDEX) });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
  await mkdir(join(site, PLAIN_PAGE), { recursive: true });
  await writeFile(join(site, PLAIN_PAGE, 'index.html'), PLAIN_UI_HTML);
}

/** Records, in the page, when the first result of each search is put on the page. */
function watchResults(selector: string) {
  const marks: number[] = [];
  (window as unknown as { resultTimes: number[] }).resultTimes = marks;
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const node of change.addedNodes) {
        if (node instanceof Element && (node.matches(selector) || node.querySelector(selector))) {
          marks.push(performance.now());
          return;
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Evaluates `expression` in the page through the DevTools Protocol. Playwright's own
 * evaluation first injects a script of its own, which the emulated phone would spend
 * 100 ms or more compiling in the middle of the search measured.
 */
async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  if (exceptionDetails)
    throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** Polls `expression` in the page every 50 ms until it is true; fails after `GIVE_UP_MS`. */
async function waitFor(cdp: CDPSession, expression: string): Promise<void> {
  const started = performance.now();
  while (!(await evaluate<boolean>(cdp, expression))) {
    if (performance.now() - started > GIVE_UP_MS) throw new Error(`gave up waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Linux's clock ticks in a second, in which /proc counts CPU time. */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/**
 * CPU time of the main thread of each of the browser's renderer processes so far, in ms,
 * by process id, from Linux's /proc: the pages' own thread, where their scripts run.
 */
async function mainThreadCpu(systemInfo: CDPSession): Promise<Map<number, number>> {
  const { processInfo } = await systemInfo.send('SystemInfo.getProcessInfo');
  const spent = new Map<number, number>();
  for (const { id } of processInfo.filter(({ type }) => type === 'renderer')) {
    // The main thread's id is the process's; the fields after the name are `state ppid …`, utime and stime the 12th and 13th.
    const stat = await readFile(`/proc/${id}/task/${id}/stat`, 'utf8').catch(() => undefined);
    if (stat === undefined) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    spent.set(id, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS);
  }
  return spent;
}

/** The renderers' main threads' CPU time since `before`; a renderer that ended since (a closed page's) counts for nothing. */
async function mainThreadCpuSince(systemInfo: CDPSession, before: ReadonlyMap<number, number>): Promise<number> {
  let spent = 0;
  for (const [id, ms] of await mainThreadCpu(systemInfo)) spent += ms - (before.get(id) ?? 0);
  return spent;
}

/** A request more than this long after the first of its wave starts the next wave. */
const WAVE_GAP_MS = PHONE.latencyMs / 2;

function wavesOf(requests: readonly { at: number }[]): number {
  let waves = 0;
  let waveStart = -Infinity;
  for (const { at } of [...requests].sort((a, b) => a.at - b.at)) {
    if (at - waveStart > WAVE_GAP_MS) {
      waves += 1;
      waveStart = at;
    }
  }
  return waves;
}

const RESULT_TIMES = 'window.resultTimes';

async function measureQuery(
  browser: Browser,
  systemInfo: CDPSession,
  server: StaticServer,
  search: SearchPage,
  query: string,
): Promise<SearchCost> {
  // The site is served over HTTPS with a certificate of the benchmark's own making.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.downloadBytesPerSecond,
      uploadThroughput: PHONE.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await page.addInitScript(watchResults, search.result);
    const before = server.sent().length;
    const cpuBefore = await mainThreadCpu(systemInfo);
    await page.goto(`${server.url}${search.url(query)}`, { waitUntil: 'commit' });
    const nothing = `(document.querySelector(${JSON.stringify(search.nothing.selector)})?.textContent ?? '').startsWith(${JSON.stringify(search.nothing.text)})`;
    await waitFor(cdp, `${RESULT_TIMES}.length > 0 || ${nothing}`);
    const cpuMs = await mainThreadCpuSince(systemInfo, cpuBefore);
    const times = () => evaluate<number[]>(cdp, RESULT_TIMES);
    const firstResultMs = (await times())[0];
    // What the page asked for before its first result was on screen, not what it fetched after (the filters' counts).
    const shownAt =
      firstResultMs === undefined ? Infinity : (await evaluate<number>(cdp, 'performance.timeOrigin')) + firstResultMs;
    const sent = server
      .sent()
      .slice(before)
      .filter(({ at }) => at <= shownAt);
    const byKind = { page: 0, code: 0, wasm: 0, meta: 0, cards: 0, chunks: 0, filters: 0, fragments: 0, other: 0 };
    for (const { path, bytes } of sent) byKind[kindOf(path)] += bytes;
    const olderIndexRequests = () =>
      server
        .sent()
        .slice(before)
        .filter(({ path }) => OLDER_INDEX.test(path)).length;
    const cost: SearchCost = {
      bytes: sent.reduce((sum, { bytes }) => sum + bytes, 0),
      waves: wavesOf(sent),
      cpuMs,
      searchBytes: sent.filter(({ path }) => /^\/pagefind/.test(path)).reduce((sum, { bytes }) => sum + bytes, 0),
      byKind,
      olderIndexRequests: 0,
      firstResultMs: firstResultMs ?? NaN,
    };
    if (firstResultMs !== undefined && search.again) {
      const started = await evaluate<number>(cdp, 'performance.now()');
      const count = (await times()).length;
      await evaluate(cdp, search.again);
      await waitFor(cdp, `${RESULT_TIMES}.length > ${count}`);
      cost.againMs = (await times())[count]! - started;
    }
    cost.olderIndexRequests = olderIndexRequests();
    return cost;
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;
const secondsOf = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** One search's figures as the table prints them: bytes (of which Pagefind's), waves of requests, CPU, first result, again. */
const columns = (cost: SearchCost, width: number) =>
  Number.isNaN(cost.firstResultMs)
    ? 'found nothing'.padStart(width + 30)
    : `${`${kb(cost.bytes)} (${kb(cost.searchBytes)})`.padStart(width)} ${String(cost.waves).padStart(5)}` +
      ` ${`${Math.round(cost.cpuMs)} ms`.padStart(7)}   ${secondsOf(cost.firstResultMs).padStart(6)}` +
      (cost.againMs === undefined ? '' : `  ${secondsOf(cost.againMs).padStart(6)}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const machineLoad = () =>
  `load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')} (up ${(uptime() / 3600).toFixed(1)} h)`;

/** The site's plan of search indexes for the articles in `articlesDir`, as `scripts/build-site.ts` makes it, and each article's month. */
async function planOf(articlesDir: string) {
  const files = await listFiles(articlesDir, '.md');
  const dated: { file: string; year: number; month: number }[] = [];
  for (let at = 0; at < files.length; at += READ_BATCH) {
    const batch = files.slice(at, at + READ_BATCH);
    const texts = await Promise.all(batch.map((file) => readFile(join(articlesDir, file), 'utf8')));
    batch.forEach((file, index) => {
      const month = articleMonthOf(texts[index]!);
      if (!month) throw new Error(`${file}: no date that parses`);
      dated.push({ file, ...month });
    });
  }
  const { years, months } = tallyMonths(dated);
  return { plan: planSearchIndexes(years, planParts(years, PART_ARTICLES), INDEX_ARTICLES, months), dated };
}

/**
 * Builds, with the site's own `astro build`, the articles of the newest search index of the
 * archive's plan alone, telling the build the whole plan (`SEARCH_INDEXES`): the search page
 * lists every index, the newest is made of exactly the pages it would hold in the whole
 * site, and the older ones are written empty (a first search never reads them).
 */
async function buildNewestIndex(dir: string, articlesDir: string, site: string) {
  const { plan, dated } = await planOf(articlesDir);
  const newestDir = join(dir, 'articles-newest');
  await mkdir(newestDir, { recursive: true });
  const newest = dated.filter(({ year, month }) => indexHoldsMonth(plan, 0, year, month));
  for (const { file } of newest) await link(join(articlesDir, file), join(newestDir, file.replaceAll('/', '_')));
  await runNode(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site], {
    ASTRO_TELEMETRY_DISABLED: '1',
    ARTICLES_DIR: newestDir,
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    SEARCH_INDEXES: JSON.stringify(plan),
  });
  return newest.length;
}

/** The bytes of the newest search index (`/pagefind/` without the older indexes' folders in it). */
async function newestIndexSize(site: string, plan: readonly SitePart[]) {
  const all = await folderSize(join(site, 'pagefind'));
  for (let index = 1; index < plan.length; index++) {
    const older = await folderSize(join(site, searchBundleOf(plan, index)));
    all.files -= older.files;
    all.bytes -= older.bytes;
  }
  return all;
}

const nameOfIndex = (range: SitePart) =>
  range.months ? `${range.from}-${range.months.from}…${range.months.to}` : `${range.from}–${range.to}`;

async function measureSize(work: string, articles: number, queries: string[], wholeUpTo: number): Promise<void> {
  const dir = join(work, String(articles));
  const raw = join(dir, 'raw');
  const articlesDir = join(dir, 'articles');
  const site = join(dir, 'site');
  await mkdir(raw, { recursive: true });
  const seed = readFileSync(SEED, 'utf8');
  for (const dump of generateDumps(seed, articles)) await writeFile(join(raw, dump.name), dump.text);
  console.log(`\n## ${articles} articles\n\n${archiveProfile(seed, articles).join('\n')}`);
  await runNode(['scripts/convert.ts', '--in', raw, '--out', articlesDir]);
  await rm(raw, { recursive: true });

  const whole = articles <= wholeUpTo;
  const { plan } = await planOf(articlesDir);
  let started = performance.now();
  let built: string;
  if (whole) {
    await runNode(['scripts/build-site.ts', '--out', site], {
      ASTRO_TELEMETRY_DISABLED: '1',
      ARTICLES_DIR: articlesDir,
      ASTRO_CACHE_DIR: join(dir, 'cache'),
    });
    built = 'the whole site, built';
  } else {
    const count = await buildNewestIndex(dir, articlesDir, site);
    built = `the ${count} articles of the newest search index alone (more than --whole-up-to ${wholeUpTo}), built`;
  }
  const buildMs = performance.now() - started;
  const own = await folderSize(join(site, 'pagefind'));
  const newest = await newestIndexSize(site, plan);
  console.log(
    `\nSearch indexes: ${plan.length} (${plan.map(nameOfIndex).join(', ')}).` +
      `\nThis site: ${built} with its search index in ${secondsOf(buildMs)}; pagefind/ holds ${own.files} files, ${kb(own.bytes)};` +
      ` the newest index ${newest.files} files, ${kb(newest.bytes)}.`,
  );
  if (whole) {
    started = performance.now();
    await indexPlain(site);
    const plainMs = performance.now() - started;
    const plain = await folderSize(join(site, PLAIN_INDEX));
    console.log(
      `Plain Pagefind: indexed the built pages in ${secondsOf(plainMs)}; ${plain.files} files, ${kb(plain.bytes)}.`,
    );
  } else {
    console.log("Plain Pagefind: not measured (one index of every page; the site has only the newest index's pages).");
  }
  console.log(machineLoad());

  // Over HTTP/2, as a CDN serves: over HTTP/1.1 a browser queues all but six requests at once.
  const server = await serveStatic(site, { tls: await localCertificate(dir) });
  const browser = await launchBrowser();
  const systemInfo = await browser.newBrowserCDPSession();
  try {
    const searches = whole ? [SITE_SEARCH, PLAIN_SEARCH] : [SITE_SEARCH];
    const costs = new Map<SearchPage, SearchCost[]>(searches.map((search) => [search, []]));
    console.log(
      '\nquery                 this site: bytes (search) waves     CPU    first   again  |' +
        '  plain Pagefind: bytes (search) waves     CPU    first' +
        "  ||  this site's bytes: page, code, wasm, meta, cards, chunks, filters, fragments",
    );
    for (const query of queries) {
      const mine = await measureQuery(browser, systemInfo, server, SITE_SEARCH, query);
      const theirs = whole ? await measureQuery(browser, systemInfo, server, PLAIN_SEARCH, query) : undefined;
      if (mine.olderIndexRequests > 0) {
        throw new Error(`“${query}”: ${mine.olderIndexRequests} requests went to older search indexes`);
      }
      costs.get(SITE_SEARCH)!.push(mine);
      if (theirs) costs.get(PLAIN_SEARCH)!.push(theirs);
      const kinds = (['page', 'code', 'wasm', 'meta', 'cards', 'chunks', 'filters', 'fragments'] as const)
        .map((kind) => Math.round(mine.byKind[kind] / 1000))
        .join(', ');
      console.log(
        `${query.padEnd(20)}  ${columns(mine, 24)}  |  ${theirs ? columns(theirs, 29) : 'not measured'.padStart(59)}  ||  ${kinds} KB`,
      );
    }
    for (const [search, all] of costs) {
      const list = all.filter((cost) => !Number.isNaN(cost.firstResultMs));
      const bytes = list.map((cost) => cost.bytes);
      const times = list.map((cost) => cost.firstResultMs);
      const cpu = list.map((cost) => cost.cpuMs);
      console.log(
        `${search.name}: bytes median ${kb(median(bytes))}, worst ${kb(Math.max(...bytes))}; ` +
          `waves median ${median(list.map((cost) => cost.waves))}, most ${Math.max(...list.map((cost) => cost.waves))}; ` +
          `CPU median ${Math.round(median(cpu))} ms, most ${Math.round(Math.max(...cpu))} ms; ` +
          `first result median ${secondsOf(median(times))}, worst ${secondsOf(Math.max(...times))}` +
          (list.length < all.length ? `; ${all.length - list.length} queries found nothing` : '') +
          (search.again
            ? `; again median ${secondsOf(median(list.map((cost) => cost.againMs!)))}, worst ${secondsOf(Math.max(...list.map((cost) => cost.againMs!)))}`
            : ''),
      );
    }
    console.log(machineLoad());
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const { sizes, queries, wholeUpTo, keep } = options();
  const work = keep ?? (await mkdtemp(join(tmpdir(), 'bench-search-')));
  await mkdir(work, { recursive: true });
  if (keep && (await readdir(work)).length > 0) usageError(`--keep ${keep}: the folder is not empty`);
  console.log(
    `Phone: CPU ${PHONE.cpuSlowdown}× slower, ${PHONE.latencyMs} ms latency, ${PHONE.downloadBytesPerSecond / 1e6} MB/s down; ` +
      `cold cache for every search; served over HTTP/2 with gzip.\n${machineLoad()}`,
  );
  try {
    for (const articles of sizes) await measureSize(work, articles, queries, wholeUpTo);
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
