/**
 * Vietnamese is written a syllable to a word-space, and readers take in about 200 of
 * them a minute on a phone; markup and punctuation are not read.
 */
const SYLLABLES_PER_MINUTE = 200;

/** Minutes to read an article's body, as markdown or as the HTML it renders to; at least one. */
export function readingMinutes(body: string): number {
  const words = body
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / SYLLABLES_PER_MINUTE));
}
