/** A page number to link to, or a gap standing for the pages left out between two of them. */
export type PageLink = number | 'gap';

/**
 * The pages a listing's navigation offers from `page`: the first and the last, and the
 * pages within `around` of the current one, with a gap where pages are left out. A gap
 * that would hide a single page shows that page instead. A category of 5 000 articles is
 * then a click or two from any of its pages, not 250 clicks on "next".
 */
export function pageLinks(page: number, pageCount: number, around = 2): PageLink[] {
  const shown = new Set([1, pageCount]);
  for (let n = Math.max(1, page - around); n <= Math.min(pageCount, page + around); n++) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && n - previous === 2) links.push(n - 1);
    else if (previous !== undefined && n - previous > 2) links.push('gap');
    links.push(n);
  });
  return links;
}
