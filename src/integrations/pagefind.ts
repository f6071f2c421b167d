import { readdir, readFile, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexCopy } from '../lib/search/index-copy.ts';

export interface PagefindIndexOptions {
  /**
   * Index each `đ` word under its `d` spelling too, so `duoc` finds `được`. Off only to
   * measure what it costs (`npm run bench:search`).
   */
  dSpellings?: boolean;
}

/** Pages read and handed to Pagefind at once: enough to keep its indexer busy. */
const IN_FLIGHT = 32;

/**
 * Indexes the built site with Pagefind's Node API as the last step of `astro build`, so
 * `dist/` is never without its search index.
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await indexSite(fileURLToPath(dir), options);
        logger.info(`Pagefind indexed ${pages} pages; the index is in pagefind/`);
      },
    },
  };
}

/**
 * Writes `pagefind/` afresh for a built site. Only pages with a `data-pagefind-body` element
 * (articles) are indexed, and only that element, never menus or footers.
 */
export async function indexSite(outDir: string, options: PagefindIndexOptions = {}): Promise<{ pages: number }> {
  const dSpellings = options.dSpellings !== false;
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'vi' });
    const { index } = created;
    if (!index) throw new Error(created.errors.join('\n'));
    const files = (await readdir(outDir, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
    let pages = 0;
    for (let from = 0; from < files.length; from += IN_FLIGHT) {
      const batch = files.slice(from, from + IN_FLIGHT);
      const copies = await Promise.all(
        batch.map(async (path) => indexCopy(await readFile(join(outDir, path), 'utf8'), { dSpellings })),
      );
      // Handed over in file order, whatever order the reads finished in: the index is the same on every build.
      const added = await Promise.all(
        batch.map((path, at) => {
          const content = copies[at];
          return content && index.addHTMLFile({ url: urlOf(path), content }).then((result) => ({ path, result }));
        }),
      );
      for (const page of added) {
        if (!page) continue;
        if (page.result.errors.length > 0) throw new Error(`${page.path}: ${page.result.errors.join('\n')}`);
        pages += 1;
      }
    }
    const outputPath = join(outDir, 'pagefind');
    // Pagefind adds its files beside whatever is there; an index written over an older one would keep its files.
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return { pages };
  } finally {
    await pagefind.close();
  }
}

/** `bai-viet/a/index.html` → `/bai-viet/a/`, the address the page is served at. */
function urlOf(path: string): string {
  return `/${path.split(sep).join('/')}`.replace(/index\.html$/, '');
}
