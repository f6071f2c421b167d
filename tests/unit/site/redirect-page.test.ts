import { describe, expect, it } from 'vitest';
import { collectRedirects } from '../../../src/lib/catalog/redirects.ts';
import { redirectFile, redirectPage } from '../../../src/lib/site/redirect-page.ts';

describe('redirectFile', () => {
  it.each([
    ['/tin-tuc/bai-123.html', 'tin-tuc/bai-123.html'],
    ['/news/view.php', 'news/view.php'],
    ['/news/123/', 'news/123/index.html'],
    ['/news/123', 'news/123/index.html'],
  ])('serves the old address %s from %s', (from, file) => {
    expect(redirectFile(from)).toBe(file);
  });
});

describe('redirectPage', () => {
  it('sends the reader on at once, names the new address as canonical, and is not indexed', () => {
    const html = redirectPage(
      { path: '/bai-viet/bai/', url: 'https://tintuc.example/bai-viet/bai/' },
      { title: 'Đã chuyển', link: 'Đến bài viết' },
    );
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/bai-viet/bai/">');
    expect(html).toContain('<link rel="canonical" href="https://tintuc.example/bai-viet/bai/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/bai-viet/bai/">Đến bài viết</a>');
  });

  it('escapes what it writes', () => {
    const html = redirectPage({ path: '/a"b/', url: 'https://x/a"b/' }, { title: '<b>', link: 'a & b' });
    expect(html).not.toContain('a"b');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('a &amp; b');
  });
});

describe('collectRedirects', () => {
  const article = (id: string, aliases?: string[]) => ({ id, data: aliases ? { aliases } : {} });

  it('leads every old address of every article to its page', () => {
    expect(
      collectRedirects([article('a', ['/cu/a.html', '/tin/1/']), article('b'), article('c', ['/cu/c.html'])]),
    ).toEqual([
      { from: '/cu/a.html', to: '/bai-viet/a/' },
      { from: '/tin/1/', to: '/bai-viet/a/' },
      { from: '/cu/c.html', to: '/bai-viet/c/' },
    ]);
  });

  it('stops the build when two articles claim one old address, naming both', () => {
    expect(() => collectRedirects([article('a', ['/cu.html']), article('b', ['/cu.html'])])).toThrow(
      /"\/cu\.html" is listed by both a and b/,
    );
  });

  it('lists an address an article repeats once', () => {
    expect(collectRedirects([article('a', ['/cu.html', '/cu.html'])])).toHaveLength(1);
  });

  it('refuses an address of this site itself', () => {
    expect(() => collectRedirects([article('a', ['/bai-viet/a/'])])).toThrow(/not an old one/);
  });
});
