import { describe, expect, it } from 'vitest';
import { INDEX_CHUNKS_ID, RESULT_CARDS_ID, withSearchPreloads } from '../../../src/lib/search/search-preloads.ts';

const page =
  '<!DOCTYPE html><html lang="vi"><head><title>Tìm kiếm</title></head><body><main></main>' +
  '<script type="module" src="/_astro/tim-kiem.abc.js"></script></body></html>';
const index = { hash: 'vi_6f7829bef9', wasm: null };
const chunks = [
  { from: 'a', to: 'cuu', hash: 'vi_a182878' },
  { from: 'd', to: 'xa</script>', hash: 'vi_bc95b73' },
];
const cards = 'result-cards.0123abcd.json';

describe('withSearchPreloads', () => {
  it('asks in the head for the page’s script, Pagefind’s code, entry file, metadata and WebAssembly', () => {
    const html = withSearchPreloads(page, '/pagefind/', index, chunks, cards);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="modulepreload" href="/_astro/tim-kiem.abc.js">');
    expect(head).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    for (const file of [
      'pagefind-entry.json?ts=vi_6f7829bef9',
      'pagefind.vi_6f7829bef9.pf_meta',
      'wasm.unknown.pagefind',
    ]) {
      expect(head).toContain(`<link rel="preload" href="/pagefind/${file}" as="fetch" crossorigin>`);
    }
    expect(html.slice(html.indexOf('</head>'))).toBe(page.slice(page.indexOf('</head>')));
  });

  it('asks for the index’s result cards, under the id the page’s script reads them by', () => {
    const head = withSearchPreloads(page, '/pagefind/', index, chunks, cards);
    expect(head).toContain(
      `<link rel="preload" href="/pagefind/result-cards.0123abcd.json" as="fetch" crossorigin id="${RESULT_CARDS_ID}">`,
    );
  });

  it('names the language’s own WebAssembly when Pagefind has one', () => {
    expect(withSearchPreloads(page, '/pagefind/', { ...index, wasm: 'vi' }, [], cards)).toContain(
      '/pagefind/wasm.vi.pagefind',
    );
  });

  it('lists the index’s chunks as JSON that no word can break out of', () => {
    const html = withSearchPreloads(page, '/pagefind/', index, chunks, cards);
    const listed = new RegExp(`<script type="application/json" id="${INDEX_CHUNKS_ID}">(.*?)</script>`).exec(html);
    expect(JSON.parse(listed![1]!)).toEqual(chunks);
  });

  it('fails on a page without a head to put them in', () => {
    expect(() => withSearchPreloads('<p>Tìm kiếm</p>', '/pagefind/', index, chunks, cards)).toThrow(/<\/head>/);
  });
});
