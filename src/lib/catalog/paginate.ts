/** One page of a listing. */
export interface Page<T> {
  /** 1-based. */
  page: number;
  pageCount: number;
  items: T[];
}

/** Splits a listing into pages of `pageSize`; an empty listing still has its first, empty page. */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    pageCount,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
  }));
}
