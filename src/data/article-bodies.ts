import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Where the content loader keeps each rendered article's HTML (src/loaders/bodies-outside-store.ts):
 * in Astro's cache, the folder CI keeps between builds, beside the content store and not in it.
 */
export const ARTICLE_BODIES_DIR = resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'article-bodies');

/** The name, in that folder, of the HTML of the article whose file has `digest`. */
export function articleBodyName(digest: string | number | undefined): string {
  return `${digest ?? ''}.html`;
}

/** The file holding the HTML of the article whose file has `digest`. */
export function articleBodyFile(digest: string | number | undefined): string {
  return join(ARTICLE_BODIES_DIR, articleBodyName(digest));
}

/** An article's rendered HTML, as the content loader kept it when the article last changed. */
export async function readArticleBody(article: { id: string; digest?: string | number | undefined }): Promise<string> {
  if (article.digest === undefined) throw new Error(`${article.id}: the content store has no digest for it`);
  try {
    return await readFile(articleBodyFile(article.digest), 'utf8');
  } catch (error) {
    throw new Error(
      `${article.id}: its rendered text is missing from ${ARTICLE_BODIES_DIR}; remove Astro's cache folder and build again`,
      { cause: error },
    );
  }
}
