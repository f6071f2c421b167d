import { toVietnamTime } from '../article/vietnam-time.ts';

/** The articles of one month, in Vietnam time, newest first. */
export interface Month<T> {
  year: number;
  /** 1–12. */
  month: number;
  articles: T[];
}

/** Months that have articles, newest first, from articles already sorted newest first. */
export function indexMonths<T extends { data: { date: Date } }>(articles: readonly T[]): Month<T>[] {
  const months: Month<T>[] = [];
  for (const article of articles) {
    const { year, month } = toVietnamTime(article.data.date);
    const last = months.at(-1);
    if (last && last.year === year && last.month === month) last.articles.push(article);
    else months.push({ year, month, articles: [article] });
  }
  return months;
}
