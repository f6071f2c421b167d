import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** Every file under `root` whose name ends with one of `extensions`, as sorted POSIX paths relative to `root`. */
export async function listFiles(root: string, extensions: string | readonly string[]): Promise<string[]> {
  const endings = typeof extensions === 'string' ? [extensions] : extensions;
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && endings.some((ending) => entry.name.toLowerCase().endsWith(ending)))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Files read at once: enough to keep the disk busy, far below the open-file limit (20 000 here) at 100 000 articles. */
const READ_BATCH = 64;

/** The text of each file of `paths`, in their order, read a batch at a time. */
export async function readTexts(paths: readonly string[]): Promise<string[]> {
  const texts: string[] = [];
  for (let at = 0; at < paths.length; at += READ_BATCH) {
    texts.push(...(await Promise.all(paths.slice(at, at + READ_BATCH).map((path) => readFile(path, 'utf8')))));
  }
  return texts;
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a
 * reader (or a crash) never sees half a file. Synchronous: the converter's main thread
 * does nothing but write while the workers parse, and handing each of thousands of small
 * writes to libuv's thread pool cost more than the writes.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  replaceAtomically(path, (temporary) => writeFileSync(temporary, content, { flag: 'wx' }));
}

/** A file copied the same way (the kernel copies it: no bytes pass through JavaScript). */
export function copyFileAtomic(from: string, to: string): void {
  replaceAtomically(to, (temporary) => copyFileSync(from, temporary, constants.COPYFILE_EXCL));
}

/**
 * Temporary names: random once per thread, then counted. Random bytes for each file were
 * a few per cent of an import's CPU time (OpenSSL asks the kernel for the process id each time).
 */
const temporaryPrefix = randomBytes(6).toString('hex');
let temporaryCount = 0;

function replaceAtomically(path: string, write: (temporary: string) => void): void {
  ensureDirectory(dirname(path));
  const temporary = `${path}.${temporaryPrefix}${(temporaryCount++).toString(36)}.tmp`;
  try {
    write(temporary);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Folders this process has made, so a run of 10 000 files into one folder asks the disk once. */
const madeDirectories = new Set<string>();

function ensureDirectory(path: string): void {
  if (madeDirectories.has(path)) return;
  mkdirSync(path, { recursive: true });
  madeDirectories.add(path);
}

/**
 * How much a folder holds, every level down: its files, their bytes, how many are HTML
 * pages, and its largest file (a POSIX path relative to `dir`).
 */
export async function folderSize(
  dir: string,
): Promise<{ files: number; bytes: number; pages: number; largest?: { path: string; bytes: number } }> {
  const size: { files: number; bytes: number; pages: number; largest?: { path: string; bytes: number } } = {
    files: 0,
    bytes: 0,
    pages: 0,
  };
  for (const path of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, path));
    if (!info.isFile()) continue;
    size.files += 1;
    size.bytes += info.size;
    if (path.endsWith('.html')) size.pages += 1;
    if (info.size > (size.largest?.bytes ?? -1)) size.largest = { path: path.split(sep).join('/'), bytes: info.size };
  }
  return size;
}
