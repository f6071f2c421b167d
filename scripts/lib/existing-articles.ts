import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { articleIdOf } from '../../src/lib/article/article-id.ts';
import { listFiles } from './files.ts';

/**
 * The articles already in a folder, by where they came from (`legacy.file`, the raw dump
 * the converter read; `legacy.id`, the database row the importer read), so a renamed
 * article still counts as made; every name in use; and the articles whose front matter
 * cannot be read (what they came from cannot be known).
 */
export async function readExistingArticles(outDir: string, origin: 'file' | 'id') {
  const byLegacy = new Map<string, string>();
  const names = new Set<string>();
  const unreadable: string[] = [];
  const paths = await listFiles(outDir, '.md').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const path of paths) {
    names.add(articleIdOf(path));
    try {
      // Options given, so gray-matter does not keep every article it reads in its cache.
      const { data } = matter(await readFile(join(outDir, path), 'utf8'), {});
      const from = (data as { legacy?: Record<string, unknown> }).legacy?.[origin];
      if (typeof from === 'string') byLegacy.set(from, path);
    } catch (error) {
      unreadable.push(
        `${join(outDir, path)}: lỗi: front matter không đọc được: ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }
  return { byLegacy, names, unreadable };
}
