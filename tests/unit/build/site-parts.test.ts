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
  searchIndexOfYear,
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

  it('splits each part into indexes of at most the limit, newest first, never across parts', () => {
    const parts = planParts(years, 12);
    expect(parts).toEqual([
      { from: 2013, to: 2014 },
      { from: 2010, to: 2012 },
    ]);
    expect(planSearchIndexes(years, parts, 8)).toEqual([
      { from: 2013, to: 2014 },
      { from: 2012, to: 2012 },
      { from: 2010, to: 2011 },
    ]);
  });

  it('keeps one index for an archive under the limit', () => {
    expect(planSearchIndexes(years, planParts(years, 100), 100)).toEqual([{ from: 2010, to: 2014 }]);
  });

  it('finds the index of any year, the outer ones open-ended', () => {
    const indexes = planSearchIndexes(years, planParts(years, 100), 8);
    expect(indexes.map((_, at) => at)).toEqual([0, 1, 2]);
    expect([2031, 2014, 2012, 2011, 1990].map((year) => searchIndexOfYear(indexes, year))).toEqual([0, 0, 1, 2, 2]);
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
    [{ SITE_PARTS: JSON.stringify(parts), SITE_PART: '2' }, /SITE_PART must be/],
    [{ SITE_PARTS: JSON.stringify(parts) }, /SITE_PART must be/],
  ])('refuses %j', (env, message) => {
    expect(() => readPartEnvironment(env)).toThrow(message);
  });
});
