import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { linkedStylesheets, weighPage } from '../../../src/lib/site/page-weight.ts';

describe('weighPage', () => {
  const html =
    '<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{}</script></head><body>x</body></html>';

  it('adds up the page and its stylesheets as gzip sends them', () => {
    const css = 'body{color:red}';
    expect(weighPage(html, [css]).transferred).toBe(gzipSync(html).length + gzipSync(css).length);
  });

  it('counts scripts the browser runs, not JSON-LD data', () => {
    expect(weighPage(html, []).scripts).toBe(0);
    expect(weighPage(`${html}<script src="/a.js"></script><script>1</script>`, []).scripts).toBe(2);
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
