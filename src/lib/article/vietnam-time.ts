/**
 * Vietnam has kept UTC+7 all year since 1975, with no daylight saving, so a fixed
 * offset is exact for every article this site will hold and needs no time-zone
 * database: the output is the same on a laptop in Hà Nội and a CI runner in UTC.
 */
const OFFSET_MS = 7 * 60 * 60 * 1000;

/** A wall-clock time in Vietnam. Months are 1–12; weekday is 0 (Sunday) to 6 (Saturday). */
export interface VietnamTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function isRealTime(hour: number, minute: number, second: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/** Day of the week (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The wall-clock time in Vietnam at an instant. */
export function toVietnamTime(instant: Date): VietnamTime & { weekday: number } {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2019-10-26T19:18:00+07:00`: ISO 8601 that keeps the newsroom's own clock visible. */
export function formatVietnamIso(time: VietnamTime): string {
  const { year, month, day, hour, minute, second } = time;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+07:00`;
}

/** The same instant as {@link formatVietnamIso}, from a Date. */
export function instantToVietnamIso(instant: Date): string {
  return formatVietnamIso(toVietnamTime(instant));
}
