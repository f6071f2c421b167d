import { toVietnamTime } from '../article/vietnam-time.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const DATE_LINE = /^date:[ \t]*(['"]?)([^'"\r\n]+)\1[ \t]*$/m;

/**
 * The year and month (1–12, Vietnam time) an article is dated, read from the `date:` line
 * of its front matter without parsing the rest: planning the search indexes of a
 * 100 000-article benchmark reads every article, and this is all it needs. Undefined when
 * there is no date that parses.
 */
export function articleMonthOf(markdown: string): { year: number; month: number } | undefined {
  const frontMatter = FRONT_MATTER.exec(markdown)?.[1];
  const value = frontMatter && DATE_LINE.exec(frontMatter)?.[2];
  if (!value) return undefined;
  const date = new Date(value.trim());
  if (Number.isNaN(date.getTime())) return undefined;
  const { year, month } = toVietnamTime(date);
  return { year, month };
}
