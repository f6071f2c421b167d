import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleIdOf } from './lib/article/article-id.ts';
import { articleSchemaFor } from './lib/article/schema.ts';
import { categories } from './data/settings.ts';
import { rendersArticleOf } from './data/site-part.ts';
import { bodiesOutsideStore } from './loaders/bodies-outside-store.ts';

/**
 * Every `.md` under `content/articles/`, at any depth. An article's id is its file name,
 * which is also its URL, so editors may sort files into folders without moving pages.
 * `ARTICLES_DIR` points the build at another folder: the browser tests build sites of
 * their own fixtures with it. A build of one part of a large archive renders only that
 * part's articles (src/data/site-part.ts).
 */
const articles = defineCollection({
  loader: bodiesOutsideStore(
    glob({
      pattern: '**/*.md',
      base: process.env.ARTICLES_DIR ?? './content/articles',
      generateId: ({ entry }) => articleIdOf(entry),
      // Pages use the rendered HTML only. Keeping each article's markdown too doubles the data
      // store that every build serialises and compiles: 20 s of a 10 000-article build.
      retainBody: false,
    }),
    // The front matter as written: `npm run check` has already refused a date that does not parse.
    (data) => rendersArticleOf(new Date(data.date as string)),
  ),
  schema: ({ image }) =>
    articleSchemaFor(
      categories.map((category) => category.slug),
      image(),
    ),
});

export const collections = { articles };
