import type { Category } from '../article/schema.ts';
import { slugOf } from '../article/slug.ts';
import { isCommonWord } from './common-words.ts';

export interface Classification {
  category: string;
  tags: string[];
}

/** Files an article from its title and text. */
export type Classifier = (title: string, text: string) => Classification;

/** How many times a keyword in the title counts against one in the body. */
const TITLE_WEIGHT = 3;
/** A keyword becomes a tag once it weighs this much: one passing mention is not a topic. */
const TAG_MIN_WEIGHT = 2;
const MAX_TAGS = 5;

const LETTER = /\p{L}/u;

const isLetter = (char: string | undefined) => char !== undefined && LETTER.test(char);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Files an article under the category whose keywords weigh most in its text (the title
 * counts more than the body), else under the default category; the keywords that weigh
 * most become its tags. A keyword that is a common word (`điều`: see `common-words.ts`)
 * counts for nothing: it is in almost every text. A keyword inside a longer one (`dân vận` in `dân vận chính
 * quyền`) counts for both. Ties go to the category listed first in `categories.yaml`.
 *
 * Compiled once per run: one pattern of every keyword, longest first, scans the text in
 * one pass (a pattern or a search per keyword cost a quarter of a 10 000-article run);
 * word boundaries are checked on the few matches, so `an ninh` is not in `ban ninh`.
 */
export function compileClassifier(categories: readonly Category[], defaultCategory: string): Classifier {
  const keywords = categories.map((category) => ({
    slug: category.slug,
    keywords: category.keywords
      .filter((keyword) => !isCommonWord(keyword))
      .map((keyword) => ({ keyword, phrase: keyword.normalize('NFC').toLowerCase() })),
  }));
  const phrases = [...new Set(keywords.flatMap((category) => category.keywords.map(({ phrase }) => phrase)))];
  const longestFirst = [...phrases].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(longestFirst.map(escapeRegExp).join('|'), 'g');
  // The keywords a match may also stand for, from the same first letter: itself and the
  // shorter keywords it begins with.
  const candidates = new Map(
    phrases.map((phrase) => [phrase, longestFirst.filter((other) => phrase.startsWith(other))]),
  );

  const count = (text: string) => {
    const counts = new Map<string, number>();
    if (phrases.length === 0) return counts;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const at = match.index;
      if (!isLetter(text[at - 1])) {
        for (const phrase of candidates.get(match[0])!) {
          if (!isLetter(text[at + phrase.length])) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
        }
      }
      // Keywords may start inside this match too (`vận chính quyền` in `dân vận chính quyền`).
      pattern.lastIndex = at + 1;
    }
    return counts;
  };

  return (title, text) => {
    const inTitle = count(title.toLowerCase());
    const inText = count(text.toLowerCase());
    let best = { slug: defaultCategory, score: 0 };
    const weights = new Map<string, number>();
    for (const category of keywords) {
      let score = 0;
      for (const { keyword, phrase } of category.keywords) {
        const weight = TITLE_WEIGHT * (inTitle.get(phrase) ?? 0) + (inText.get(phrase) ?? 0);
        score += weight;
        if (weight > 0) weights.set(keyword, Math.max(weights.get(keyword) ?? 0, weight));
      }
      if (score > best.score) best = { slug: category.slug, score };
    }
    const tags = [...weights]
      .filter(([, weight]) => weight >= TAG_MIN_WEIGHT)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_TAGS)
      .map(([keyword]) => keyword);
    return { category: best.slug, tags };
  };
}

const MAX_CATEGORY_NAME_LENGTH = 60;

/**
 * The category a label, a crumb or a segment of an old address names: `Kinh tế`,
 * `kinh-te`, `Quốc phòng - An ninh`, `Văn hóa` (the category whose slug it is).
 */
export function categoryNamed(text: string, categories: readonly Category[]): Category | undefined {
  // A name is a few words: a longer line (a lead) is not slugged, which costs more than the rest of its parse.
  if (text.length > MAX_CATEGORY_NAME_LENGTH) return undefined;
  const slug = slugOf(text);
  if (slug === '') return undefined;
  return namesOf(categories).get(slug);
}

/** Each category by its slug and by the slug of its name, made once per list of categories. */
const names = new WeakMap<readonly Category[], Map<string, Category>>();

function namesOf(categories: readonly Category[]): Map<string, Category> {
  let byName = names.get(categories);
  if (!byName) {
    byName = new Map();
    // Menu order: the first category to claim a name keeps it.
    for (const category of categories) {
      for (const name of [category.slug, slugOf(category.name)]) if (!byName.has(name)) byName.set(name, category);
    }
    names.set(categories, byName);
  }
  return byName;
}

const HOME_CRUMB = /^(?:trang\s+chủ|trang\s+nhất|home)\s*/iu;

/**
 * The category a breadcrumb names (`Trang chủ » Tin tức » Kinh tế`, `Trang chủ Bạn đọc -
 * Cần biết` once scraped flat): its deepest crumb that names one, except `catchAll`, the
 * category every portal prints above everything (`Tin tức`). A line that names two
 * categories is the portal's menu, which says nothing about the article.
 */
export function categoryInTrail(line: string, categories: readonly Category[], catchAll: string): Category | undefined {
  const crumbs = line
    .replace(HOME_CRUMB, '')
    .split(/\s*[»>›/|]\s*/u)
    .reverse();
  const pieces = [...crumbs, ...crumbs.flatMap((crumb) => crumb.split(/\s+[-–—]\s+/u))];
  const named = pieces
    .map((piece) => categoryNamed(piece, categories))
    .filter((category): category is Category => category !== undefined && category.slug !== catchAll);
  return new Set(named.map((category) => category.slug)).size === 1 ? named[0] : undefined;
}
