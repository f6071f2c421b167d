import { describe, expect, it } from 'vitest';
import { rewriteDate } from '../../../src/lib/check/date-rewrite.ts';

describe('rewriteDate', () => {
  it.each([
    ['26/10/2019 19:18', '2019-10-26T19:18:00+07:00'],
    ['26/10/2019', '2019-10-26T00:00:00+07:00'],
    ['6-1-2020 7:05', '2020-01-06T07:05:00+07:00'],
    ['26.10.2019 lúc 19 giờ 18', '2019-10-26T19:18:00+07:00'],
    ['26/10/2019 19h18', '2019-10-26T19:18:00+07:00'],
    ['2019-10-26 19:18', '2019-10-26T19:18:00+07:00'],
    ['2019-10-26T19:18:30', '2019-10-26T19:18:30+07:00'],
    ['“2019-10-26T19:18:00+07:00”', '2019-10-26T19:18:00+07:00'],
    ['“26/10/2019 19:18”', '2019-10-26T19:18:00+07:00'],
  ])('reads %s as the editor meant it', (typed, written) => {
    expect(rewriteDate(typed)).toBe(written);
  });

  it.each(['31/02/2019', '26/10/2019 25:00', 'hôm qua', '10/2019', ''])('does not guess at %s', (typed) => {
    expect(rewriteDate(typed)).toBeUndefined();
  });
});
