import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { load } from 'js-yaml';
import { articleIdOf } from '../article/article-id.ts';
import { FRONT_MATTER_BLOCK } from '../article/front-matter.ts';
import type { ArticleFrontMatter } from '../article/schema.ts';

/** An article as the build plans with it: its id, its front matter, and a digest of its whole file. */
export interface CatalogArticle {
  id: string;
  digest: string;
  data: ArticleFrontMatter;
}

/**
 * An article file read for planning the build, outside Astro: the front matter read by the
 * YAML reader Astro's content collection uses (js-yaml, 4× faster here than `yaml`, which
 * `npm run check` keeps for its line-exact messages) and validated with the collection's
 * schema, and a digest that changes with any byte of the file. Throws, naming the file,
 * for one `npm run check` would refuse.
 */
export function catalogArticleOf(file: string, text: string, schema: z.ZodType<ArticleFrontMatter>): CatalogArticle {
  const yaml = FRONT_MATTER_BLOCK.exec(text)?.[2];
  let data: unknown;
  try {
    data = yaml === undefined ? undefined : (load(yaml) ?? {});
  } catch (error) {
    throw new Error(
      `${file}: front matter that YAML cannot read (${(error as Error).message}); npm run check says more`,
    );
  }
  const result = data === undefined ? undefined : schema.safeParse(data);
  if (!result?.success) {
    throw new Error(
      `${file}: ${result ? result.error.issues[0]!.message : 'no front matter'}; npm run check says more`,
    );
  }
  return { id: articleIdOf(file), digest: createHash('sha1').update(text).digest('base64url'), data: result.data };
}
