import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How a test site is built. */
export interface BuildOptions {
  /** Another folder of articles than `content/articles`. */
  articlesDir?: string;
  /** The time the build is made at (`SITE_NOW`). */
  siteNow?: string;
  /** Builds the site in parts of at most this many articles (`--max-articles`). */
  maxArticles?: number;
  /** Splits the search index into indexes of at most this many articles (`--index-articles`). */
  indexArticles?: number;
  /** One CI runner's step of a build in parts: one part (`--part K`), or the merge (`--merge`). */
  step?: { part: number } | 'merge';
  /** Where the parts are built before they are merged; by default a new folder, removed after. */
  partsDir?: string;
  /** Astro's cache, kept for the next build as CI keeps it; by default a new one, removed after. */
  cacheDir?: string;
  /** Where the site goes; by default a new folder. */
  outDir?: string;
}

/** A finished build: where the site is, and what the build printed. */
export interface Build {
  outDir: string;
  output: string;
}

/**
 * Runs the real build (`scripts/build-site.ts`: `astro build` with Pagefind, in parts for
 * a large archive) into a fresh temporary folder, with the same Node that runs the tests,
 * and resolves to that folder.
 */
export async function buildSite(options: BuildOptions = {}): Promise<string> {
  return (await runBuild(options)).outDir;
}

/** {@link buildSite}, with the build's output. */
export async function runBuild(options: BuildOptions = {}): Promise<Build> {
  // Inside the project: for an outDir outside it, Astro renders through one shared
  // .astro/.prerender/ folder, and two test files building at once overwrite each other's.
  const builds = join(process.cwd(), 'node_modules/.cache/tin-tuc-builds');
  await mkdir(builds, { recursive: true });
  const outDir = options.outDir ?? (await mkdtemp(join(builds, 'dist-')));
  const cacheDir = options.cacheDir ?? (await mkdtemp(join(tmpdir(), 'tin-tuc-cache-')));
  const script = join(process.cwd(), 'scripts/build-site.ts');
  const flags = [
    ...(options.maxArticles ? ['--max-articles', String(options.maxArticles)] : []),
    ...(options.indexArticles ? ['--index-articles', String(options.indexArticles)] : []),
    ...(options.step === 'merge' ? ['--merge'] : options.step ? ['--part', String(options.step.part)] : []),
  ];
  // Each build its own: test files building in parts at once would otherwise share node_modules/.cache/site-parts.
  const partsDir = options.partsDir ?? (await mkdtemp(join(builds, 'parts-')));
  const child = spawn(process.execPath, [script, '--out', outDir, ...flags], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_CACHE_DIR: cacheDir,
      SITE_PARTS_DIR: partsDir,
      ...(options.articlesDir && { ARTICLES_DIR: options.articlesDir }),
      ...(options.siteNow && { SITE_NOW: options.siteNow }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (!options.cacheDir) await rm(cacheDir, { recursive: true, force: true });
  if (!options.partsDir) await rm(partsDir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${output}`);
  return { outDir, output };
}
