/**
 * Every URL the site makes, in one place. An article's URL depends on its slug alone,
 * so moving it to another category breaks no link.
 */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/bai-viet/${slug}/`,
  category: (slug: string, page = 1) => `/chuyen-muc/${slug}/${pageSuffix(page)}`,
  tag: (slug: string, page = 1) => `/the/${slug}/${pageSuffix(page)}`,
  archive: () => '/luu-tru/',
  about: () => '/gioi-thieu/',
  shareImage: () => '/anh-chia-se.png',
  month: (year: number, month: number, page = 1) =>
    `/luu-tru/${year}/${String(month).padStart(2, '0')}/${pageSuffix(page)}`,
  feed: (category?: string) => (category ? `/chuyen-muc/${category}/rss.xml` : '/rss.xml'),
  /** The footer's list of every category and page: the phone's menu button leads there. */
  siteLinks: () => '#tat-ca-chuyen-muc',
  search: (query?: string) => (query ? `/tim-kiem/?q=${encodeURIComponent(query)}` : '/tim-kiem/'),
};

/** Page 1 of a listing is its bare address; later pages add `trang-2/`. */
function pageSuffix(page: number): string {
  return page === 1 ? '' : `trang-${page}/`;
}

/** The `[...page]` route parameter for a listing's page. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : `trang-${page}`;
}
