import { dSpelling } from './fold.ts';

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Every word of a text that holds `đ`, spelled with `d` instead, lower case, each once,
 * in the order they first appear: `Đảng viên được` → `dảng dược`. Tone marks stay, so a
 * reader who types them gets exact matches first; Pagefind folds them for everyone else.
 */
export function dSpellings(text: string): string[] {
  const spellings = new Set<string>();
  // Found from each `đ` outwards: far fewer steps than splitting the whole text into words.
  const letterD = /[đĐ]/g;
  for (let found = letterD.exec(text); found; found = letterD.exec(text)) {
    let start = found.index;
    let end = start + 1;
    while (start > 0 && WORD_CHARACTER.test(text[start - 1]!)) start -= 1;
    while (end < text.length && WORD_CHARACTER.test(text[end]!)) end += 1;
    spellings.add(dSpelling(text.slice(start, end)).toLowerCase());
    letterD.lastIndex = end;
  }
  return [...spellings];
}
