// @ts-check
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { keptSite } from './src/integrations/kept-site.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { bodyPhotos } from './src/lib/markdown/body-photos.ts';
import { parseSite } from './src/lib/settings/parse-settings.ts';

const site = parseSite(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: site.url,
  // Builds that run side by side (the browser tests build several fixture sites) each
  // need their own content cache; by default it lives in node_modules/.astro.
  ...(process.env.ASTRO_CACHE_DIR && { cacheDir: process.env.ASTRO_CACHE_DIR }),
  trailingSlash: 'always',
  build: {
    // One stylesheet file, named by its content's hash and cached for a year: a reader
    // downloads it once for the whole site instead of 7 KB again inside every page, and an
    // archive of 50 000 articles keeps 350 MB of copies out of dist/.
    inlineStylesheets: 'never',
    // Pages render a few at once: while one waits for its files to be read and written, the
    // next renders. 10 000 articles render in 24-28 s instead of 31-32 s (docs/performance.md).
    concurrency: 6,
  },
  vite: {
    build: {
      // Scripts go in their own hashed, cached file, never inlined: the share buttons' 0.6 KB
      // would otherwise be copied into each of 50 000 article pages, and the pages' policy
      // allows no script written into a page. Other assets: Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // `ShareLinks.Bu6ve4Wa.js`, not Astro's `ShareLinks.astro_astro_type_script_index_0_lang.Bu6ve4Wa.js`:
              // every article page names the file.
              entryFileNames: ({ name }) => `_astro/${name.split('.')[0]}.[hash].js`,
            },
          },
        },
      },
    },
  },
  image: {
    // Photos in an article's body get a srcset and sizes too, so a phone downloads a phone-sized file.
    layout: 'constrained',
  },
  markdown: {
    // Articles keep the punctuation their reporters typed: no "smart" quotes added. A photo in
    // the body is printed as a captioned figure.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [bodyPhotos] }),
    // News carries no code blocks, and Shiki's inline styles would break the pages'
    // Content-Security-Policy (PAGE_POLICY in src/lib/security/content-security-policy.ts).
    syntaxHighlight: false,
  },
  integrations: [
    publishingMode(),
    // SEARCH_D_SPELLINGS=off builds the index without them, to measure what they cost.
    pagefindIndex({ dSpellings: process.env.SEARCH_D_SPELLINGS !== 'off' }),
    // The pages' Content-Security-Policy (src/layouts/BaseLayout.astro), copied from the built
    // pages into dist/_headers for CDNs that send it as a header.
    securityHeaders(),
    // Last: a build over the last build's site renders only the pages whose articles changed;
    // the search index above reads from it which pages the site has.
    keptSite(),
  ],
});
