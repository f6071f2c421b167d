/**
 * npm run bench -- [--articles 1000] [--runs 1] [--keep DIR] [--cpu-prof DIR]
 *
 * Times the migration and the site on a synthetic archive: generates N raw dumps in the
 * seed's layout, then runs each step as a child process, the way the newsroom and CI run
 * it: the converter, the converter again on the converted site, a minimal Astro 7 site +
 * Pagefind over the same articles (the yardstick, scripts/lib/minimal-site.ts), the site's
 * build with its search index from empty caches (scripts/build-site.ts, in parts for a
 * large archive), then the publish path as CI runs it, from a fresh checkout with the
 * caches restored (Astro's cache and the last build's site): one article added, one
 * edited, nothing changed. Prints wall time and peak memory (of the process, and of its
 * whole tree at once), each build beside the yardstick, and the built site's pages and size.
 * Exit 0 when every step did its job, 1 when one failed, 2 for a usage error.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { archiveProfile, generateDumps } from '../src/lib/bench/generate-dumps.ts';
import {
  measure,
  readProfiles,
  summariseProfiles,
  type Measurement,
  type ProfileSummary,
  type SelfTime,
} from './lib/measure.ts';
import { folderSize, listFiles } from './lib/files.ts';
import { writeMinimalSite } from './lib/minimal-site.ts';

const USAGE = `Usage: npm run bench -- [--articles N] [--runs R] [--keep DIR] [--cpu-prof DIR]
  --articles N    raw dumps to generate, convert and build the site of (default: 1000)
  --runs R        run the steps R times over and report the median wall time (default: 1)
  --keep DIR      work in DIR (new or empty) and leave the dumps, articles and site there
  --cpu-prof DIR  profile every step with node --cpu-prof, write the profiles under DIR
                  and print where the time went (profiling slows the steps down)`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'seeds/000_7fa307ade4fb8d9e.txt';
/** Files written at once: enough to keep libuv's threads busy without opening 10 000 handles. */
const WRITE_BATCH = 256;

interface Workspace {
  dir: string;
  raw: string;
  articles: string;
  /** The built site. */
  site: string;
  /** Astro's content cache, which CI keeps between runs. */
  cache: string;
  /** The minimal Astro site's project, its built site and its cache. */
  minimal: string;
  minimalSite: string;
  minimalCache: string;
  /** The archive's articles with the project's settings, as `npm run check` reads them. */
  content: string;
}

interface Step {
  name: string;
  /** Files the step works through, for the files/s column. */
  files: number;
  /** Arguments to Node, run from `cwd` (by default the project root). */
  nodeArgs: string[];
  cwd?: string;
  /** What the step is compared with in the summary: the yardstick's own steps have none. */
  yardstick?: boolean;
  /** Environment added for the step. */
  env?: NodeJS.ProcessEnv;
  /** Puts things as the step needs them, untimed. */
  prepare?: () => Promise<void>;
  /** Throws when the step ran but did not do its job (a file failed, nothing was skipped…). */
  verify: () => Promise<void>;
}

/** One step over every run: a median is steadier than one run on a shared machine. */
interface StepResult {
  step: Step;
  measurements: Measurement[];
  profile?: ProfileSummary;
}

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) usageError(`--${flag} must be a positive whole number`);
  return number;
}

function parseFlags() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string', default: '1000' },
        runs: { type: 'string', default: '1' },
        keep: { type: 'string' },
        'cpu-prof': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    usageError((error as Error).message);
  }
  return {
    articles: positiveInteger('articles', values.articles),
    runs: positiveInteger('runs', values.runs),
    keep: values.keep,
    cpuProf: values['cpu-prof'] && resolve(values['cpu-prof']),
    help: values.help,
  };
}

