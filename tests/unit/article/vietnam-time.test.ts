import { describe, it, expect } from 'vitest';
import {
  formatVietnamIso,
  instantToVietnamIso,
  isRealDate,
  isRealTime,
  toVietnamTime,
  weekdayOf,
} from '../../../src/lib/article/vietnam-time.ts';

describe('formatVietnamIso', () => {
  it('writes a Vietnam wall-clock time as ISO 8601 with +07:00', () => {
    expect(formatVietnamIso({ year: 2019, month: 10, day: 26, hour: 19, minute: 18, second: 0 })).toBe(
      '2019-10-26T19:18:00+07:00',
    );
  });

  it('pads every field', () => {
    expect(formatVietnamIso({ year: 987, month: 1, day: 2, hour: 3, minute: 4, second: 5 })).toBe(
      '0987-01-02T03:04:05+07:00',
    );
  });

  it('names the same instant that the wall-clock time is in Vietnam', () => {
    expect(
      new Date(formatVietnamIso({ year: 2019, month: 10, day: 26, hour: 19, minute: 18, second: 0 })).toISOString(),
    ).toBe('2019-10-26T12:18:00.000Z');
  });
});

describe('toVietnamTime', () => {
  it('adds seven hours to UTC', () => {
    expect(toVietnamTime(new Date('2019-10-26T12:18:30Z'))).toEqual({
      year: 2019,
      month: 10,
      day: 26,
      hour: 19,
      minute: 18,
      second: 30,
      weekday: 6,
    });
  });

  it('moves to the next day, and weekday, when it is past midnight in Vietnam but not in UTC', () => {
    expect(toVietnamTime(new Date('2019-10-26T17:30:00Z'))).toEqual({
      year: 2019,
      month: 10,
      day: 27,
      hour: 0,
      minute: 30,
      second: 0,
      weekday: 0,
    });
  });

  it('stays on the same day just before midnight in Vietnam', () => {
    expect(toVietnamTime(new Date('2019-10-26T16:59:59Z'))).toMatchObject({
      day: 26,
      hour: 23,
      minute: 59,
      weekday: 6,
    });
  });

  it('moves to the next year on New Year’s Eve at 17:00 UTC', () => {
    expect(toVietnamTime(new Date('2019-12-31T17:00:00Z'))).toMatchObject({ year: 2020, month: 1, day: 1, hour: 0 });
  });

  it('round-trips through formatVietnamIso', () => {
    const instant = new Date('2024-02-29T23:45:07+07:00');
    expect(instantToVietnamIso(instant)).toBe('2024-02-29T23:45:07+07:00');
    expect(new Date(instantToVietnamIso(instant)).getTime()).toBe(instant.getTime());
  });
});

describe('isRealDate', () => {
  it('accepts an ordinary date', () => {
    expect(isRealDate(2019, 10, 26)).toBe(true);
  });

  it('knows the length of each month', () => {
    expect(isRealDate(2019, 1, 31)).toBe(true);
    expect(isRealDate(2019, 4, 31)).toBe(false);
    expect(isRealDate(2019, 12, 31)).toBe(true);
    expect(isRealDate(2019, 2, 31)).toBe(false);
  });

  it('accepts 29 February in leap years only', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2019, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2100, 2, 29)).toBe(false);
  });

  it('refuses day 0, month 0 and month 13', () => {
    expect(isRealDate(2019, 10, 0)).toBe(false);
    expect(isRealDate(2019, 0, 10)).toBe(false);
    expect(isRealDate(2019, 13, 10)).toBe(false);
  });
});

describe('isRealTime', () => {
  it('accepts midnight and the last second of the day', () => {
    expect(isRealTime(0, 0, 0)).toBe(true);
    expect(isRealTime(23, 59, 59)).toBe(true);
  });

  it('refuses hour 24, minute 60 and second 60', () => {
    expect(isRealTime(24, 0, 0)).toBe(false);
    expect(isRealTime(25, 61, 0)).toBe(false);
    expect(isRealTime(12, 60, 0)).toBe(false);
    expect(isRealTime(12, 0, 60)).toBe(false);
  });
});

describe('weekdayOf', () => {
  it('gives 0 for Sunday and 6 for Saturday', () => {
    expect(weekdayOf(2019, 10, 27)).toBe(0);
    expect(weekdayOf(2019, 10, 26)).toBe(6);
    expect(weekdayOf(2024, 2, 29)).toBe(4);
  });
});
