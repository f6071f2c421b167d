import { describe, expect, it } from 'vitest';
import { readSearchState, searchParamsOf } from '../../../src/lib/search/search-state.ts';

describe('the search page’s address', () => {
  it('reads the query, filters and sort', () => {
    const params = new URLSearchParams('q=+dan+van+&chuyen-muc=dan-van&nam=2019&sap-xep=moi-nhat');
    expect(readSearchState(params)).toEqual({ query: 'dan van', category: 'dan-van', year: '2019', sort: 'newest' });
  });

  it('falls back to every category, every year and relevance', () => {
    expect(readSearchState(new URLSearchParams('q=được&nam=hai-nghin&sap-xep=la'))).toEqual({
      query: 'được',
      category: '',
      year: '',
      sort: 'relevance',
    });
  });

  it('writes only what differs from the defaults, so a plain search reads /tim-kiem/?q=dan+van', () => {
    expect(searchParamsOf({ query: 'dan van', category: '', year: '', sort: 'relevance' }).toString()).toBe(
      'q=dan+van',
    );
    const all = { query: 'đại tá', category: 'quoc-phong-an-ninh', year: '2020', sort: 'newest' } as const;
    expect(readSearchState(searchParamsOf(all))).toEqual(all);
  });
});
