import { isRealDate, isRealTime, weekdayOf, type VietnamTime } from '../article/vietnam-time.ts';

/** What a portal printed near the title about when the article went up. */
export interface Dateline {
  time: VietnamTime;
  /** The line gave a time of day; without one the article is dated at midnight and the parser warns. */
  hasTime: boolean;
  /** Day of the week the portal printed (0 = Sunday), when it printed one. */
  printedWeekday?: number;
  /** What the line says the date is: `Ngày đăng` (published) or `Cập nhật` (updated). */
  label?: 'published' | 'updated';
  /** The portal's view counter, when printed. */
  views?: number;
  /** The portal's comment counter, when printed. */
  comments?: number;
  /** Words left once date, time, weekday, labels and counters are read: an author or a category label. */
  rest?: string;
}

export type DatelineResult = { ok: true; dateline: Dateline } | { ok: false; reason: string };

/** A time of day: `16:02 (GMT +7)`, `16h02`, `Lúc 16:02:05`. */
export type TimeLine = { ok: true; hour: number; minute: number; second: number } | { ok: false; reason: string };

/** Counters printed on a line of their own (`Lượt xem: 1.234`). */
export interface Counters {
  views?: number;
  comments?: number;
}

const WEEKDAY_WORDS: Record<string, number> = { 'chủ nhật': 0, hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };

/** A dateline is a short line; a longer one with a date in it is a sentence of the story. */
const MAX_DATELINE_LENGTH = 160;
/** An author's name or a category label beside the date is a few words, never a sentence. */
const MAX_REST_WORDS = 5;

const LONG_DATE = /(?:ngày\s+)?(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s*(?:,\s*)?năm\s+(?<year>\d{4})/iu;
const NUMERIC_DATE = /(?<!\d)(?<day>\d{1,2})\s*(?<sep>[/.-])\s*(?<month>\d{1,2})\s*\k<sep>\s*(?<year>\d{4})(?!\d)/u;
const ISO_DATE = /(?<!\d)(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)/u;
const TIME =
  /(?<!\d)(?<hour>\d{1,2})\s*(?::|h|giờ)\s*(?<minute>\d{2})(?:\s*(?::|phút)\s*(?<second>\d{2}))?(?:\s*(?:phút|giây))?(?!\d)/iu;
const OFFSET = /\(?\s*(?:gmt|utc)\s*\+\s*0?7(?::?00)?\s*\)?/iu;
const WEEKDAY = /(?<![\p{L}])(?<weekday>chủ\s+nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7]))(?![\p{L}])/iu;
const LABEL =
  /(?<![\p{L}])(?<label>(?:bài\s+)?(?:được\s+)?đưa\s+lên\s+(?:internet|mạng)(?:\s+(?:ngày|lúc))?|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|đăng\s+vào|ngày\s+xuất\s+bản|xuất\s+bản|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|thời\s+gian(?:\s+đăng)?)(?![\p{L}])/iu;
const VIEWS = [/lượt\s+xem\s*:?\s*(?<count>\d[\d.,]*)/iu, /(?<count>\d[\d.,]*)\s+lượt\s+xem/iu];
const COMMENTS = [/bình\s+luận\s*:?\s*(?<count>\d+)/iu, /(?<count>\d+)\s+bình\s+luận/iu];
const FILLER_WORDS = /(?<![\p{L}])(?:vào\s+lúc|lúc|ngày|vào)(?![\p{L}])/giu;
const SEPARATORS = /[-–—|,•·:;()[\]]/gu;
/** NukeViet prints `19:18 386 0`: views then comments, bare, after the time. */
const BARE_COUNTERS = /(?<![\d\p{L}])(?<views>\d+)(?:\s+(?<comments>\d+))?\s*$/u;

function datesIn(line: string): number {
  return [LONG_DATE, NUMERIC_DATE, ISO_DATE].reduce(
    (sum, pattern) => sum + (line.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0),
    0,
  );
}

