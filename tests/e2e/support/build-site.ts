import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the real `astro build` (Pagefind included) into a fresh temporary folder, with the
 * same Node that runs the tests, and resolves to that folder. `articlesDir` builds the
 * site from another folder of articles than `content/articles`; `siteNow` sets the time the
 * build is made at (`SITE_NOW`).
 */
export async function buildSite(options: { articlesDir?: string; siteNow?: string } = {}): Promise<string> {
  // Inside the project: for an outDir outside it, Astro renders through one shared
  // .astro/.prerender/ folder, and two test files building at once overwrite each other's.
  const builds = join(process.cwd(), 'node_modules/.cache/tin-tuc-builds');
  await mkdir(builds, { recursive: true });
  const outDir = await mkdtemp(join(builds, 'dist-'));
  const cacheDir = await mkdtemp(join(tmpdir(), 'tin-tuc-cache-'));
  const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_CACHE_DIR: cacheDir,
      ...(options.articlesDir && { ARTICLES_DIR: options.articlesDir }),
      ...(options.siteNow && { SITE_NOW: options.siteNow }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  await rm(cacheDir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
  return outDir;
}
