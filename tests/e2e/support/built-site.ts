import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parseHeadersFile } from '../../../src/lib/security/headers-file.ts';
import { launchBrowser } from './browser.ts';
import { buildSite, type BuildOptions } from './build-site.ts';
import { serveStatic } from './static-server.ts';

/** A freshly built site, served on 127.0.0.1, and a browser to read it with. */
export interface BuiltSite {
  url: string;
  outDir: string;
  browser: Browser;
  close(): Promise<void>;
}

/** `sendHeaders` serves every path with the headers the built `_headers` gives it, as Cloudflare Pages and Netlify do. */
export async function openBuiltSite(options: BuildOptions & { sendHeaders?: boolean } = {}): Promise<BuiltSite> {
  const outDir = await buildSite(options);
  const headers = options.sendHeaders ? parseHeadersFile(await readFile(join(outDir, '_headers'), 'utf8')) : [];
  const server = await serveStatic(outDir, { headers });
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
