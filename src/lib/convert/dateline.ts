import { isRealDate, isRealTime, weekdayOf, type VietnamTime } from '../article/vietnam-time.ts';

/** What the portal printed under the title: `Thứ bảy - 26/10/2019 19:18 386 0`. */
export interface Dateline {
  time: VietnamTime;
  /** Day of the week the portal printed (0 = Sunday), when it printed one. */
  printedWeekday?: number;
  /** The portal's view counter, when printed. */
  views?: number;
  /** The portal's comment counter, when printed. */
  comments?: number;
}

export type DatelineResult = { ok: true; dateline: Dateline } | { ok: false; reason: string };

const WEEKDAY_WORDS: Record<string, number> = {
  'chủ nhật': 0,
  hai: 1,
  ba: 2,
  tư: 3,
  năm: 4,
  sáu: 5,
  bảy: 6,
};

const DATELINE = new RegExp(
  String.raw`^(?:(?<weekday>chủ nhật|thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*[-–,]\s*)?` +
    String.raw`(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4})` +
    String.raw`[\s,-]+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?` +
    String.raw`(?:\s+(?<views>\d+)(?:\s+(?<comments>\d+))?)?$`,
  'iu',
);

function weekdayNumber(printed: string): number {
  const word = printed.toLowerCase().replace(/^thứ /u, '');
  const digit = Number(word);
  // "Thứ 2" is Monday: Vietnamese counts Sunday as the first day.
  // The pattern admits only the words in the table, so the lookup cannot miss.
  return Number.isInteger(digit) ? digit - 1 : WEEKDAY_WORDS[word]!;
}

/**
 * Reads a dateline line. Returns `undefined` when the line is not a dateline at all,
 * and a failure when it is one but names a date or time that does not exist.
 */
export function parseDateline(line: string): DatelineResult | undefined {
  const groups = DATELINE.exec(line)?.groups;
  if (!groups) return undefined;
  const [year, month, day, hour, minute] = [groups.year, groups.month, groups.day, groups.hour, groups.minute].map(
    Number,
  ) as [number, number, number, number, number];
  const second = Number(groups.second ?? 0);
  if (!isRealDate(year, month, day)) {
    return { ok: false, reason: `ngày không có thật: ${groups.day}/${groups.month}/${groups.year}` };
  }
  if (!isRealTime(hour, minute, second)) {
    const printed = [groups.hour, groups.minute, groups.second].filter(Boolean).join(':');
    return { ok: false, reason: `giờ không có thật: ${printed}` };
  }
  const dateline: Dateline = { time: { year, month, day, hour, minute, second } };
  if (groups.weekday) dateline.printedWeekday = weekdayNumber(groups.weekday);
  if (groups.views !== undefined) dateline.views = Number(groups.views);
  if (groups.comments !== undefined) dateline.comments = Number(groups.comments);
  return { ok: true, dateline };
}

/** The printed weekday disagrees with the printed date (the portal's template had bugs). */
export function weekdayContradicts(dateline: Dateline): boolean {
  const { year, month, day } = dateline.time;
  return dateline.printedWeekday !== undefined && dateline.printedWeekday !== weekdayOf(year, month, day);
}
