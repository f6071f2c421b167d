import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  codeFingerprint,
  fileOfRoute,
  PageKeys,
  removedRoutes,
  takePageKeys,
  type KeptSite,
} from '../lib/build/kept-pages.ts';

/** The file, in Astro's cache, that describes the site the last build left in its outDir. */
const MANIFEST = 'kept-site.json';

/** What a page can depend on besides the articles: the code, what it serves as is, the settings. */
const CODE_FOLDERS = ['src', 'public', 'content'];
const CODE_FILES = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/**
 * The shared images folder is content, like the articles: a page showing one of its photos is
 * rendered again when its article changes, as for a photo beside its article. As code, every
 * photo added (an imported portal brings one or more an article) would build every page
 * again, and every build would read the whole library to fingerprint it.
 */
const SHARED_IMAGES = 'content/images';

/** The environment that changes what pages a build makes (src/data/site-part.ts, content.config.ts). */
const BUILD_OPTIONS = ['ARTICLES_DIR', 'SITE_PARTS', 'SITE_PART'];

/**
 * Builds over the site the last build left (what CI keeps between runs, with Astro's
 * cache) instead of from nothing, rendering only the pages whose key changed.
 *
 * Every page that can come and go declares a key in `getStaticPaths` (`rendersPage`): a
 * hash of every article it shows. When the code, the settings and the outDir are the ones
 * the kept site was built with, a page whose key is unchanged is left as it is on disk, not
 * rendered and not copied; pages the site no longer has are removed. Any other build
 * empties the outDir and renders everything. The description of the kept site is removed
 * when a build starts and written when it ends, so a build stopped halfway is followed by
 * a build from nothing.
 */
export function keptSite(): AstroIntegration {
  let manifest = '';
  let code = '';
  let outDir = '';
  let kept: KeptSite | undefined;
  let keys: PageKeys | undefined;
  return {
    name: 'kept-site',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        outDir = resolve(fileURLToPath(config.outDir));
        manifest = join(fileURLToPath(config.cacheDir), MANIFEST);
        const articles = resolve(root, process.env.ARTICLES_DIR ?? 'content/articles');
        code = codeFingerprint(
          await codeFiles(root, articles),
          Object.fromEntries(
            BUILD_OPTIONS.map((name) => [name, name === 'ARTICLES_DIR' ? articles : process.env[name]]),
          ),
        );
        const last = await readFile(manifest, 'utf8').then(
          (text) => JSON.parse(text) as KeptSite,
          () => undefined,
        );
        if (last?.code === code && last.outDir === outDir && existsSync(join(outDir, 'index.html'))) {
          kept = last;
          updateConfig({ vite: { build: { emptyOutDir: false } } });
          logger.info(`Building over the last build's site in ${outDir}: pages whose articles did not change are kept`);
        } else if (last) {
          logger.info('Building every page: the code, the settings or the site folder changed since the last build');
        }
      },
      'astro:build:start': async () => {
        await rm(manifest, { force: true });
        keys = new PageKeys(kept);
        takePageKeys(keys);
      },
      'astro:build:done': async ({ logger }) => {
        takePageKeys(undefined);
        const removed = kept ? removedRoutes(kept, keys!.keys) : [];
        for (const route of removed) await removePage(outDir, fileOfRoute(route));
        const description: KeptSite = { code, outDir, keys: Object.fromEntries(keys!.keys) };
        await writeFile(`${manifest}.tmp`, JSON.stringify(description));
        await rename(`${manifest}.tmp`, manifest);
        logger.info(
          `${keys!.keys.size} pages with articles: ${keys!.keptCount} kept from the last build, ` +
            `${keys!.keys.size - keys!.keptCount} rendered, ${removed.length} removed`,
        );
      },
    },
  };
}

/** Every file of the code and settings, by its path from the project's root; the articles' and the shared images' folders left out. */
export async function codeFiles(root: string, articles: string): Promise<[string, Buffer][]> {
  const content = [articles, join(root, SHARED_IMAGES)].map((folder) => `${folder}/`);
  const paths = CODE_FILES.filter((file) => existsSync(join(root, file)));
  for (const folder of CODE_FOLDERS) {
    const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isFile() && !content.some((prefix) => `${path}/`.startsWith(prefix))) paths.push(relative(root, path));
    }
  }
  return Promise.all(paths.map(async (path): Promise<[string, Buffer]> => [path, await readFile(join(root, path))]));
}

/** Removes a page's file, and the folders it leaves empty. */
async function removePage(outDir: string, file: string): Promise<void> {
  await rm(join(outDir, file), { force: true });
  for (let folder = dirname(join(outDir, file)); folder.startsWith(`${outDir}/`); folder = dirname(folder)) {
    if ((await readdir(folder).catch(() => [''])).length > 0) break;
    await rmdir(folder);
  }
}
