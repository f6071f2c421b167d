import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { articleBudgetProblems, linkedScripts, linkedStylesheets, weighPage } from '../../src/lib/site/page-weight.ts';
import { buildSite } from './support/build-site.ts';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';
import { axeViolations } from './support/axe.ts';

/** WCAG 2.2 AA, as axe-core tags its rules. */

let site: BuiltSite;
let pages: string[];

beforeAll(async () => {
  site = await openBuiltSite();
  pages = await listFiles(site.outDir, '.html');
}, 180_000);

afterAll(() => site?.close());

/** Every link, stylesheet, script and image a page points at on the site itself. */
function internalReferences(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const { href, src } = child.properties;
      for (const url of [href, src]) {
        if (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')) found.push(url);
      }
      visit(child);
    }
  };
  visit(tree);
  return found;
}

/** Where a CDN would find a URL's file in the built site: `/a/` → `a/index.html`. */
function fileFor(url: string): string {
  const path = join(site.outDir, decodeURIComponent(url.replace(/[?#].*$/, '')));
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
}

describe('the whole built site', () => {
  it('has no HTML validation error on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(site.outDir, page));
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${page}:${message.line}: ${message.message} (${message.ruleId})`);
      }
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('has no broken internal link, stylesheet, script or image on any page', async () => {
    const parser = unified().use(rehypeParse);
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const tree = parser.parse(await readFile(join(site.outDir, page), 'utf8'));
      for (const url of internalReferences(tree)) {
        checked++;
        if (!existsSync(fileFor(url))) broken.push(`${page} → ${url}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('has no WCAG 2.2 AA violation found by axe-core on any page, in light or dark mode', async () => {
    const sitemap = await readFile(join(site.outDir, 'sitemap-0.xml'), 'utf8');
    const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1]!);
    // The search page is checked with results on it, and the 404 page is not in the sitemap.
    paths.push('/tim-kiem/?q=dan+van', '/404.html');
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as an inline script, which the site's own CSP rightly refuses.
      const page = await site.browser.newPage({ colorScheme, bypassCSP: true });
      for (const path of paths) {
        await page.goto(site.url + path);
        if (path.includes('?q=')) await page.locator('.search-result').first().waitFor();
        const found = await axeViolations(page);
        violations.push(...found.map((violation) => `${colorScheme} ${path}: ${violation}`));
      }
      await page.close();
    }
    expect(paths.length).toBeGreaterThan(10);
    expect(violations).toEqual([]);
  }, 120_000);

  it('keeps every article page within its budget: 25 KB as a CDN sends it, no script but the share module, no web font', async () => {
    const articles = pages.filter((page) => page.startsWith('bai-viet/'));
    expect(articles.length).toBeGreaterThan(0);
    const read = (href: string) => readFile(fileFor(href), 'utf8');
    for (const page of articles) {
      const html = await readFile(join(site.outDir, page), 'utf8');
      const css = await Promise.all(linkedStylesheets(html).map(read));
      const js = await Promise.all(linkedScripts(html).map(read));
      const weight = weighPage(html, css, js);
      expect(articleBudgetProblems(weight), page).toEqual([]);
      expect(weight.scripts, page).toHaveLength(1);
    }
  });

  it('is byte for byte the same when built again', async () => {
    const digest = async (dir: string) => {
      const files = await listFiles(dir, '');
      const hashes = await Promise.all(
        files.map(
          async (file) =>
            `${file} ${createHash('sha256')
              .update(await readFile(join(dir, file)))
              .digest('hex')}`,
        ),
      );
      return hashes;
    };
    const again = await buildSite();
    try {
      const [first, second] = await Promise.all([digest(site.outDir), digest(again)]);
      expect(first.length).toBeGreaterThan(20);
      expect(second).toEqual(first);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, 180_000);
});
