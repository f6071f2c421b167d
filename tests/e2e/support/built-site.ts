import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serveStatic } from './static-server.ts';

/** A freshly built site, served on 127.0.0.1, and a browser to read it with. */
export interface BuiltSite {
  url: string;
  outDir: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openBuiltSite(options: { articlesDir?: string } = {}): Promise<BuiltSite> {
  const outDir = await buildSite(options);
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  return {
    url: server.url,
    outDir,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
