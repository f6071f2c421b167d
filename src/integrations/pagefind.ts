import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API as the last step of `astro build`, so
 * `dist/` is never without its search index. Only elements marked `data-pagefind-body`
 * (the article itself) are indexed, never menus or footers.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'vi' });
          if (!created.index) throw new Error(created.errors.join('\n'));
          const added = await created.index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await created.index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Pagefind read ${added.page_count} pages; the index is in pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
