import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

const DUMPS = [
  'hostile-01-markup-in-body.txt',
  'hostile-02-own-front-matter.txt',
  'hostile-03-markdown-line-starts.txt',
];
const MARKUP_ARTICLE = '/bai-viet/cong-an-tinh-canh-bao-tin-nhan-chua-ma-doc-gia-mao-co-quan-nha-nuoc/';

let work: string;
let site: BuiltSite;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hostile-'));
  for (const dump of DUMPS) await cp(join('tests/fixtures/dumps', dump), join(work, 'raw', dump));
  const articles = join(work, 'articles');
  const convert = spawnSync(process.execPath, ['scripts/convert.ts', '--in', join(work, 'raw'), '--out', articles], {
    encoding: 'utf8',
  });
  if (convert.status !== 0) throw new Error(convert.stderr);
  site = await openBuiltSite({ articlesDir: articles });
}, 180_000);

afterAll(async () => {
  await site?.close();
  await rm(work, { recursive: true, force: true });
});

describe('hostile text in a dump, converted and built', () => {
  it('shows markup as the literal words, runs nothing and links nowhere', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(site.url + MARKUP_ARTICLE);
    expect(response?.status()).toBe(200);

    const text = await page.locator('article').innerText();
    expect(text).toContain('<script>alert(1)</script> là ví dụ đoạn mã');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('[bấm vào đây](javascript:alert(1))');
    expect(text).toContain('{{ template }} hoặc {% raw %}');
    const injected = await page.locator('article script, article img, article a[href^="javascript:"]').count();
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('never lets a dump’s own front matter become the article’s', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    const titles = await page.locator('main h2 a, main h3 a').allTextContents();
    expect(titles).not.toContain('Tiêu đề giả');
    expect(titles.length).toBeGreaterThanOrEqual(DUMPS.length);
    await page.close();
  });

  it('keeps markdown syntax at the start of a line as text, not headings, lists or quotes', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    const hrefs = await page
      .locator('main a[href^="/bai-viet/"]')
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
    expect(hrefs).toHaveLength(DUMPS.length);
    for (const href of hrefs) {
      await page.goto(site.url + href);
      expect(await page.locator('article .body :is(h1, h2, h3, h4, h5, h6, ul, ol, blockquote, hr, pre)').count()).toBe(
        0,
      );
    }
    await page.close();
  });
});
