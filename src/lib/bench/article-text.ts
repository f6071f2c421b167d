import { COMMON_WORDS, TOPICS, tailWords } from './vocabulary.ts';

export type Random = () => number;

/** mulberry32: a few lines, good enough spread for test data, and the same on every machine. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/**
 * Draws items with the given weights, in constant time: a guide table says where in the
 * cumulative weights to start looking (a binary search per word made the archive slow).
 */
class Weighted<T> {
  readonly #items: readonly T[];
  readonly #cumulative: Float64Array;
  readonly #guide: Uint32Array;

  constructor(items: readonly T[], weights: readonly number[]) {
    this.#items = items;
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    this.#cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((weight, at) => (this.#cumulative[at] = (sum += weight) / total));
    this.#cumulative[items.length - 1] = 1;
    this.#guide = new Uint32Array(items.length);
    let at = 0;
    for (let slot = 0; slot < items.length; slot += 1) {
      while (this.#cumulative[at]! < slot / items.length) at += 1;
      this.#guide[slot] = at;
    }
  }

  draw(random: Random): T {
    const target = random();
    let at = this.#guide[Math.floor(target * this.#items.length)]!;
    while (this.#cumulative[at]! < target) at += 1;
    return this.#items[at]!;
  }
}

/** Items by Zipf's law: the item at rank r with weight 1 / (r + offset)^exponent. */
const zipf = <T>(items: readonly T[], exponent: number, offset: number) =>
  new Weighted(
    items,
    items.map((_, rank) => 1 / (rank + 1 + offset) ** exponent),
  );

/**
 * How a word of an article is chosen, tuned so that the archive's document shares match
 * real Vietnamese news (`src/lib/bench/profile.ts`, printed by the benchmarks): a share
 * of the words come from the article's topics, which keeps each topic's vocabulary
 * together; a share from a few rarer words of its own, named again and again as a real
 * article names its people and places; a share from the tail of rarer words and the rest
 * from the common words, each by Zipf's law.
 */
const TOPIC_SHARE = 0.1;
const OWN_WORDS_SHARE = 0.05;
const OWN_WORDS = 14;
const TAIL_SHARE = 0.35;
const ZIPF_EXPONENT = 1.5;
const ZIPF_OFFSET = 25;
const TAIL_WORDS = 4000;

const splitWords = (list: string) =>
  list
    .split(',')
    .map((word) => word.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

export interface ArticleTopic {
  /** The category keyword its title carries. */
  keyword: string;
  words: Weighted<string>;
}

/** The archive's vocabulary, built once and shared by every article. */
export class ArchiveVocabulary {
  readonly topics: ArticleTopic[];
  readonly #common: Weighted<string>;
  readonly #tail: Weighted<string>;
  readonly #ownWords: Weighted<string>;
  readonly #topicDraw: Weighted<ArticleTopic>;
  /** Every word of more than one syllable, to measure how the archive uses them. */
  readonly compounds: ReadonlySet<string>;

  constructor() {
    const common = splitWords(COMMON_WORDS);
    const topicWords = TOPICS.map((topic) => splitWords(topic.words));
    const known = new Set([...common, ...topicWords.flat()].flatMap((word) => word.toLowerCase().split(' ')));
    const tail = tailWords(TAIL_WORDS, known);
    this.topics = TOPICS.map((topic, at) => ({ keyword: topic.keyword, words: zipf(topicWords[at]!, 1.4, 0) }));
    this.#topicDraw = new Weighted(
      this.topics,
      TOPICS.map((topic) => topic.weight),
    );
    this.#common = zipf(common, ZIPF_EXPONENT, ZIPF_OFFSET);
    this.#tail = zipf(tail, 1.2, 150);
    this.#ownWords = zipf(tail, 0.3, 10);
    this.compounds = new Set(
      [...common, ...topicWords.flat(), ...tail].map((word) => word.toLowerCase()).filter((word) => word.includes(' ')),
    );
  }

  /** A topic, as often as the newsroom covers it. */
  topic(random: Random): ArticleTopic {
    return this.#topicDraw.draw(random);
  }

  /**
   * The words of one article, about `syllables` syllables long, on its main topic with
   * now and then a word of a second one.
   */
  articleWords(random: Random, topic: ArticleTopic, syllables: number): string[] {
    const second = this.topic(random);
    const own = Array.from({ length: OWN_WORDS }, () => this.#ownWords.draw(random));
    const words: string[] = [];
    for (let count = 0; count < syllables;) {
      const roll = random();
      const word =
        roll < TOPIC_SHARE
          ? (random() < 0.75 ? topic : second).words.draw(random)
          : roll < TOPIC_SHARE + OWN_WORDS_SHARE
            ? pick(random, own)
            : roll < TOPIC_SHARE + OWN_WORDS_SHARE + TAIL_SHARE
              ? this.#tail.draw(random)
              : this.#common.draw(random);
      words.push(word);
      count += word.split(' ').length;
    }
    return words;
  }
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Words made into sentences of 8–22 words, now and then with a comma, each with a full stop. */
export function sentences(random: Random, words: readonly string[]): string[] {
  const made: string[] = [];
  for (let from = 0; from < words.length;) {
    const length = between(random, 8, 22);
    const part = words.slice(from, from + length);
    from += length;
    if (part.length < 3 && made.length > 0) {
      made[made.length - 1] = `${made.at(-1)!.slice(0, -1)} ${part.join(' ')}.`;
      continue;
    }
    const comma = part.length > 8 && random() < 0.5 ? between(random, 3, part.length - 3) : -1;
    made.push(`${capitalised(part.map((word, at) => (at === comma ? `${word},` : word)).join(' '))}.`);
  }
  return made;
}