async function openWorkspace(keep: string | undefined): Promise<Workspace> {
  let dir: string;
  if (keep) {
    dir = resolve(keep);
    await mkdir(dir, { recursive: true });
    // Articles already there would be skipped and turn the first run into a second one.
    if ((await readdir(dir)).length > 0) usageError(`--keep ${keep}: the folder is not empty`);
  } else {
    dir = await mkdtemp(join(tmpdir(), 'bench-'));
  }
  const workspace = {
    dir,
    raw: join(dir, 'raw'),
    articles: join(dir, 'articles'),
    site: join(dir, 'site'),
    cache: join(dir, 'astro-cache'),
    minimal: join(dir, 'minimal'),
    minimalSite: join(dir, 'minimal', 'dist'),
    minimalCache: join(dir, 'minimal-cache'),
    content: join(dir, 'content'),
  };
  await mkdir(workspace.raw);
  // What `npm run check` reads: the archive's articles with the project's own settings.
  await mkdir(workspace.content);
  await symlink(workspace.articles, join(workspace.content, 'articles'));
  for (const name of ['categories.yaml', 'site.yaml', 'chrome.yaml']) {
    await copyFile(join(ROOT, 'content', name), join(workspace.content, name));
  }
  await writeMinimalSite(workspace.minimal, ROOT);
  return workspace;
}

async function writeDumps(dir: string, count: number): Promise<number> {
  const dumps = generateDumps(readFileSync(join(ROOT, SEED), 'utf8'), count);
  let bytes = 0;
  for (let start = 0; start < dumps.length; start += WRITE_BATCH) {
    const batch = dumps.slice(start, start + WRITE_BATCH);
    await Promise.all(batch.map((dump) => writeFile(join(dir, dump.name), dump.text)));
    for (const dump of batch) bytes += Buffer.byteLength(dump.text);
  }
  return bytes;
}

/** Fails unless the converter's report lists `count` files, every one with `status`. */
async function expectReport(path: string, count: number, status: 'converted' | 'skipped'): Promise<void> {
  const { files } = JSON.parse(await readFile(path, 'utf8')) as { files: { file: string; status: string }[] };
  const wrong = files.filter((file) => file.status !== status);
  if (files.length !== count || wrong.length > 0) {
    const examples = wrong.slice(0, 5).map((file) => `${file.file}: ${file.status}`);
    throw new Error(`expected ${count} files ${status}, the report lists ${files.length}: ${examples.join('; ')}`);
  }
}

function convertStep(name: string, workspace: Workspace, count: number, status: 'converted' | 'skipped'): Step {
  const report = join(workspace.dir, `report-${status}.json`);
  return {
    name,
    files: count,
    nodeArgs: ['scripts/convert.ts', '--in', workspace.raw, '--out', workspace.articles, '--report', report],
    verify: () => expectReport(report, count, status),
  };
}

/** Fails unless the site has a page for each of `count` articles and its search index. */
async function expectSite(site: string, count: number): Promise<void> {
  const articles = await readdir(join(site, 'bai-viet'));
  if (articles.length !== count) throw new Error(`expected ${count} article pages, dist has ${articles.length}`);
  await readFile(join(site, 'pagefind', 'pagefind-entry.json'));
}

function buildStep(name: string, workspace: Workspace, count: number, prepare: () => Promise<void>): Step {
  return {
    name,
    files: count,
    nodeArgs: ['scripts/build-site.ts', '--out', workspace.site],
    env: { ARTICLES_DIR: workspace.articles, ASTRO_CACHE_DIR: workspace.cache, ASTRO_TELEMETRY_DISABLED: '1' },
    // Every build starts as CI's does: a fresh checkout with the caches CI restores, Astro's
    // cache and the site the last build left (src/integrations/kept-site.ts).
    prepare,
    verify: () => expectSite(workspace.site, count),
  };
}

