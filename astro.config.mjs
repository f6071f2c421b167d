// @ts-check
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { parseSite } from './src/lib/settings/parse-settings.ts';

const site = parseSite(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: site.url,
  // Builds that run side by side (the browser tests build several fixture sites) each
  // need their own content cache; by default it lives in node_modules/.astro.
  ...(process.env.ASTRO_CACHE_DIR && { cacheDir: process.env.ASTRO_CACHE_DIR }),
  trailingSlash: 'always',
  build: {
    // One small stylesheet: inlined, it costs less than the round trip that would block rendering.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Articles keep the punctuation their reporters typed: no "smart" quotes added.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  // The 404 page is for browsers that ask for a missing page, not for search engines.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefindIndex()],
});
