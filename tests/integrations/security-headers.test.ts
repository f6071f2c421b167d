import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSecurityHeaders } from '../../src/integrations/security-headers.ts';

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

function page(policy: string): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
}

describe('writeSecurityHeaders', () => {
  it('adds the pages’ policy and frame-ancestors to the /* rule of _headers, leaving no temporary file', async () => {
    await write({
      _headers: TEMPLATE,
      'index.html': page(POLICY),
      'bai-viet/a/index.html': page(POLICY),
      'tin-tuc/bai-1.html': '<!doctype html><meta http-equiv="refresh" content="0; url=/bai-viet/a/">',
    });
    await expect(writeSecurityHeaders(outDir)).resolves.toEqual({ pages: 2, policy: expect.any(String) });
    await expect(readFile(join(outDir, '_headers'), 'utf8')).resolves.toBe(
      `${TEMPLATE}  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-BBB='; frame-ancestors 'none'\n`,
    );
    expect((await readdir(outDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('fails, naming the pages, and leaves _headers alone when the pages disagree', async () => {
    await write({
      _headers: TEMPLATE,
      'index.html': page(POLICY),
      'tim-kiem/index.html': page(`${POLICY}connect-src 'self'`),
    });
    await expect(writeSecurityHeaders(outDir)).rejects.toThrow(/different Content-Security-Policies[\s\S]*tim-kiem/);
    await expect(readFile(join(outDir, '_headers'), 'utf8')).resolves.toBe(TEMPLATE);
  });

  it('fails when public/_headers sets a policy of its own', async () => {
    await write({
      _headers: `${TEMPLATE}  Content-Security-Policy: default-src *\n`,
      'index.html': page(POLICY),
    });
    await expect(writeSecurityHeaders(outDir)).rejects.toThrow(
      /^public\/_headers: Content-Security-Policy is already set for \/\*\. The Content-Security-Policy is added by the build/,
    );
  });

  it('fails when public/_headers is gone', async () => {
    await write({ 'index.html': page(POLICY) });
    await expect(writeSecurityHeaders(outDir)).rejects.toThrow('_headers is missing from the build');
  });

  it('fails on a page it cannot read a policy from, naming it', async () => {
    await write({ _headers: TEMPLATE, 'index.html': page(POLICY).replace('</head>', `${page(POLICY)}</head>`) });
    await expect(writeSecurityHeaders(outDir)).rejects.toThrow('index.html: 2 Content-Security-Policy <meta>');
  });
});
