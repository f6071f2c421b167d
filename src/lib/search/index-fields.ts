/**
 * The names under which article pages put their data in Pagefind's index and the search
 * page reads it back: one list, so the two cannot drift apart.
 */
export const INDEX_FIELDS = {
  /** Filter: the article's category, by slug. */
  category: 'category',
  /** Filter: the year of publication, in Vietnam's time. */
  year: 'year',
  /** Sort: the publish time as ISO 8601 with `+07:00`, which sorts as text. */
  date: 'date',
  /** Metadata: the headline, which Pagefind takes from the page's first `<h1>` by itself. */
  title: 'title',
  /**
   * Metadata: the publish date as readers write it, `26/10/2019`. Pagefind searches every
   * metadata field, so this one is what a reader could type: `26/10/2019` finds that day's news.
   */
  published: 'published',
  /**
   * Metadata the index alone sees: the page's words as readers also spell them, `đ` words
   * with `d` and `oa`/`oe`/`uy` words with the tone on the other vowel.
   */
  spellings: 'spellings',
} as const;
