/**
 * Vietnamese writes the tone of `oa`, `oe` and `uy` at the end of a syllable on either
 * vowel: the old placement on the second (`hoà`, `khoẻ`, `thuỷ`), the new on the first
 * (`hòa`, `khỏe`, `thủy`). Both are in print, often in the same newspaper, and readers
 * type either: they are one word spelled two ways.
 */

/** The combining tone marks; vowel marks (circumflex, breve, horn) are not tones. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
/**
 * A syllable whose tone can sit on either vowel: consonants, then `oa`, `oe` or `uy` with
 * one tone mark on one of the two and nothing after them. After `q`, `u` is part of the
 * consonant (`quý`), so it has only one placement.
 */
const MOVABLE = /^([bcdđghklmnprstvx]*)(o|u)(\p{M}?)(a|e|y)(\p{M}?)$/iu;

/** The word with its tone on the other vowel (`hoà` ↔ `hòa`); undefined when it has only one placement. */
export function otherTonePlacement(word: string): string | undefined {
  const parts = MOVABLE.exec(word.normalize('NFD'));
  if (!parts) return undefined;
  const [, consonants, first, firstMark, second, secondMark] = parts as unknown as string[];
  if (/q$/iu.test(consonants!)) return undefined;
  if (!(first!.toLowerCase() === 'o' ? /[ae]/iu : /y/iu).test(second!)) return undefined;
  const tone = firstMark || secondMark;
  if (!tone || !TONE.test(tone) || (firstMark && secondMark)) return undefined;
  const moved = firstMark ? `${first}${second}${tone}` : `${first}${tone}${second}`;
  return `${consonants}${moved}`.normalize('NFC');
}

/** The word with the new placement (`thuỷ` → `thủy`), so that both spellings compare equal. */
export function newTonePlacement(word: string): string {
  const parts = MOVABLE.exec(word.normalize('NFD'));
  return parts?.[5] ? (otherTonePlacement(word) ?? word) : word;
}

/**
 * The end of a word in `oa`, `oe` or `uy` with a tone on one of them: the only words with
 * two placements. Found by their rare ending alone, then read back to the word's start: a
 * pattern for the whole word is tried from every letter of the text, twenty times slower
 * over a whole article.
 */
const CANDIDATE_END = /(?:[òóỏõọ][ae]|o[àáảãạèéẻẽẹ]|[ùúủũụ]y|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/giu;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * Every word of a text that has two tone placements, in the other one, lower case, each
 * once: `Uỷ ban … hòa giải` → `ủy hoà`. Indexed beside the page, so that a reader who types
 * either placement finds both, even when asking for exact marks.
 */
export function otherTonePlacements(text: string): string[] {
  const spellings = new Set<string>();
  const normal = text.normalize('NFC');
  for (const end of normal.matchAll(CANDIDATE_END)) {
    let start = end.index;
    while (start > 0 && LETTER.test(normal[start - 1]!)) start--;
    const other = otherTonePlacement(normal.slice(start, end.index + end[0].length));
    if (other) spellings.add(other.toLowerCase());
  }
  return [...spellings];
}
