import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The benchmark's yardstick: the smallest Astro 7 site a developer would start from for the
 * same articles (Astro's defaults, its Sätteri markdown, a glob collection, one page per
 * article with its body rendered, and one listing), indexed by Pagefind's own CLI. It runs
 * on the project's own installed Astro and Pagefind (`node_modules` linked in), so the two
 * builds differ only by what the project adds.
 */
const FILES: Record<string, string> = {
  'package.json': '{ "name": "minimal-astro-site", "private": true, "type": "module" }\n',
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://example.org',
  cacheDir: process.env.ASTRO_CACHE_DIR,
  vite: { cacheDir: process.env.ASTRO_CACHE_DIR + '/vite' },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.ARTICLES_DIR }) }),
};
`,
  'src/pages/bai-viet/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.date}</p><Content /></main></body>
</html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const articles = (await getCollection('articles')).sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)));
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>Tin tức</title></head>
  <body><ul>{articles.map((entry) => <li><a href={\`/bai-viet/\${entry.id}/\`}>{entry.data.title}</a></li>)}</ul></body>
</html>
`,
};

/** Writes the minimal site into `dir` (new), its `node_modules` a link to the project's. */
export async function writeMinimalSite(dir: string, projectRoot: string): Promise<void> {
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