/** The yardstick: the minimal Astro site built, then indexed by Pagefind's CLI, from empty caches. */
function minimalSteps(workspace: Workspace, count: number): Step[] {
  const env = {
    ARTICLES_DIR: workspace.articles,
    ASTRO_CACHE_DIR: workspace.minimalCache,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  return [
    {
      name: 'minimal Astro 7: astro build',
      files: count,
      nodeArgs: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      cwd: workspace.minimal,
      env,
      yardstick: true,
      prepare: async () => {
        await rm(workspace.minimalSite, { recursive: true, force: true });
        await rm(workspace.minimalCache, { recursive: true, force: true });
      },
      verify: async () => {
        const articles = await readdir(join(workspace.minimalSite, 'bai-viet'));
        if (articles.length !== count) throw new Error(`expected ${count} article pages, got ${articles.length}`);
      },
    },
    {
      name: 'minimal Astro 7: pagefind --site',
      files: count,
      nodeArgs: [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', workspace.minimalSite],
      cwd: workspace.minimal,
      yardstick: true,
      verify: () => readFile(join(workspace.minimalSite, 'pagefind', 'pagefind-entry.json')).then(() => undefined),
    },
  ];
}

/** An editor's typical change: a sentence added to one article. */
async function editOneArticle(articles: string): Promise<void> {
  const [first] = (await readdir(articles)).sort();
  const file = join(articles, first!);
  await writeFile(file, `${await readFile(file, 'utf8')}\nBài viết được cập nhật thêm thông tin.\n`);
}

const DATE_LINE = /^date: "([^"]+)"$/m;

/**
 * An editor's other change: a new article, an hour after the newest one (as today's news
 * is), made from an existing article's text with a title of its own and no old address.
 */
async function addOneArticle(articles: string): Promise<void> {
  const files = await listFiles(articles, '.md');
  let newest = '';
  let model = '';
  for (const file of files) {
    const markdown = await readFile(join(articles, file), 'utf8');
    const date = DATE_LINE.exec(markdown)?.[1] ?? '';
    if (Date.parse(date) > (Date.parse(newest) || 0)) [newest, model] = [date, markdown];
  }
  const date = new Date(Date.parse(newest) + 3_600_000).toISOString().replace('.000Z', 'Z');
  const article = model
    .replace(/^title: .*$/m, 'title: "Bài mới: tỉnh Bình Phước khánh thành cầu Sông Bé mới"')
    .replace(DATE_LINE, `date: "${date}"`)
    .replace(/^legacy:\n(?: .*\n)*/m, '');
  await writeFile(join(articles, 'bai-moi-khanh-thanh-cau-song-be.md'), `${article.trimEnd()}\nCầu mới dài 320 m.\n`);
}

/** The migration, the yardstick, then the site from empty caches and the publish path, step by step. */
function stepsFor(workspace: Workspace, count: number): Step[] {
  return [
    convertStep('convert (first run)', workspace, count, 'converted'),
    convertStep('convert (re-run, all skipped)', workspace, count, 'skipped'),
    {
      // What CI runs on every push before the build: the publish path's first step.
      name: 'npm run check (every push)',
      files: count,
      nodeArgs: ['scripts/check.ts', '--content', workspace.content],
      // Its exit code says it: 0 when every article passes.
      verify: async () => undefined,
    },
    ...minimalSteps(workspace, count),
    buildStep('cold: build + search index, empty caches', workspace, count, async () => {
      await rm(workspace.cache, { recursive: true, force: true });
      await rm(workspace.site, { recursive: true, force: true });
    }),
    buildStep('publish: one article added', workspace, count + 1, () => addOneArticle(workspace.articles)),
    buildStep('publish: one article edited', workspace, count + 1, () => editOneArticle(workspace.articles)),
    buildStep('publish: nothing changed', workspace, count + 1, async () => undefined),
  ];
}

const profileDirOf = (cpuProf: string, step: Step) => join(cpuProf, step.name.replace(/[^a-z0-9]+/gi, '-'));

