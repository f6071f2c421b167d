import { formatVietnamIso, isRealDate, isRealTime } from '../article/vietnam-time.ts';

/** Quotes a word processor or a phone keyboard puts where YAML wants `"`. */
export const CURLY_QUOTES = /[“”‘’„«»]/;

/** `26/10/2019 19:18`, `26-10-2019`, `26.10.2019 lúc 19 giờ 18`: day first, as Vietnamese write dates. */
const DAY_FIRST =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\sT,]+(?:lúc\s+)?(\d{1,2})\s*(?::|h|giờ)\s*(\d{1,2})?(?:\s*(?::|phút)\s*(\d{1,2}))?)?$/i;
/** Already right but for what was around it (curly quotes). */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;
/** `2019-10-26 19:18`, `2019-10-26T19:18:00`: ISO without its offset. */
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[\sT]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/;

/**
 * A date an editor typed in another form, rewritten as the front matter wants it, in
 * Vietnam time (`2019-10-26T19:18:00+07:00`); undefined when it names no real day and time.
 * A date without a time is taken at midnight.
 */
export function rewriteDate(typed: string): string | undefined {
  const text = typed.replace(new RegExp(CURLY_QUOTES, 'g'), '').trim();
  if (ISO_WITH_OFFSET.test(text)) return text;
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = dayFirst ? undefined : YEAR_FIRST.exec(text);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1], dayFirst[4], dayFirst[5], dayFirst[6]]
    : yearFirst
      ? yearFirst.slice(1, 7)
      : undefined;
  if (!parts) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.map((part) =>
    part === undefined ? 0 : Number(part),
  );
  if (!isRealDate(year!, month!, day!) || !isRealTime(hour, minute, second)) return undefined;
  return formatVietnamIso({ year: year!, month: month!, day: day!, hour, minute, second });
}
