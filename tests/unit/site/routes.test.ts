import { describe, it, expect } from 'vitest';
import { pageParam, routes } from '../../../src/lib/site/routes.ts';

describe('routes', () => {
  it('puts the home page at the root', () => {
    expect(routes.home()).toBe('/');
  });

  it('gives an article a URL from its slug alone, with a trailing slash', () => {
    expect(routes.article('tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018')).toBe(
      '/bai-viet/tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018/',
    );
  });

  it('gives a category’s first page the category URL itself', () => {
    expect(routes.category('dan-van')).toBe('/chuyen-muc/dan-van/');
    expect(routes.category('dan-van', 1)).toBe('/chuyen-muc/dan-van/');
  });

  it('numbers the later pages of a category', () => {
    expect(routes.category('dan-van', 2)).toBe('/chuyen-muc/dan-van/trang-2/');
    expect(routes.category('dan-van', 12)).toBe('/chuyen-muc/dan-van/trang-12/');
  });

  it('gives the search page with and without a query, encoding Vietnamese and reserved characters', () => {
    expect(routes.search()).toBe('/tim-kiem/');
    expect(routes.search('')).toBe('/tim-kiem/');
    expect(routes.search('dân vận')).toBe('/tim-kiem/?q=d%C3%A2n%20v%E1%BA%ADn');
    expect(routes.search('a&b=c#d')).toBe('/tim-kiem/?q=a%26b%3Dc%23d');
  });
});

describe('listing routes', () => {
  it('gives tags, months and later pages their addresses', () => {
    expect(routes.tag('dan-van')).toBe('/the/dan-van/');
    expect(routes.tag('dan-van', 2)).toBe('/the/dan-van/trang-2/');
    expect(routes.archive()).toBe('/luu-tru/');
    expect(routes.month(2019, 3)).toBe('/luu-tru/2019/03/');
    expect(routes.month(2019, 10, 3)).toBe('/luu-tru/2019/10/trang-3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('trang-2');
  });
});
