import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { ContentFiles, SourceFile } from '../../src/lib/check/check-content.ts';
import { listFiles, readTexts } from './files.ts';

/** A path as the check names it to editors, and as its pure code joins it: with `/`. */
const shown = (...parts: string[]) =>
  join(...parts)
    .split(sep)
    .join('/');

export const articlesDirOf = (contentDir: string) => shown(contentDir, 'articles');

/**
 * The markdown files of an articles folder, relative to it, as the content collection's
 * glob sees them (it skips hidden files and folders), with the `.MD` and `.markdown`
 * files it would skip too, for the check to name.
 */
export async function listArticleFiles(articlesDir: string): Promise<string[]> {
  const files = await listFiles(articlesDir, ['.md', '.markdown']).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return files.filter((path) => !path.split('/').some((segment) => segment.startsWith('.')));
}

async function readSource(path: string): Promise<SourceFile> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return { path, text };
}

/** A content folder (articles/, categories.yaml, site.yaml) as `checkContent` reads it. */
export async function readContent(contentDir: string): Promise<ContentFiles> {
  const articlesDir = articlesDirOf(contentDir);
  const paths = (await listArticleFiles(articlesDir)).map((file) => shown(articlesDir, file));
  // A batch at a time: 100 000 files opened at once exhaust the open-file limit (EMFILE).
  const texts = await readTexts(paths);
  const articles = paths.map((path, at) => ({ path, text: texts[at]! }));
  const [categories, site] = await Promise.all([
    readSource(shown(contentDir, 'categories.yaml')),
    readSource(shown(contentDir, 'site.yaml')),
  ]);
  return { articles, categories, site };
}

/** Whether a file, not a folder, is at `path`. */
export function fileExists(path: string): boolean {
  try {
    // A missing file answers `undefined`: an error made for each, with its stack, cost more than the look-up.
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
