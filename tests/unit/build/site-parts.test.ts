import { describe, expect, it } from 'vitest';
import {
  partEnvironment,
  partHoldsYear,
  planParts,
  planSearchIndexes,
  readPartEnvironment,
  readSearchIndexes,
  searchBundleOf,
  searchBundles,
  searchIndexOfMonth,
  tallyMonths,
} from '../../../src/lib/build/site-parts.ts';

const perYear = (entries: [number, number][]) => new Map(entries);

describe('planParts', () => {
  it('keeps an archive that fits in one build whole', () => {
    expect(
      planParts(
        perYear([
          [2019, 300],
          [2020, 400],
        ]),
        1000,
      ),
    ).toEqual([{ from: 2019, to: 2020 }]);
  });

  it('groups whole years, filled from the oldest, into parts of at most the limit, listed newest first', () => {
    const years = perYear([
      [2010, 5],
      [2011, 5],
      [2012, 5],
      [2013, 5],
      [2014, 5],
    ]);
    expect(planParts(years, 10)).toEqual([
      { from: 2014, to: 2014 },
      { from: 2012, to: 2013 },
      { from: 2010, to: 2011 },
    ]);
  });

  it('changes only the newest part when the newest year grows', () => {
    const before = perYear([
      [2010, 5],
      [2011, 5],
      [2012, 5],
      [2013, 3],
    ]);
    const after = new Map([...before, [2013, 5]]);
    const grown = new Map([...before, [2013, 5], [2014, 1]]);
    expect(planParts(before, 10).slice(1)).toEqual(planParts(after, 10).slice(1));
    expect(planParts(grown, 10).slice(1)).toEqual(planParts(after, 10));
  });

  it('makes a year larger than the limit a part of its own, never splitting it', () => {
    expect(
      planParts(
        perYear([
          [2018, 2],
          [2019, 30],
          [2020, 2],
        ]),
        10,
      ),
    ).toEqual([
      { from: 2020, to: 2020 },
      { from: 2019, to: 2019 },
      { from: 2018, to: 2018 },
    ]);
  });

  it('covers a gap of years without articles inside a part', () => {
    expect(
      planParts(
        perYear([
          [2010, 1],
          [2015, 1],
        ]),
        5,
      ),
    ).toEqual([{ from: 2010, to: 2015 }]);
  });

  it('gives one part for an empty archive', () => {
    expect(planParts(new Map(), 10)).toHaveLength(1);
  });
});

