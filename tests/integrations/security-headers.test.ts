import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { securityHeaders } from '../../src/integrations/security-headers.ts';
import { renderedPages } from '../../src/lib/build/rendered-pages.ts';

const POLICY = "default-src 'self';script-src 'self' 'sha256-AAA=';style-src 'self' 'sha256-BBB=';";
const TEMPLATE = '# Headers\n/*\n  X-Content-Type-Options: nosniff\n';

let outDir: string;

beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'security-headers-'));
});

afterEach(() => rm(outDir, { recursive: true, force: true }));

async function write(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), content);
  }
}

const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

/** A build whose `_headers` is `headers` (none when undefined) and which renders `pages` (address → HTML). */
async function build(headers: string | undefined, pages: Record<string, string>): Promise<void> {
  if (headers !== undefined) await write({ _headers: headers });
  const { hooks } = securityHeaders();
  await (hooks['astro:build:start'] as () => Promise<void>)();
  let failure: unknown;
  try {
    for (const [url, html] of Object.entries(pages)) for (const taker of renderedPages()) taker.add(url, html);
  } catch (error) {
    failure = error;
  }
  // The build's end runs even after a failed page here, so the next test starts with no taker left; the first error is the one expected.
  await (hooks['astro:build:done'] as (options: object) => Promise<void>)({
    dir: pathToFileURL(`${outDir}/`),
    logger,
  }).catch((error: unknown) => (failure ??= error));
  if (failure) throw failure;
}

function page(policy: string): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
}

describe('securityHeaders', () => {
  it('adds the rendered pages’ policy and frame-ancestors to the /* rule of _headers, leaving no temporary file', async () => {
    await build(TEMPLATE, {
      '/': page(POLICY),
      '/bai-viet/a/': page(POLICY),
      '/tin-tuc/bai-1.html': '<!doctype html><meta http-equiv="refresh" content="0; url=/bai-viet/a/">',
    });
    await expect(readFile(join(outDir, '_headers'), 'utf8')).resolves.toBe(
      `${TEMPLATE}  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-BBB='; frame-ancestors 'none'\n`,
    );
    expect((await readdir(outDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('fails, naming the pages, and leaves _headers alone when the pages disagree', async () => {
    await expect(
      build(TEMPLATE, { '/': page(POLICY), '/tim-kiem/': page(`${POLICY}connect-src 'self'`) }),
    ).rejects.toThrow(/different Content-Security-Policies[\s\S]*tim-kiem/);
    await expect(readFile(join(outDir, '_headers'), 'utf8')).resolves.toBe(TEMPLATE);
  });

  it('fails when public/_headers sets a policy of its own', async () => {
    await expect(build(`${TEMPLATE}  Content-Security-Policy: default-src *\n`, { '/': page(POLICY) })).rejects.toThrow(
      /^public\/_headers: Content-Security-Policy is already set for \/\*\. The Content-Security-Policy is added by the build/,
    );
  });

  it('fails when public/_headers is gone', async () => {
    await expect(build(undefined, { '/': page(POLICY) })).rejects.toThrow('_headers is missing from the build');
  });

  it('fails on a page it cannot read a policy from, naming it', async () => {
    await expect(build(TEMPLATE, { '/': page(POLICY).replace('</head>', `${page(POLICY)}</head>`) })).rejects.toThrow(
      '/: 2 Content-Security-Policy <meta>',
    );
  });
});
