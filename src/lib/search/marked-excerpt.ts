import { dSpelling, withoutMarks } from './fold.ts';

/** A run of an excerpt: plain text, or a word the query matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ELLIPSIS = '…';

/** A word or query term without the punctuation around it, as search compares it. */
const keyOf = (word: string) => withoutMarks(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));

/**
 * Whether a word of the text answers one of the query's terms. Like Pagefind, a term
 * matches the start of a word (`dan` → `dân`, `dang`); a term typed with `d` also matches
 * the `đ` word (`duoc` → `được`), while a term typed with `đ` keeps to `đ` words.
 */
function matcher(query: string): (word: string) => boolean {
  const terms = query.split(/\s+/).map(keyOf).filter(Boolean);
  return (word) => {
    const key = keyOf(word);
    if (!key) return false;
    const asTyped = dSpelling(key);
    return terms.some((term) => key.startsWith(term) || asTyped.startsWith(term));
  };
}

/**
 * The part of an article shown under a search result: `length` words around the most
 * matches of the query, each matching word marked, in the article's own spelling.
 * Pagefind's own excerpt cannot be used as it is: it marks only words it matched in the
 * text, and a `d` spelling matches in metadata that readers never see.
 */
export function markedExcerpt(content: string, query: string, length = 30): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  const matches = matcher(query);
  const hits = words.map(matches);
  const start = densestWindow(hits, length);
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (start > 0) push(`${ELLIPSIS} `, false);
  for (let index = start; index < end; index += 1) {
    if (index > start) push(' ', false);
    push(words[index]!, hits[index]!);
  }
  if (end < words.length) push(` ${ELLIPSIS}`, false);
  return parts;
}

/**
 * Where the `length`-word window with the most hits starts; among equal windows, the
 * middle one of the first run, so the hits sit inside the excerpt rather than at its edge.
 */
function densestWindow(hits: readonly boolean[], length: number): number {
  if (hits.length <= length) return 0;
  let count = hits.slice(0, length).filter(Boolean).length;
  let best = count;
  let runStart = 0;
  let runEnd = 0;
  for (let start = 1; start + length <= hits.length; start += 1) {
    count += Number(hits[start + length - 1]) - Number(hits[start - 1]);
    if (count > best) {
      best = count;
      runStart = runEnd = start;
    } else if (count === best && runEnd === start - 1) {
      runEnd = start;
    }
  }
  return best === 0 ? 0 : Math.floor((runStart + runEnd) / 2);
}