/** Reads `1.234` and `1,234` as one thousand two hundred and thirty-four. */
const count = (text: string) => Number(text.replace(/[.,]/g, ''));

class LineReader {
  rest: string;

  constructor(line: string) {
    this.rest = line;
  }

  /** Finds the pattern, removes what it matched from the line, and returns its groups. */
  take(pattern: RegExp): Record<string, string | undefined> | undefined {
    const match = pattern.exec(this.rest);
    if (!match) return undefined;
    this.rest = `${this.rest.slice(0, match.index)} ${this.rest.slice(match.index + match[0].length)}`;
    return match.groups ?? {};
  }

  takeCount(patterns: readonly RegExp[]): number | undefined {
    for (const pattern of patterns) {
      const groups = this.take(pattern);
      if (groups?.count) return count(groups.count);
    }
    return undefined;
  }

  leftover(): string {
    return this.rest.replace(FILLER_WORDS, ' ').replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
  }
}

function weekdayNumber(printed: string): number {
  const word = printed.toLowerCase().replace(/\s+/g, ' ').replace(/^thứ /u, '');
  const digit = Number(word);
  // "Thứ 2" is Monday: Vietnamese counts Sunday as the first day. The pattern admits only
  // the words in the table, so the lookup cannot miss.
  return Number.isInteger(digit) ? digit - 1 : WEEKDAY_WORDS[word]!;
}

/**
 * Capitalised and short: `Minh Anh`, `Thời sự`, `P.V`, not `bài được đưa lên`, and not a
 * weekday that does not exist (`Thứ 8`), which means the line is something else.
 */
function looksLikeNameOrLabel(text: string): boolean {
  const words = text.split(' ');
  return words.length <= MAX_REST_WORDS && /^[\p{Lu}\d]/u.test(text) && !/^thứ\s/iu.test(text);
}

function parseSegment(segment: string): DatelineResult | undefined {
  const line = new LineReader(segment);
  const date = line.take(LONG_DATE) ?? line.take(NUMERIC_DATE) ?? line.take(ISO_DATE);
  if (!date) return undefined;
  line.take(OFFSET);
  const time = line.take(TIME);
  const weekday = line.take(WEEKDAY)?.weekday;
  const label = line.take(LABEL)?.label?.toLowerCase();
  const views = line.takeCount(VIEWS);
  const comments = line.takeCount(COMMENTS);
  const bare = views === undefined && time ? line.take(BARE_COUNTERS) : undefined;
  const rest = line.leftover();
  if (rest !== '' && !looksLikeNameOrLabel(rest)) return undefined;

  const [year, month, day] = [date.year, date.month, date.day].map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) {
    return { ok: false, reason: `ngày không có thật: ${date.day}/${date.month}/${date.year}` };
  }
  const clock = timeOf(time ?? {});
  if (!clock.ok) return clock;
  const { hour, minute, second } = clock;
  const dateline: Dateline = { time: { year, month, day, hour, minute, second }, hasTime: time !== undefined };
  if (weekday) dateline.printedWeekday = weekdayNumber(weekday);
  if (label) dateline.label = /cập nhật/u.test(label) ? 'updated' : 'published';
  const printedViews = views ?? (bare?.views === undefined ? undefined : Number(bare.views));
  const printedComments = comments ?? (bare?.comments === undefined ? undefined : Number(bare.comments));
  if (printedViews !== undefined) dateline.views = printedViews;
  if (printedComments !== undefined) dateline.comments = printedComments;
  if (rest !== '') dateline.rest = rest;
  return { ok: true, dateline };
}

/**
 * Reads a dateline: `Thứ bảy - 26/10/2019 19:18 386 0`, `10:15 (GMT+7) Thứ hai, 09/12/2024`,
 * `Ngày đăng: 08/12/2024 09:30 | Cập nhật: 08/12/2024 15:00`, `ngày 08 tháng 12 năm 2024
 * lúc 9 giờ 30`, `Minh Anh - 09/12/2024 10:15`… Returns `undefined` when the line is not a
 * dateline (a sentence that happens to hold a date is not), and a failure when it is one
 * but names a date or time that does not exist. Of a published and an updated date on
 * one line, the published one counts.
 */
