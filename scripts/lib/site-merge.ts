import { existsSync } from 'node:fs';
import { link, lstat, mkdir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { planMerge, winners, type MergeRecord, type PartListing } from '../../src/lib/build/merge-plan.ts';
import { listFiles } from './files.ts';

/** File-system calls made at once: enough to keep libuv's threads busy, far below the open-file limit. */
const BATCH = 64;

/** A part's site, to be merged: its name, folder and build state (undefined when not known here). */
export interface BuiltPart {
  name: string;
  dir: string;
  state: string | undefined;
}

/** What a merge did. */
export interface MergeResult {
  /** Whether the site was assembled from nothing rather than brought up to date. */
  whole: boolean;
  /** Parts whose files were looked at: the rebuilt ones (every part when whole). */
  walked: number;
  linked: number;
  removed: number;
}

async function inBatches<T>(items: readonly T[], act: (item: T) => Promise<unknown>): Promise<void> {
  for (let at = 0; at < items.length; at += BATCH) await Promise.all(items.slice(at, at + BATCH).map(act));
}

/** Makes every folder the files of `paths` need under `root`, each once. */
async function makeFolders(root: string, paths: readonly string[]): Promise<void> {
  const folders = [...new Set(paths.map((path) => dirname(path)))].filter((folder) => folder !== '.');
  await inBatches(folders, (folder) => mkdir(join(root, folder), { recursive: true }));
}

/**
 * Merges the parts' sites into `out`, each file a hard link to the copy of the first part
 * that has it (the parts come newest first), so a part's site stays whole where it was
 * built, for the next build to build over, and costs no copy of its bytes.
 *
 * With the description the last merge left in `recordFile` and its site in place, only
 * the parts built since are looked at and only their changed files linked, each through a
 * temporary name and a rename, so a reader of the site never meets a missing page; files
 * no part has any more are removed last. The description is removed before the site is
 * touched and written once the merge is done: a merge stopped halfway is followed by one
 * from nothing. Without it the site is assembled beside `out` and renamed into place.
 */
export async function mergeParts(parts: readonly BuiltPart[], out: string, recordFile: string): Promise<MergeResult> {
  const last = await readFile(recordFile, 'utf8').then(
    (text) => JSON.parse(text) as MergeRecord,
    () => undefined,
  );
  await rm(recordFile, { force: true });
  const whole = !(last?.out === out && existsSync(join(out, 'index.html')));
  const lastFiles = new Map(whole ? [] : last!.parts.map((part) => [part.name, part]));
  const listings: PartListing[] = [];
  let walked = 0;
  for (const part of parts) {
    const kept = lastFiles.get(part.name);
    if (part.state !== undefined && kept?.state === part.state) {
      listings.push(kept);
      continue;
    }
    listings.push({ name: part.name, state: part.state, files: await listFiles(part.dir, '') });
    walked += 1;
  }
  const result = whole ? await mergeWhole(parts, listings, out) : await mergeChanges(parts, listings, out, last!);
  await writeFile(`${recordFile}.tmp`, JSON.stringify({ out, parts: listings } satisfies MergeRecord));
  await rename(`${recordFile}.tmp`, recordFile);
  return { whole, walked, ...result };
}

async function mergeWhole(
  parts: readonly BuiltPart[],
  listings: readonly PartListing[],
  out: string,
): Promise<Omit<MergeResult, 'whole' | 'walked'>> {
  const merging = `${out}.merging`;
  await rm(merging, { recursive: true, force: true });
  const winner = [...winners(listings)];
  await makeFolders(
    merging,
    winner.map(([path]) => path),
  );
  await inBatches(winner, ([path, index]) => link(join(parts[index]!.dir, path), join(merging, path)));
  await rm(out, { recursive: true, force: true });
  await rename(merging, out);
  return { linked: winner.length, removed: 0 };
}

async function mergeChanges(
  parts: readonly BuiltPart[],
  listings: readonly PartListing[],
  out: string,
  last: MergeRecord,
): Promise<Omit<MergeResult, 'whole' | 'walked'>> {
  const steps = planMerge(last.parts, listings);
  const stale: [string, number][] = [...steps.link];
  await inBatches(steps.compare, async ([path, index]) => {
    const [theirs, ours] = await Promise.all([
      lstat(join(parts[index]!.dir, path)),
      lstat(join(out, path)).catch(() => undefined),
    ]);
    if (ours?.ino !== theirs.ino || ours.dev !== theirs.dev) stale.push([path, index]);
  });
  await makeFolders(
    out,
    stale.map(([path]) => path),
  );
  await inBatches(stale, async ([path, index]) => {
    const target = join(out, path);
    await link(join(parts[index]!.dir, path), `${target}.merging`);
    await rename(`${target}.merging`, target);
  });
  await inBatches(steps.remove, (path) => unlink(join(out, path)).catch(unless('ENOENT')));
  await removeEmptyFolders(out, steps.remove);
  return { linked: stale.length, removed: steps.remove.length };
}

/** Removes the folders that removing `paths` emptied, deepest first; a folder still holding a file stays. */
async function removeEmptyFolders(root: string, paths: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const path of paths) {
    for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) folders.add(folder);
  }
  const deepestFirst = [...folders].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const folder of deepestFirst) await rmdir(join(root, folder)).catch(unless('ENOTEMPTY', 'EEXIST', 'ENOENT'));
}

/** A rejection handler that lets the errors of `codes` pass (the file-system state wanted is there) and throws any other. */
function unless(...codes: string[]): (error: NodeJS.ErrnoException) => void {
  return (error) => {
    if (!codes.includes(error.code ?? '')) throw error;
  };
}
