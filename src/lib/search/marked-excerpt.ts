import { dSpelling, hasMarks, withoutMarks } from './fold.ts';
import { newTonePlacement } from './tone-placement.ts';

/** A run of an excerpt: plain text, or a word the query matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ELLIPSIS = '…';

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** A word or query term as search compares it without marks. */
const foldedKey = (word: string) => withoutMarks(bare(word));
/** A word or query term as search compares it with its marks: either tone placement is the same word. */
const markedKey = (word: string) => newTonePlacement(bare(word).normalize('NFC').toLowerCase());

/**
 * Whether a word of the text answers one of the query's terms. Like Pagefind, a term
 * matches the start of a word. A term typed without marks matches whatever marks the word
 * has (`dan` → `dân`, `dáng`), and typed with `d` also the `đ` word (`duoc` → `được`). A
 * term typed with marks matches only the word with those marks, in either tone placement
 * (`đổi` → `đổi`, never `đời`; `thuỷ` → `thủy`), as the ranking prefers; a term typed with
 * `đ` keeps to `đ` words either way.
 */
function matcher(query: string): (word: string) => boolean {
  const terms = query
    .split(/\s+/)
    .filter((term) => bare(term) !== '')
    .map((term) =>
      hasMarks(term) ? { key: markedKey, text: markedKey(term) } : { key: foldedKey, text: foldedKey(term) },
    );
  // Judged once a word: the few hundred syllables of Vietnamese news recur in every article,
  // and each judgement is several Unicode normalisations, costly on a phone's CPU.
  const judged = new Map<string, boolean>();
  return (word) => {
    let hit = judged.get(word);
    if (hit === undefined) {
      hit =
        bare(word) !== '' &&
        terms.some(({ key, text }) => {
          const spelled = key(word);
          return spelled.startsWith(text) || dSpelling(spelled).startsWith(text);
        });
      judged.set(word, hit);
    }
    return hit;
  };
}

/**
 * What makes the part of an article shown under a search result for `query`: `length`
 * words around the most matches of the query, each matching word marked, in the article's
 * own spelling. Pagefind's own excerpt cannot be used as it is: it marks only words it
 * matched in the text, and a `d` spelling matches in metadata that readers never see. One
 * for all the results of a search, which share most of their words.
 */
export function excerptMarker(query: string, length = 30): (content: string) => ExcerptPart[] {
  const matches = matcher(query);
  return (content) => markedExcerpt(content.split(/\s+/).filter(Boolean), matches, length);
}

function markedExcerpt(words: readonly string[], matches: (word: string) => boolean, length: number): ExcerptPart[] {
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
