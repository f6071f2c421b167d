import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_BUDGET_BYTES,
  ARTICLE_SCRIPT_BUDGET_BYTES,
  articleBudgetProblems,
  linkedScripts,
  linkedStylesheets,
  weighPage,
  type PageWeight,
} from '../../../src/lib/site/page-weight.ts';

const html =
  '<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{}</script></head><body>x</body></html>';

describe('weighPage', () => {
  it('adds up the page, its stylesheets and its script files as gzip sends them', () => {
    const css = 'body{color:red}';
    expect(weighPage(html, [css]).transferred).toBe(gzipSync(html).length + gzipSync(css).length);
    const page = `${html}<script type="module" src="/_astro/s.js"></script>`;
    const js = 'console.log(1)';
    expect(weighPage(page, [css], [js]).transferred).toBe(
      gzipSync(page).length + gzipSync(css).length + gzipSync(js).length,
    );
  });

  it('lists the scripts the browser runs, not JSON-LD data, with the size of their code', () => {
    expect(weighPage(html, []).scripts).toEqual([]);
    const page = `${html}<script src="/a.js"></script><script type="module">let a = 1</script><script src="https://x.example/t.js"></script>`;
    expect(weighPage(page, [], ['alert(1)']).scripts).toEqual([
      { module: false, src: '/a.js', bytes: gzipSync('alert(1)').length },
      { module: true, src: undefined, bytes: gzipSync('let a = 1').length },
      { module: false, src: 'https://x.example/t.js', bytes: 0 },
    ]);
  });

  it('weighs what a returning reader downloads, the page alone, and the page as it lies on disk', () => {
    const weight = weighPage(`${html}<p>Bình Phước</p>`, ['body{color:red}']);
    expect(weight.returning).toBe(gzipSync(`${html}<p>Bình Phước</p>`).length);
    expect(weight.htmlBytes).toBe(html.length + '<p>Bình Phước</p>'.length + 4);
  });

  it('counts web fonts in the page and its stylesheets', () => {
    expect(weighPage(html, ['@font-face{font-family:x}']).fonts).toBe(1);
  });
});

describe('linkedStylesheets', () => {
  it('lists the stylesheets a page links', () => {
    expect(linkedStylesheets('<link rel="stylesheet" href="/a.css"><link rel="icon" href="/f.svg">')).toEqual([
      '/a.css',
    ]);
  });
});

describe('linkedScripts', () => {
  it('lists the script files of the site a page loads, not inline code or another site’s files', () => {
    const page =
      '<script type="module" src="/_astro/s.js"></script><script>1</script><script src="//cdn.example/a.js"></script>';
    expect(linkedScripts(page)).toEqual(['/_astro/s.js']);
  });
});

describe('articleBudgetProblems', () => {
  const share = { module: true, src: '/_astro/ShareLinks.abc.js', bytes: 400 };
  const weight = (overrides: Partial<PageWeight>): PageWeight => ({
    transferred: 10_000,
    returning: 6_000,
    htmlBytes: 11_000,
    scripts: [share],
    fonts: 0,
    ...overrides,
  });

  it('accepts a light page whose one script is a small module of the site, inline or in a file', () => {
    expect(articleBudgetProblems(weight({}))).toEqual([]);
    expect(articleBudgetProblems(weight({ scripts: [{ ...share, src: undefined }] }))).toEqual([]);
    expect(articleBudgetProblems(weight({ scripts: [] }))).toEqual([]);
  });

  it('names a page over its budget, and a web font', () => {
    expect(articleBudgetProblems(weight({ transferred: ARTICLE_BUDGET_BYTES + 1 }))).toHaveLength(1);
    expect(articleBudgetProblems(weight({ fonts: 1 }))).toHaveLength(1);
  });

  it('names any script but the share module: a second one, a classic one, another site’s, a heavy one', () => {
    expect(articleBudgetProblems(weight({ scripts: [share, share] }))).toEqual([
      "2 scripts; article pages run one, the share buttons' module",
    ]);
    expect(articleBudgetProblems(weight({ scripts: [{ ...share, module: false }] }))).toEqual([
      "/_astro/ShareLinks.abc.js: a classic script; the share buttons' is a module",
    ]);
    expect(articleBudgetProblems(weight({ scripts: [{ ...share, src: 'https://cdn.example/sdk.js' }] }))).toEqual([
      "https://cdn.example/sdk.js: not a file of the site's own bundle (/_astro/)",
    ]);
    expect(articleBudgetProblems(weight({ scripts: [{ ...share, bytes: ARTICLE_SCRIPT_BUDGET_BYTES + 1 }] }))).toEqual([
      `/_astro/ShareLinks.abc.js: ${ARTICLE_SCRIPT_BUDGET_BYTES + 1} B > ${ARTICLE_SCRIPT_BUDGET_BYTES} B`,
    ]);
  });
});
