import { describe, expect, it } from 'vitest';
import { indexedElement } from '../../../src/lib/search/indexed-element.ts';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>Đầu trang</title></head><body><header>Đăng nhập</header>${body}<footer>Địa chỉ</footer></body></html>`;

describe('indexedElement', () => {
  it('is the text of the data-pagefind-body element alone, not the menus or footer around it', () => {
    const html = page(
      '<main><article class="a" data-pagefind-body><h1>Đại tá</h1><p>đến <b>đồn</b></p></article></main>',
    );
    const element = indexedElement(html)!;
    expect(element.text).toBe('Đại tá đến đồn');
    expect(element.html).toBe('<article class="a" data-pagefind-body><h1>Đại tá</h1><p>đến <b>đồn</b></p></article>');
    expect(element.html.slice(element.contentStart)).toMatch(/^<h1>/);
  });

  it('follows nested elements of the same name to the matching end tag', () => {
    const html = page('<div data-pagefind-body><div>một</div><div><div>hai</div></div>ba</div><div>bốn</div>');
    expect(indexedElement(html)!.text).toBe('một hai ba');
  });

  it('leaves out the parts marked data-pagefind-ignore', () => {
    const html = page(
      '<article data-pagefind-body><p class="meta" data-pagefind-ignore>Đăng lúc 19:18</p><p>Điện lực</p><div data-pagefind-ignore="all"><p>Đừng</p></div></article>',
    );
    expect(indexedElement(html)!.text).toBe('Điện lực');
  });

  it('is not fooled by > inside an attribute value', () => {
    const html = page('<article data-pagefind-body><img alt="a > b" src="/x.png"><p>đường</p></article>');
    expect(indexedElement(html)!.text).toBe('đường');
  });

  it('reads numeric character references as the letters they stand for, named ones as word breaks', () => {
    const html = page('<article data-pagefind-body><p>&#272;&#x1ea1;i&nbsp;t&#225; &amp; &#273;&#7891;n</p></article>');
    expect(indexedElement(html)!.text).toBe('Đại tá đồn');
  });

  it('is undefined for a page with nothing to index', () => {
    expect(indexedElement(page('<main><p>Đồng</p></main>'))).toBeUndefined();
  });
});
