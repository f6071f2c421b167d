import { describe, it, expect } from 'vitest';
import {
  parseBareViews,
  parseDateline,
  parseTimeLine,
  weekdayContradicts,
  type Dateline,
} from '../../../src/lib/convert/dateline.ts';

function dateline(line: string): Dateline {
  const result = parseDateline(line);
  if (!result?.ok) throw new Error(`not a valid dateline: ${line} → ${JSON.stringify(result)}`);
  return result.dateline;
}

describe('parseDateline', () => {
  it('reads the portal’s dateline: weekday, date, time, views and comments', () => {
    expect(dateline('Thứ bảy - 26/10/2019 19:18 386 0')).toEqual({
      time: { year: 2019, month: 10, day: 26, hour: 19, minute: 18, second: 0 },
      hasTime: true,
      printedWeekday: 6,
      views: 386,
      comments: 0,
    });
  });

  it('reads a view count printed without a comment count', () => {
    expect(dateline('Thứ bảy - 26/10/2019 19:18 386')).toEqual({
      time: { year: 2019, month: 10, day: 26, hour: 19, minute: 18, second: 0 },
      hasTime: true,
      printedWeekday: 6,
      views: 386,
    });
  });

  it('names the seconds too when a time does not exist', () => {
    expect(parseDateline('26/10/2019 23:59:60')).toEqual({ ok: false, reason: 'giờ không có thật: 23:59:60' });
  });

  it('reads a dateline without weekday or counters', () => {
    expect(dateline('26/10/2019 19:18')).toEqual({
      time: { year: 2019, month: 10, day: 26, hour: 19, minute: 18, second: 0 },
      hasTime: true,
    });
  });

  it('reads seconds, dashes and commas', () => {
    expect(dateline('Thứ Bảy, 26-10-2019, 19:18:05').time).toEqual({
      year: 2019,
      month: 10,
      day: 26,
      hour: 19,
      minute: 18,
      second: 5,
    });
  });

  it('reads single-digit days, months and hours', () => {
    expect(dateline('6.1.2019 7:05').time).toEqual({ year: 2019, month: 1, day: 6, hour: 7, minute: 5, second: 0 });
  });

  it('reads the weekday whatever its case, with an en dash', () => {
    expect(dateline('THỨ BẢY – 26/10/2019 19:18').printedWeekday).toBe(6);
  });

  it.each([
    ['Chủ nhật', 0],
    ['Chủ Nhật', 0],
    ['Thứ hai', 1],
    ['Thứ ba', 2],
    ['Thứ tư', 3],
    ['Thứ năm', 4],
    ['Thứ sáu', 5],
    ['Thứ bảy', 6],
    ['Thứ 2', 1],
    ['Thứ 3', 2],
    ['Thứ 4', 3],
    ['Thứ 5', 4],
    ['Thứ 6', 5],
    ['Thứ 7', 6],
  ])('reads “%s” as day %i of the week (0 = Sunday)', (weekday, expected) => {
    expect(dateline(`${weekday} - 26/10/2019 19:18`).printedWeekday).toBe(expected);
  });

  it('reads a date printed without a time, and says it has none', () => {
    expect(dateline('Thứ bảy - 26/10/2019')).toEqual({
      time: { year: 2019, month: 10, day: 26, hour: 0, minute: 0, second: 0 },
      hasTime: false,
      printedWeekday: 6,
    });
  });

  it.each([
    'Sáng ngày 26/12, Ban Dân vận Tỉnh ủy',
    'Thứ 8 - 26/10/2019 19:18',
    'bài được đưa lên ngày 01/01/2020 10:00',
    'Hội nghị tổng kết năm 2019 diễn ra ngày 20/12/2019 tại hội trường tỉnh',
    '',
    '19:18',
  ])('does not take “%s” for a dateline', (line) => {
    expect(parseDateline(line)).toBeUndefined();
  });

  it('refuses 31 February, naming the date', () => {
    expect(parseDateline('Thứ bảy - 31/02/2019 19:18')).toEqual({
      ok: false,
      reason: expect.stringContaining('31/02/2019'),
    });
  });

  it('refuses 29 February in a common year and accepts it in a leap year', () => {
    expect(parseDateline('29/02/2019 10:00')?.ok).toBe(false);
    expect(parseDateline('29/02/2024 10:00')?.ok).toBe(true);
  });

  it('refuses day 0 and month 13', () => {
    expect(parseDateline('00/10/2019 10:00')?.ok).toBe(false);
    expect(parseDateline('10/13/2019 10:00')?.ok).toBe(false);
  });

  it('refuses 25:61, naming the time', () => {
    expect(parseDateline('26/10/2019 25:61')).toEqual({ ok: false, reason: expect.stringContaining('25:61') });
  });

  it('refuses second 60 and accepts 23:59:59', () => {
    expect(parseDateline('26/10/2019 23:59:60')?.ok).toBe(false);
    expect(parseDateline('26/10/2019 23:59:59')?.ok).toBe(true);
  });
});

describe('weekdayContradicts', () => {
  it('is false when the printed weekday is the date’s weekday', () => {
    expect(weekdayContradicts(dateline('Thứ bảy - 26/10/2019 19:18'))).toBe(false);
    expect(weekdayContradicts(dateline('Chủ nhật - 27/10/2019 19:18'))).toBe(false);
  });

  it('is true when the printed weekday is another day', () => {
    expect(weekdayContradicts(dateline('Thứ hai - 26/10/2019 19:18'))).toBe(true);
    expect(weekdayContradicts(dateline('Thứ 7 - 27/10/2019 19:18'))).toBe(true);
  });

  it('is false when no weekday was printed', () => {
    expect(weekdayContradicts(dateline('26/10/2019 19:18'))).toBe(false);
  });
});

describe('parseTimeLine', () => {
  it('reads a time printed alone, with or without its time zone', () => {
    expect(parseTimeLine('16:02 (GMT +7)')).toEqual({ ok: true, hour: 16, minute: 2, second: 0 });
    expect(parseTimeLine('Lúc 9h30')).toEqual({ ok: true, hour: 9, minute: 30, second: 0 });
  });

  it('is not a time line when anything else is on it, and fails on a time that does not exist', () => {
    expect(parseTimeLine('16:02 khai mạc hội nghị')).toBeUndefined();
    expect(parseTimeLine('1745')).toBeUndefined();
    expect(parseTimeLine('25:61')).toEqual({ ok: false, reason: 'giờ không có thật: 25:61' });
  });
});

describe('parseBareViews', () => {
  it('reads a number alone as a view counter, with thousands separators', () => {
    expect(parseBareViews('1745')).toBe(1745);
    expect(parseBareViews('1.745')).toBe(1745);
    expect(parseBareViews('17,45 triệu')).toBeUndefined();
    expect(parseBareViews('16:02')).toBeUndefined();
  });
});