function runStep(step: Step, cpuProf: string | undefined): Promise<Measurement> {
  // NODE_OPTIONS rather than a flag, so processes the step starts are profiled too.
  const env = {
    ...process.env,
    ...step.env,
    ...(cpuProf && {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDirOf(cpuProf, step)}`,
    }),
  };
  return measure({ command: process.execPath, args: step.nodeArgs, cwd: step.cwd ?? ROOT, env });
}

/** Why the step failed, or undefined when it did its job. */
async function failureOf(step: Step, { exitCode, stderrTail }: Measurement): Promise<string | undefined> {
  if (exitCode !== 0) return `${step.name} exited with ${exitCode}\n${stderrTail}`;
  return step.verify().then(
    () => undefined,
    (error: Error) => `${step.name}: ${error.message}`,
  );
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

/**
 * Writes the kernel still holds for earlier work (the 77 MiB of dumps, the previous step's
 * articles) would otherwise be flushed while the next step runs and be billed to it.
 */
async function flushDisk(): Promise<void> {
  await new Promise<void>((done) => execFile('sync', () => done()));
}

/** Runs every step in order, `runs` times over, from no articles each time; stops at the first failure. */
async function runAll(steps: Step[], workspace: Workspace, runs: number, cpuProf: string | undefined) {
  const results: StepResult[] = steps.map((step) => ({ step, measurements: [] }));
  let yardstickFailure: string | undefined;
  for (let run = 1; run <= runs; run++) {
    await rm(workspace.articles, { recursive: true, force: true });
    for (const result of results) {
      if (result.step.yardstick && yardstickFailure) continue;
      await result.step.prepare?.();
      await flushDisk();
      const measurement = await runStep(result.step, cpuProf);
      result.measurements.push(measurement);
      const label = runs > 1 ? `[run ${run}/${runs}] ${result.step.name}` : result.step.name;
      console.log(`${label}: ${lastLine(measurement.stdoutTail)} [peak RSS via ${measurement.rssMethod}]`);
      const failure = await failureOf(result.step, measurement);
      // One astro build cannot hold 100 000 articles (docs/performance.md): the yardstick then has no figure, the project still does.
      if (failure && result.step.yardstick) {
        yardstickFailure = failure;
        console.error(`The minimal site failed, the project's steps go on:\n${failure}`);
      } else if (failure) {
        return { results: results.filter((done) => done.measurements.length > 0), failure, yardstickFailure };
      }
    }
  }
  return { results: results.filter((done) => done.measurements.length > 0), failure: undefined, yardstickFailure };
}

async function addProfiles(results: StepResult[], cpuProf: string): Promise<void> {
  for (const result of results) {
    const profiles = await readProfiles(profileDirOf(cpuProf, result.step)).catch(() => []);
    if (profiles.length > 0) result.profile = summariseProfiles(profiles);
  }
}

/** The built site's pages and size, and its search index's. */
async function describeSite(site: string): Promise<string> {
  const all = await folderSize(site);
  const index = await folderSize(join(site, 'pagefind'));
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  return `Built site: ${all.pages} HTML pages, ${mib(all.bytes)} in dist/, of which pagefind/ ${index.files} files, ${mib(index.bytes)}`;
}

