/**
 * How an archive's words spread over its articles: the share of articles each syllable,
 * two-syllable word and common query is in. What a search index by syllable costs depends
 * on it, so the benchmarks print the synthetic archive's next to that of real news.
 */

/** Shares in real Vietnamese news: 212 articles from 139 sites, excerpts of about 300 syllables. */
export const NEWS_PROFILE: DocumentProfile = {
  syllablesInAtLeast: { 0.5: 35, 0.2: 220, 0.05: 802 },
  syllableAtRank: { 10: 0.67, 100: 0.32, 300: 0.15, 1000: 0.03 },
  wordAtRank: { 10: 0.23, 100: 0.1, 1000: 0.024 },
  queries: {
    được: 0.71,
    'người dân': 0.31,
    'phát triển': 0.25,
    'công an': 0.22,
    'tỉnh ủy': 0.11,
    'đồng chí': 0.11,
    'học sinh': 0.08,
    'nông thôn mới': 0.05,
    'dân vận': 0.04,
    'đảng viên': 0.03,
    'cao su': 0.02,
    uỷ: 0.025,
    hoá: 0.025,
    hoà: 0.025,
  },
};

/** Real news projected to full-length articles of about 700 syllables. */
export const FULL_LENGTH_SYLLABLES_IN_AT_LEAST = { 0.5: 116, 0.2: 420 };

/** Articles are compared as excerpts of this many syllables, the length the profile was measured on. */
export const EXCERPT_SYLLABLES = 300;

export interface DocumentProfile {
  /** How many syllables are in at least this share of articles. */
  syllablesInAtLeast: Record<number, number>;
  /** The share of articles the syllable at this rank (by that share) is in. */
  syllableAtRank: Record<number, number>;
  /** The same for two-syllable words. */
  wordAtRank: Record<number, number>;
  /** The share of articles that have each query, its syllables next to each other. */
  queries: Record<string, number>;
}

const syllablesOf = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);

/** Counts, for each key, the articles it is in; the shares by rank, highest first. */
function sharesByRank(counts: Map<string, number>, articles: number): number[] {
  return [...counts.values()].sort((a, b) => b - a).map((count) => count / articles);
}

function countOnce(counts: Map<string, number>, keys: Iterable<string>) {
  for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The profile of some articles' texts, cut to their first `syllableLimit` syllables if
 * given. `twoSyllableWords` says which pairs of syllables are words: Vietnamese does not
 * mark where a word ends, so a pair is counted where it stands next to each other.
 */
export function documentProfile(
  texts: readonly string[],
  twoSyllableWords: ReadonlySet<string>,
  syllableLimit = Infinity,
): DocumentProfile {
  const syllableCounts = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  const queries = Object.keys(NEWS_PROFILE.queries);
  const queryCounts = new Map(queries.map((query) => [query, 0]));
  for (const text of texts) {
    const syllables = syllablesOf(text).slice(0, syllableLimit);
    countOnce(syllableCounts, syllables);
    const pairs = syllables.slice(1).map((syllable, at) => `${syllables[at]} ${syllable}`);
    countOnce(
      wordCounts,
      pairs.filter((pair) => twoSyllableWords.has(pair)),
    );
    const joined = ` ${syllables.join(' ')} `;
    for (const query of queries) if (joined.includes(` ${query} `)) queryCounts.set(query, queryCounts.get(query)! + 1);
  }
  const syllableShares = sharesByRank(syllableCounts, texts.length);
  const wordShares = sharesByRank(wordCounts, texts.length);
  const atRank = (shares: number[], ranks: number[]) =>
    Object.fromEntries(ranks.map((rank) => [rank, shares[rank - 1] ?? 0]));
  return {
    syllablesInAtLeast: Object.fromEntries(
      Object.keys(NEWS_PROFILE.syllablesInAtLeast).map((share) => [
        share,
        syllableShares.filter((value) => value >= Number(share)).length,
      ]),
    ),
    syllableAtRank: atRank(syllableShares, Object.keys(NEWS_PROFILE.syllableAtRank).map(Number)),
    wordAtRank: atRank(wordShares, Object.keys(NEWS_PROFILE.wordAtRank).map(Number)),
    queries: Object.fromEntries(queries.map((query) => [query, queryCounts.get(query)! / texts.length])),
  };
}

const percent = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)} %`;

/**
 * The lines that show an archive's profile next to real news': as excerpts (what the
 * real profile was measured on) and whole.
 */
export function profileTable(excerpts: DocumentProfile, whole: DocumentProfile): string[] {
  const rows: [string, string, string, string][] = [
    ['', 'real news (300 syll.)', 'archive (300 syll.)', 'archive (whole)'],
  ];
  for (const share of Object.keys(NEWS_PROFILE.syllablesInAtLeast)) {
    const full = FULL_LENGTH_SYLLABLES_IN_AT_LEAST[Number(share) as 0.5 | 0.2];
    rows.push([
      `syllables in ≥ ${percent(Number(share))}`,
      `${NEWS_PROFILE.syllablesInAtLeast[Number(share)]}${full ? ` (~${full} whole)` : ''}`,
      String(excerpts.syllablesInAtLeast[Number(share)]),
      String(whole.syllablesInAtLeast[Number(share)]),
    ]);
  }
  for (const [label, key] of [
    ['syllable', 'syllableAtRank'],
    ['2-syllable word', 'wordAtRank'],
  ] as const) {
    for (const rank of Object.keys(NEWS_PROFILE[key]).map(Number)) {
      rows.push([
        `${label} at rank ${rank}`,
        percent(NEWS_PROFILE[key][rank]!),
        percent(excerpts[key][rank]!),
        percent(whole[key][rank]!),
      ]);
    }
  }
  for (const query of Object.keys(NEWS_PROFILE.queries)) {
    rows.push([
      `“${query}”`,
      percent(NEWS_PROFILE.queries[query]!),
      percent(excerpts.queries[query]!),
      percent(whole.queries[query]!),
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('   '),
  );
}