describe('planSearchIndexes', () => {
  const years = perYear([
    [2010, 4],
    [2011, 4],
    [2012, 4],
    [2013, 4],
    [2014, 4],
  ]);

  it('splits each part into indexes of at most the limit, newest first, never across parts, the newest year alone', () => {
    const parts = planParts(years, 12);
    expect(parts).toEqual([
      { from: 2013, to: 2014 },
      { from: 2010, to: 2012 },
    ]);
    expect(planSearchIndexes(years, parts, 8)).toEqual([
      { from: 2014, to: 2014 },
      { from: 2013, to: 2013 },
      { from: 2012, to: 2012 },
      { from: 2010, to: 2011 },
    ]);
  });

  it('gives the newest year small indexes of months of its own, so publishing indexes a few hundred articles again', () => {
    const archive = tallyMonths([
      ...Array.from({ length: 30 }, (_, at) => ({ year: 2023, month: (at % 12) + 1 })),
      ...Array.from({ length: 24 }, (_, at) => ({ year: 2024, month: (at % 12) + 1 })),
    ]);
    expect(planSearchIndexes(archive.years, planParts(archive.years, 1000), 40, archive.months, 10)).toEqual([
      { from: 2024, to: 2024, months: { from: 11, to: 12 } },
      { from: 2024, to: 2024, months: { from: 6, to: 10 } },
      { from: 2024, to: 2024, months: { from: 1, to: 5 } },
      { from: 2023, to: 2023 },
    ]);
    // One index holds it all: nothing to split.
    expect(planSearchIndexes(archive.years, planParts(archive.years, 1000), 60, archive.months, 10)).toEqual([
      { from: 2023, to: 2024 },
    ]);
  });

  it('keeps one index for an archive under the limit', () => {
    expect(planSearchIndexes(years, planParts(years, 100), 100)).toEqual([{ from: 2010, to: 2014 }]);
  });

  it('finds the index of any month, the outer ones open-ended', () => {
    const indexes = planSearchIndexes(years, planParts(years, 100), 8);
    expect(indexes.map((_, at) => at)).toEqual([0, 1, 2]);
    expect([2031, 2014, 2012, 2011, 1990].map((year) => searchIndexOfMonth(indexes, year, 6))).toEqual([0, 0, 1, 2, 2]);
  });

  // 100 000 articles over 15 years are ~6 700 a year: the newest index, what a first search reads, stays small.
  const big = tallyMonths([
    ...Array.from({ length: 24 }, (_, at) => ({ year: 2019, month: (at % 12) + 1 })),
    ...Array.from({ length: 60 }, (_, at) => ({ year: 2020, month: (at % 12) + 1 })),
    { year: 2021, month: 2 },
    { year: 2021, month: 3 },
  ]);

  it('splits a year with more articles than an index holds into runs of months, filled from January', () => {
    expect(big.years).toEqual(
      new Map([
        [2019, 24],
        [2020, 60],
        [2021, 2],
      ]),
    );
    expect(big.months.get(2021)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(planSearchIndexes(big.years, planParts(big.years, 1000), 25, big.months)).toEqual([
      { from: 2021, to: 2021 },
      { from: 2020, to: 2020, months: { from: 11, to: 12 } },
      { from: 2020, to: 2020, months: { from: 6, to: 10 } },
      { from: 2020, to: 2020, months: { from: 1, to: 5 } },
      { from: 2019, to: 2019 },
    ]);
  });

  it('gives each month to exactly one index, and serves a split year in folders named by their months', () => {
    const indexes = planSearchIndexes(big.years, planParts(big.years, 1000), 25, big.months);
    expect(
      [2022, 2021, 2020, 2020, 2020, 2020, 2019, 2000].map((year, at) =>
        searchIndexOfMonth(indexes, year, [1, 1, 12, 11, 10, 1, 12, 1][at]!),
      ),
    ).toEqual([0, 0, 1, 1, 2, 3, 4, 4]);
    expect(indexes.map((_, at) => searchBundleOf(indexes, at))).toEqual([
      '/pagefind/',
      '/pagefind/2020-11-2020-12/',
      '/pagefind/2020-06-2020-10/',
      '/pagefind/2020-01-2020-05/',
      '/pagefind/2019-2019/',
    ]);
    expect(searchBundles(indexes, [2019, 2020, 2021]).map((bundle) => bundle.years)).toEqual([
      ['2021'],
      ['2020'],
      ['2020'],
      ['2020'],
      ['2019'],
    ]);
    expect(readSearchIndexes({ SEARCH_INDEXES: JSON.stringify(indexes) }, [])).toEqual(indexes);
  });

  it('keeps the older indexes of a split year as its newest months grow', () => {
    const grown = tallyMonths([...Array.from({ length: 20 }, () => ({ year: 2020, month: 12 }))]);
    const months = new Map([[2020, big.months.get(2020)!.map((count, at) => count + grown.months.get(2020)![at]!)]]);
    const years = new Map([[2020, 80]]);
    const before = planSearchIndexes(
      new Map([[2020, 60]]),
      [{ from: 2020, to: 2020 }],
      25,
      new Map([[2020, big.months.get(2020)!]]),
    );
    const after = planSearchIndexes(years, [{ from: 2020, to: 2020 }], 25, months);
    expect(after.slice(-2)).toEqual(before.slice(-2));
  });
});

describe('partHoldsYear', () => {
  const parts = [
    { from: 2015, to: 2020 },
    { from: 2012, to: 2014 },
    { from: 2010, to: 2011 },
  ];

  it('gives each year to exactly one part, the outer parts open-ended', () => {
    for (const year of [1990, 2010, 2011, 2012, 2014, 2015, 2020, 2031]) {
      const holders = parts.map((_, index) => index).filter((index) => partHoldsYear(parts, index, year));
      expect(holders, String(year)).toHaveLength(1);
    }
    expect(partHoldsYear(parts, 0, 2031)).toBe(true);
    expect(partHoldsYear(parts, 2, 1990)).toBe(true);
    expect(partHoldsYear(parts, 1, 2014)).toBe(true);
    expect(partHoldsYear(parts, 1, 2015)).toBe(false);
  });
});

describe('search bundles', () => {
  const parts = [
    { from: 2019, to: 2020 },
    { from: 2018, to: 2018 },
  ];

  it('serves the newest part at /pagefind/ and the others in folders named by their years', () => {
    expect(searchBundleOf(parts, 0)).toBe('/pagefind/');
    expect(searchBundleOf(parts, 1)).toBe('/pagefind/2018-2018/');
  });

  it('lists each index with its years, newest first', () => {
    expect(searchBundles(parts, [2018, 2020, 2019])).toEqual([
      { path: '/pagefind/', years: ['2020', '2019'] },
      { path: '/pagefind/2018-2018/', years: ['2018'] },
    ]);
  });

  it('has one index for a site built whole', () => {
    expect(searchBundles([], [2019, 2020])).toEqual([{ path: '/pagefind/', years: ['2020', '2019'] }]);
    expect(searchBundles(readSearchIndexes({}, []), [2019, 2020])).toEqual([
      { path: '/pagefind/', years: ['2020', '2019'] },
    ]);
  });
});

describe('the part environment', () => {
  const parts = [
    { from: 2019, to: 2020 },
    { from: 2010, to: 2018 },
  ];

  it('reads back what partEnvironment writes', () => {
    expect(readPartEnvironment(partEnvironment(parts, 1))).toEqual({ parts, index: 1 });
    const indexes = [{ from: 2020, to: 2020 }, { from: 2019, to: 2019 }, ...parts.slice(1)];
    expect(readSearchIndexes(partEnvironment(parts, 1, indexes), parts)).toEqual(indexes);
    expect(readSearchIndexes({}, parts)).toEqual(parts);
    expect(() => readSearchIndexes({ SEARCH_INDEXES: '[]' }, parts)).toThrow(/SEARCH_INDEXES must list/);
  });

  it('means the whole site when unset', () => {
    expect(readPartEnvironment({})).toEqual({ parts: [], index: 0 });
  });

  it.each([
    [{ SITE_PARTS: 'not json', SITE_PART: '0' }, /not JSON/],
    [{ SITE_PARTS: '[]', SITE_PART: '0' }, /year ranges/],
    [{ SITE_PARTS: '[{"from":2010,"to":2012},{"from":2011,"to":2020}]', SITE_PART: '0' }, /newest first/],
    [{ SITE_PARTS: '[{"from":2012,"to":2010}]', SITE_PART: '0' }, /year ranges/],
    [{ SITE_PARTS: '[{"from":2011,"to":2012,"months":{"from":1,"to":6}}]', SITE_PART: '0' }, /year ranges/],
    [{ SITE_PARTS: '[{"from":2012,"to":2012,"months":{"from":7,"to":13}}]', SITE_PART: '0' }, /year ranges/],
    [
      {
        SITE_PARTS:
          '[{"from":2012,"to":2012,"months":{"from":6,"to":12}},{"from":2012,"to":2012,"months":{"from":1,"to":6}}]',
        SITE_PART: '0',
      },
      /newest first/,
    ],
    [{ SITE_PARTS: JSON.stringify(parts), SITE_PART: '2' }, /SITE_PART must be/],
    [{ SITE_PARTS: JSON.stringify(parts) }, /SITE_PART must be/],
  ])('refuses %j', (env, message) => {
    expect(() => readPartEnvironment(env)).toThrow(message);
  });
});