export function parseDateline(line: string): DatelineResult | undefined {
  if (line.length > MAX_DATELINE_LENGTH) return undefined;
  const datelines: Dateline[] = [];
  const counters: Counters = {};
  const rest: string[] = [];
  // `Ngày đăng: … | Cập nhật: …` holds two dates: each side is read alone. With one date,
  // the bars only separate its parts (`Thứ 6, 22/11/2024 | 15:00`).
  const segments = datesIn(line) > 1 ? line.split(/\s[|•]\s/u) : [line];
  for (const segment of segments) {
    const result = parseSegment(segment);
    if (result && !result.ok) return result;
    if (result) {
      datelines.push(result.dateline);
      continue;
    }
    const printed = parseCounters(segment);
    const words = new LineReader(segment).leftover();
    if (printed) Object.assign(counters, printed);
    else if (looksLikeNameOrLabel(words)) rest.push(words);
    else return undefined;
  }
  const chosen = datelines.find((dateline) => dateline.label !== 'updated') ?? datelines[0];
  if (!chosen) return undefined;
  const views = counters.views ?? datelines.find((dateline) => dateline.views !== undefined)?.views;
  const comments = counters.comments ?? chosen.comments;
  const words = [...rest, ...(chosen.rest === undefined ? [] : [chosen.rest])].join(' ');
  return {
    ok: true,
    dateline: {
      ...chosen,
      ...(views !== undefined && { views }),
      ...(comments !== undefined && { comments }),
      ...(words !== '' && { rest: words }),
    },
  };
}

/** `Lượt xem: 1.234`, `1234 lượt xem`, `Bình luận: 3`: counters printed on their own line. */
export function parseCounters(line: string): Counters | undefined {
  if (line.length > MAX_DATELINE_LENGTH) return undefined;
  const reader = new LineReader(line);
  const views = reader.takeCount(VIEWS);
  const comments = reader.takeCount(COMMENTS);
  if ((views === undefined && comments === undefined) || reader.leftover() !== '') return undefined;
  return { ...(views !== undefined && { views }), ...(comments !== undefined && { comments }) };
}

/** The groups of {@link TIME} → a time of day (midnight when none was printed), or why it does not exist. */
function timeOf(time: Record<string, string | undefined>): TimeLine {
  const [hour, minute, second] = [time.hour, time.minute, time.second].map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
  ];
  if (isRealTime(hour, minute, second)) return { ok: true, hour, minute, second };
  const printed = [time.hour, time.minute, time.second].filter(Boolean).join(':');
  return { ok: false, reason: `giờ không có thật: ${printed}` };
}

/**
 * Some portals print the time on a line of its own under the date: without reading it the
 * article would be dated at midnight and the time taken for its title.
 */
export function parseTimeLine(line: string): TimeLine | undefined {
  if (line.length > MAX_DATELINE_LENGTH) return undefined;
  const reader = new LineReader(line);
  reader.take(OFFSET);
  const time = reader.take(TIME);
  if (!time || reader.leftover() !== '') return undefined;
  return timeOf(time);
}

/** A number alone on its line under a dateline: the portal's view counter (`1745`, `1.745`). */
export function parseBareViews(line: string): number | undefined {
  return /^\d{1,3}(?:[.,]\d{3})+$|^\d+$/u.test(line) ? count(line) : undefined;
}

/** The printed weekday disagrees with the printed date (the portal's template had bugs). */
export function weekdayContradicts(dateline: Dateline): boolean {
  const { year, month, day } = dateline.time;
  return dateline.printedWeekday !== undefined && dateline.printedWeekday !== weekdayOf(year, month, day);
}
