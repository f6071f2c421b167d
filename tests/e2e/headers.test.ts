import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/security/content-security-policy.ts';
import { parseHeadersFile, type HeaderRule } from '../../src/lib/security/headers-file.ts';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

const SEED_ARTICLE = 'tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018';
const TITLE = 'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018';

/** The site as Cloudflare Pages or Netlify would serve it: every response with the headers of its dist/_headers. */
let site: BuiltSite;
let everyPath: HeaderRule;

beforeAll(async () => {
  site = await openBuiltSite({ sendHeaders: true });
  const rules = parseHeadersFile(await readFile(join(site.outDir, '_headers'), 'utf8'));
  expect(rules.map((rule) => rule.pattern)).toEqual(['/*']);
  everyPath = rules[0]!;
}, 180_000);

afterAll(() => site?.close());

/** A page that reports every Content-Security-Policy violation and uncaught error into `problems`. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  await page.exposeFunction('reportViolation', (violation: string) => problems.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.disposition})`,
      ),
    );
  });
  return { page, problems };
}

const articleLink = `a[href="/bai-viet/${SEED_ARTICLE}/"]`;

const PAGES: { name: string; path: string; works(page: Page): Promise<unknown> }[] = [
  { name: 'home', path: '/', works: (page) => page.locator(articleLink).first().waitFor() },
  {
    name: 'an article',
    path: `/bai-viet/${SEED_ARTICLE}/`,
    works: async (page) => expect(await page.locator('h1').textContent()).toBe(TITLE),
  },
  { name: 'a category', path: '/chuyen-muc/dan-van/', works: (page) => page.locator(articleLink).first().waitFor() },
  {
    name: 'search, with a query that finds the seed article',
    path: '/tim-kiem/?q=dan+van',
    // Results are there only once Pagefind's script has run and compiled its WebAssembly.
    works: (page) => page.locator(`.search-result ${articleLink}`).waitFor({ timeout: 10_000 }),
  },
];

describe('the site served with the headers of its _headers, as a CDN that reads the file sends them', () => {
  it.each(PAGES)('$name works, with no policy violated', async ({ path, works }) => {
    const { page, problems } = await watchedPage();
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(200);
    const sent = await response!.allHeaders();
    for (const { name, value } of everyPath.headers) expect(sent[name.toLowerCase()], name).toBe(value);
    const failure = await works(page).then(
      () => undefined,
      (error: unknown) => error,
    );
    // What the policies blocked comes first: it says why a page did not work.
    expect(problems).toEqual([]);
    if (failure) throw failure;
    // Every stylesheet applied (a blocked one has no sheet): the site's file is 'self' in both
    // policies, and an inlined one's hash would be too.
    const applied = await page.$$eval('style, link[rel="stylesheet"]', (sheets) =>
      sheets.map((sheet) => (sheet as HTMLStyleElement | HTMLLinkElement).sheet !== null),
    );
    expect(applied.length).toBeGreaterThan(0);
    expect(applied).not.toContain(false);
    await page.close();
  });

  it('reports what a policy blocks, so that no report above means nothing was blocked', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.url}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.head.append(script);
    });
    await expect.poll(() => problems).toContainEqual('script-src-elem blocked inline (enforce)');
    await expect(page.title()).resolves.not.toBe('injected');
    await page.close();
  });

  it('cannot be framed by another site: frame-ancestors, which only the header carries', async () => {
    const page = await site.browser.newPage();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refusals.push(message.text());
    });
    // A page of no origin of the site's (about:blank) that frames the home page.
    await page.setContent(`<iframe src="${site.url}/"></iframe>`);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    await expect(page.frames()[1]!.locator(articleLink).count()).resolves.toBe(0);
    await page.close();
  });
});

describe('dist/_headers', () => {
  it('is public/_headers with one line more: the pages’ own policy, and frame-ancestors', async () => {
    const template = await readFile('public/_headers', 'utf8');
    const built = await readFile(join(site.outDir, '_headers'), 'utf8');
    const added = built.split('\n').filter((line) => !template.split('\n').includes(line));
    expect(added).toHaveLength(1);
    expect(built.split('\n').filter((line) => !added.includes(line))).toEqual(template.split('\n'));

    const header = /^\s+Content-Security-Policy: (.*)$/.exec(added[0]!)?.[1];
    const html = await readFile(join(site.outDir, 'tim-kiem/index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(parsePolicy(header!)).toEqual([...parsePolicy(meta!), { name: 'frame-ancestors', values: ["'none'"] }]);
  });

  it('keeps the security headers the newsroom set in public/_headers', () => {
    const headers = new Map(everyPath.headers.map(({ name, value }) => [name.toLowerCase(), value]));
    const hsts = headers.get('strict-transport-security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
    expect(hsts).toMatch(/;\s*includeSubDomains\b/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort']) {
      expect(headers.get('permissions-policy')).toMatch(new RegExp(`(^|, )${feature}=\\(\\)`));
    }
    const policy = parsePolicy(headers.get('content-security-policy') ?? '');
    expect(policy.map(({ name }) => name)).toEqual(expect.arrayContaining(['default-src', 'script-src', 'style-src']));
    expect(policy.find(({ name }) => name === 'default-src')?.values).toEqual(["'self'"]);
    expect(policy.flatMap(({ values }) => values)).not.toContain("'unsafe-inline'");
  });
});
