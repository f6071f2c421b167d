/**
 * A word as search compares it: lower case, without tone or vowel marks (`Đảng` → `đang`),
 * the way Pagefind folds them. `đ` stays `đ`: it is a letter of its own, not `d` with a mark,
 * so Unicode gives it no decomposition.
 */
export function withoutMarks(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** How a reader without a Vietnamese keyboard spells a word: `Đảng` → `Dảng`. */
export function dSpelling(word: string): string {
  return word.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Whether a reader typed tone or vowel marks (`đ` alone is a letter, not a mark). */
export function hasMarks(text: string): boolean {
  return /\p{M}/u.test(text.normalize('NFD'));
}
