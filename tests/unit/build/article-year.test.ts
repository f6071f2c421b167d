import { describe, expect, it } from 'vitest';
import { articleMonthOf } from '../../../src/lib/build/article-year.ts';

const article = (date: string) => `---\ntitle: "Tin"\n${date}\ncategory: "thoi-su"\n---\n\nNội dung date: 1999.\n`;

describe('articleMonthOf, the year', () => {
  it.each([
    ['date: "2019-10-26T19:18:00+07:00"', 2019],
    ["date: '2019-10-26T19:18:00+07:00'", 2019],
    ['date: 2019-10-26T19:18:00+07:00', 2019],
    // Past midnight in Vietnam, still the old year in UTC: the year readers see.
    ['date: "2019-12-31T17:30:00Z"', 2020],
    ['date: "2020-01-01T00:30:00+07:00"', 2020],
  ])('%s → %i', (line, year) => {
    expect(articleMonthOf(article(line))?.year).toBe(year);
  });

  it.each([
    ['a date that does not parse', article('date: "26/10/2019"')],
    ['no date', article('')],
    ['no front matter', 'date: "2019-10-26T19:18:00+07:00"\n'],
    ['a date in the body only', '---\ntitle: "Tin"\n---\ndate: "2019-10-26T19:18:00+07:00"\n'],
  ])('is undefined for %s', (_, markdown) => {
    expect(articleMonthOf(markdown)).toBeUndefined();
  });
});

describe('articleMonthOf', () => {
  it('reads the month readers see, in Vietnam time', () => {
    expect(articleMonthOf(article('date: "2019-10-26T19:18:00+07:00"'))).toEqual({ year: 2019, month: 10 });
    expect(articleMonthOf(article('date: "2019-12-31T17:30:00Z"'))).toEqual({ year: 2020, month: 1 });
    expect(articleMonthOf(article('date: "2019-10-31T17:30:00Z"'))).toEqual({ year: 2019, month: 11 });
    expect(articleMonthOf(article(''))).toBeUndefined();
  });
});
