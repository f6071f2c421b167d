import { afterEach, describe, it, expect } from 'vitest';
import { formatDate, formatDateline, formatTime } from '../../../src/lib/article/format-dateline.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const ZONES = ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe('formatDateline', () => {
  it.each(ZONES)('prints the newsroom’s dateline in Vietnam time when the machine is in %s', (zone) => {
    process.env.TZ = zone;
    expect(formatDateline(new Date('2019-10-26T19:18:00+07:00'))).toBe('Thứ Bảy, 26/10/2019, 19:18');
  });

  it('prints the Vietnamese date and weekday after UTC’s day has ended there', () => {
    process.env.TZ = 'UTC';
    expect(formatDateline(new Date('2019-10-26T17:30:00Z'))).toBe('Chủ Nhật, 27/10/2019, 00:30');
  });

  it('pads hours and minutes', () => {
    expect(formatDateline(new Date('2019-01-07T07:05:00+07:00'))).toBe('Thứ Hai, 07/01/2019, 07:05');
  });
});

describe('formatDate', () => {
  it.each(ZONES)('prints the day in Vietnam when the machine is in %s', (zone) => {
    process.env.TZ = zone;
    expect(formatDate(new Date('2019-10-26T19:18:00+07:00'))).toBe('26/10/2019');
    expect(formatDate(new Date('2019-10-27T00:30:00+07:00'))).toBe('27/10/2019');
  });
});

describe('formatTime', () => {
  it('is the time of day in Vietnam, whatever the machine’s zone', () => {
    expect(formatTime(new Date('2026-11-21T02:30:00Z'))).toBe('09:30');
  });
});
