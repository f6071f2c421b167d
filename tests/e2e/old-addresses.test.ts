import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

const SEED_ARTICLE = 'tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018';
const OLD_ADDRESSES = ['/tin-tuc/thoi-su/tinh-binh-phuoc-tong-ket-cong-tac-dan-van-5.html', '/news/123/'];

let work: string;
let site: BuiltSite;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'aliases-'));
  const file = join(work, `${SEED_ARTICLE}.md`);
  await cp(`content/articles/${SEED_ARTICLE}.md`, file);
  const aliases = OLD_ADDRESSES.map((alias) => `  - "${alias}"`).join('\n');
  await writeFile(file, (await readFile(file, 'utf8')).replace('legacy:', `aliases:\n${aliases}\nlegacy:`));
  site = await openBuiltSite({ articlesDir: work });
}, 180_000);

afterAll(async () => {
  await site?.close();
  await rm(work, { recursive: true, force: true });
});

describe('an article that lists its old portal addresses', () => {
  it.each(OLD_ADDRESSES)('is reached from the old address %s', async (address) => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url + address);
    expect(response?.status()).toBe(200);
    await page.waitForURL(`**/bai-viet/${SEED_ARTICLE}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tỉnh Bình Phước tổng kết công tác dân vận năm 2018');
    await page.close();
  });

  it('lists its old addresses as permanent redirects for CDNs that read _redirects, and not in the sitemap', async () => {
    const redirects = await readFile(join(site.outDir, '_redirects'), 'utf8');
    for (const address of OLD_ADDRESSES) expect(redirects).toContain(`${address} /bai-viet/${SEED_ARTICLE}/ 301\n`);
    const sitemap = await readFile(join(site.outDir, 'sitemap-0.xml'), 'utf8');
    for (const address of OLD_ADDRESSES) expect(sitemap).not.toContain(address);
  });
});
