/** How results are ordered: Pagefind's relevance, or newest first. */
export type SearchSort = 'relevance' | 'newest';

/** What a reader asked the search page for; it lives in the page's address, so it can be shared. */
export interface SearchState {
  query: string;
  /** A category slug, or empty for every category. */
  category: string;
  /** A year such as `2019`, or empty for every year. */
  year: string;
  sort: SearchSort;
}

/** The address's parameters: `/tim-kiem/?q=dan+van&chuyen-muc=dan-van&nam=2019&sap-xep=moi-nhat`. */
export const SEARCH_PARAMS = { query: 'q', category: 'chuyen-muc', year: 'nam', sort: 'sap-xep' } as const;

/** The sort's value in the address and in the form; relevance, the default, has none. */
export const SORT_VALUES: Record<SearchSort, string> = { relevance: '', newest: 'moi-nhat' };

export function readSearchState(params: URLSearchParams): SearchState {
  const year = params.get(SEARCH_PARAMS.year)?.trim() ?? '';
  return {
    query: params.get(SEARCH_PARAMS.query)?.trim() ?? '',
    category: params.get(SEARCH_PARAMS.category)?.trim() ?? '',
    year: /^\d{4}$/.test(year) ? year : '',
    sort: params.get(SEARCH_PARAMS.sort) === SORT_VALUES.newest ? 'newest' : 'relevance',
  };
}

/** The parameters for a state, leaving out whatever is the default. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(SEARCH_PARAMS.query, state.query);
  if (state.category) params.set(SEARCH_PARAMS.category, state.category);
  if (state.year) params.set(SEARCH_PARAMS.year, state.year);
  if (state.sort !== 'relevance') params.set(SEARCH_PARAMS.sort, SORT_VALUES[state.sort]);
  return params;
}
