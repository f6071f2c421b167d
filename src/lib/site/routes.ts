/**
 * Every URL the site makes, in one place. An article's URL depends on its slug alone,
 * so moving it to another category breaks no link.
 */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/bai-viet/${slug}/`,
  category: (slug: string, page = 1) => (page === 1 ? `/chuyen-muc/${slug}/` : `/chuyen-muc/${slug}/trang-${page}/`),
  search: (query?: string) => (query ? `/tim-kiem/?q=${encodeURIComponent(query)}` : '/tim-kiem/'),
};
