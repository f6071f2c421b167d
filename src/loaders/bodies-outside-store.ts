import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ARTICLE_BODIES_DIR, articleBodyFile, articleBodyName } from '../data/article-bodies.ts';

/** Astro hands its loaders this too, though `LoaderContext` does not declare it; the glob loader renders through it. */
type GlobContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * Wraps a loader so that it keeps every entry's data in the content store but each rendered
 * entry's HTML in a file of its own (src/data/article-bodies.ts), and renders only the
 * entries `renders` accepts.
 *
 * Astro compiles the whole content store into the build's bundle and loads it before any
 * page renders: with 10 000 articles' HTML in it that was 55 MB of JavaScript, compiled on
 * every build even when one page is rendered. Kept apart, a page reads only its own
 * article's HTML. A build of one part of a large archive (src/data/site-part.ts) renders
 * only that part's articles, while knowing the whole archive for lists and related articles.
 */
export function bodiesOutsideStore(loader: Loader, renders: (data: Record<string, unknown>) => boolean): Loader {
  return {
    ...loader,
    load: async (context) => {
      const { entryTypes, store } = context as GlobContext;
      await mkdir(ARTICLE_BODIES_DIR, { recursive: true });
      const kept = new Set(await readdir(ARTICLE_BODIES_DIR));
      // An unchanged file's entry is kept as stored and not rendered again: its HTML must still be there.
      for (const [id, entry] of store.entries()) {
        if (entry.rendered && !kept.has(articleBodyName(entry.digest))) store.delete(id);
      }
      const selective = new Map(
        [...entryTypes].map(([extension, type]): [string, ContentEntryType] => {
          const { getRenderFunction } = type;
          if (!getRenderFunction) return [extension, type];
          return [
            extension,
            {
              ...type,
              getRenderFunction: async (config) => {
                const render = await getRenderFunction.call(type, config);
                return async (entry) => {
                  // Astro stores an entry whose render gave nothing as its data alone.
                  if (!renders(entry.data)) return undefined!;
                  const rendered = await render(entry);
                  const file = articleBodyFile(entry.digest);
                  await writeFile(`${file}.tmp`, rendered.html);
                  await rename(`${file}.tmp`, file);
                  return { ...rendered, html: '' };
                };
              },
            },
          ];
        }),
      );
      await loader.load({ ...context, entryTypes: selective } as GlobContext);
      // The HTML of files since edited or removed: nothing reads it again.
      const used = new Set(store.entries().map(([, entry]) => articleBodyName(entry.digest)));
      for (const name of await readdir(ARTICLE_BODIES_DIR)) {
        if (!used.has(name)) await rm(join(ARTICLE_BODIES_DIR, name), { force: true });
      }
    },
  };
}
