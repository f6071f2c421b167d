import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeFiles } from '../../src/integrations/kept-site.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kept-site-code-'));
});

afterEach(() => rm(root, { recursive: true, force: true }));

async function files(paths: string[]) {
  for (const path of paths) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), path);
  }
}

describe('the code a kept site was built with', () => {
  it('is the code and the settings, not the articles nor the photos of the shared images folder', async () => {
    await files([
      'astro.config.mjs',
      'src/pages/index.astro',
      'public/favicon.svg',
      'content/site.yaml',
      'content/categories.yaml',
      'content/articles/2019/bai-viet.md',
      'content/articles/2019/anh-canh-bai.jpg',
      // As npm run import:nukeviet files a portal's photos: a library of tens of thousands.
      'content/images/news/2019_10/hoi-nghi.jpg',
      'content/images/logo-doi-tac.png',
    ]);
    const code = await codeFiles(root, join(root, 'content/articles'));
    expect(code.map(([path]) => path).sort()).toEqual([
      'astro.config.mjs',
      'content/categories.yaml',
      'content/site.yaml',
      'public/favicon.svg',
      'src/pages/index.astro',
    ]);
  });
});
