import type { Category } from '../article/schema.ts';

export interface Classification {
  category: string;
  tags: string[];
}

/** How many times a keyword in the title counts against one in the body. */
const TITLE_WEIGHT = 3;
/** A keyword becomes a tag once it weighs this much: one passing mention is not a topic. */
const TAG_MIN_WEIGHT = 2;
const MAX_TAGS = 5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function countPhrase(haystack: string, phrase: string): number {
  // Letters on either side mean another word (`an ninh` must not match inside `ban ninh`).
  const regex = new RegExp(`(?<!\\p{L})${escapeRegExp(phrase.toLowerCase())}(?!\\p{L})`, 'gu');
  return haystack.match(regex)?.length ?? 0;
}

/**
 * Files an article under the category whose keywords weigh most in its text (the title
 * counts more than the body), else under the default category; the keywords that weigh
 * most become its tags. Ties go to the category listed first in `categories.yaml`.
 */
export function classify(
  title: string,
  text: string,
  categories: readonly Category[],
  defaultCategory: string,
): Classification {
  const lowerTitle = title.toLowerCase();
  const lowerText = text.toLowerCase();
  let best = { slug: defaultCategory, score: 0 };
  const weights = new Map<string, number>();
  for (const category of categories) {
    let score = 0;
    for (const keyword of category.keywords) {
      const weight = TITLE_WEIGHT * countPhrase(lowerTitle, keyword) + countPhrase(lowerText, keyword);
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
}
