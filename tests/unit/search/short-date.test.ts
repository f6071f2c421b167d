import { describe, expect, it } from 'vitest';
import { isoDate, shortDate } from '../../../src/lib/search/short-date.ts';

describe('shortDate and isoDate', () => {
  it('write the date of a Vietnam-time ISO instant as readers do, and back', () => {
    expect(shortDate('2019-10-26T19:18:00+07:00')).toBe('26/10/2019');
    expect(isoDate('26/10/2019')).toBe('2019-10-26');
  });

  it('give nothing for what is not a date', () => {
    expect(shortDate('hôm qua')).toBe('');
    expect(isoDate('2019')).toBe('');
  });
});