function machine(): string[] {
  let cpuinfo = '';
  try {
    cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    // Not Linux: os.cpus() names the model too, less precisely on some virtual machines.
  }
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return [
    `CPU:  ${model}, ${availableParallelism()} cores available (${cpus().length} online)`,
    `RAM:  ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `OS:   ${type()} ${release()}`,
    `Node: ${process.version}`,
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

function formatTable(results: readonly StepResult[], runs: number): string {
  const header = [
    'step',
    'files',
    runs > 1 ? `wall, median of ${runs} (range)` : 'wall',
    'files/s',
    'peak RSS',
    'process tree',
  ];
  const rows = results.map(({ step, measurements }) => {
    const walls = measurements.map((measurement) => measurement.wallMs);
    const wall = median(walls);
    const range = walls.length > 1 ? ` (${seconds(Math.min(...walls))}–${seconds(Math.max(...walls))})` : '';
    const peaks = measurements.flatMap((measurement) => measurement.peakRssKiB ?? []);
    const trees = measurements.flatMap((measurement) => measurement.peakTreeRssKiB ?? []);
    const mib = (kib: number[]) => (kib.length > 0 ? `${Math.round(Math.max(...kib) / 1024)} MiB` : 'n/a');
    return [
      step.name,
      String(step.files),
      `${seconds(wall)} s${range}`,
      String(Math.round(step.files / (wall / 1000))),
      mib(peaks),
      mib(trees),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  // Text left, figures right, as in a printed table.
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Each build of the site beside the yardstick: the minimal Astro site's build and index, summed. */
function formatComparison(results: readonly StepResult[], yardstickFailure: string | undefined): string | undefined {
  const wallOf = (result: StepResult) => median(result.measurements.map((measurement) => measurement.wallMs));
  const yardstick = results.filter((result) => result.step.yardstick);
  if (yardstickFailure) return `minimal Astro 7 + Pagefind, same articles: failed (${yardstickFailure.split('\n')[0]})`;
  if (yardstick.length === 0) return undefined;
  const minimal = yardstick.reduce((sum, result) => sum + wallOf(result), 0);
  const builds = results.filter((result) => result.step.nodeArgs[0] === 'scripts/build-site.ts');
  // What CI runs before each build of the publish path: the check, and the converter with nothing new.
  const before = results.filter((result) =>
    ['scripts/check.ts', 'scripts/convert.ts'].includes(result.step.nodeArgs[0]!),
  );
  const beforeMs = before.length === 3 ? wallOf(before[1]!) + wallOf(before[2]!) : undefined;
  return [
    `minimal Astro 7 + Pagefind, same articles, same run: ${seconds(minimal)} s (${yardstick.map((result) => `${seconds(wallOf(result))} s`).join(' + ')})`,
    ...builds.map(
      (result) =>
        `  ${result.step.name}: ${seconds(wallOf(result))} s = ${(wallOf(result) / minimal).toFixed(2)}× the minimal site` +
        (beforeMs !== undefined && result.step.name.startsWith('publish')
          ? `; push to built, with the converter and npm run check before it: ${seconds(beforeMs + wallOf(result))} s`
          : ''),
    ),
  ].join('\n');
}

/** How busy the shared machine was: figures from a loaded machine read slower than they are. */
function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return 'uptime: not available';
  }
}

function formatProfile(name: string, { totalMs, byFunction, byModule }: ProfileSummary): string {
  const row = ({ name: label, selfMs, share }: SelfTime) =>
    `  ${selfMs.toFixed(0).padStart(6)} ms ${(share * 100).toFixed(1).padStart(5)} %  ${label}`;
  return [
    `\nProfile of "${name}": ${totalMs.toFixed(0)} ms sampled`,
    'Self time by module (regular expressions and native calls count for their caller):',
    ...byModule.map(row),
    'Self time by function:',
    ...byFunction.map(row),
  ].join('\n');
}

async function main(): Promise<number> {
  const flags = parseFlags();
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  console.log(machine().join('\n'));
  console.log(`Load at the start: ${uptime()}`);
  const workspace = await openWorkspace(flags.keep);
  try {
    const started = performance.now();
    const bytes = await writeDumps(workspace.raw, flags.articles);
    const took = seconds(performance.now() - started);
    console.log(`\nGenerated ${flags.articles} dumps (${(bytes / 2 ** 20).toFixed(1)} MiB) in ${took} s`);
    console.log(archiveProfile(readFileSync(join(ROOT, SEED), 'utf8'), flags.articles).join('\n'));
    console.log(`Workspace: ${workspace.dir}${flags.keep ? '' : ' (removed at the end)'}\n`);

    const steps = stepsFor(workspace, flags.articles);
    const { results, failure, yardstickFailure } = await runAll(steps, workspace, flags.runs, flags.cpuProf);
    if (flags.cpuProf) await addProfiles(results, flags.cpuProf);

    console.log(`\n${formatTable(results, flags.runs)}`);
    const comparison = formatComparison(results, yardstickFailure);
    if (comparison) console.log(`\n${comparison}`);
    console.log(`\nLoad at the end: ${uptime()}`);
    if (!failure) console.log(`\n${await describeSite(workspace.site)}`);
    for (const { step, profile } of results) if (profile) console.log(formatProfile(step.name, profile));
    if (flags.cpuProf) console.log(`\nProfiles in ${flags.cpuProf} (open them in Chrome DevTools)`);
    if (failure) console.error(`\n${failure}`);
    return failure ? 1 : 0;
  } finally {
    if (!flags.keep) await rm(workspace.dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
