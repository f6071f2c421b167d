/** What decides whether an article is on the site. */
export interface PublicationFields {
  date: Date;
  draft?: boolean | undefined;
  publishAt?: Date | undefined;
  expires?: Date | undefined;
}

/**
 * Whether an article is on the site in a build made at `now`: not a draft, its scheduled
 * time (`publishAt`, else its `date`) reached, and its `expires` time not. A preview
 * (`npm run dev`) shows every article, so editors can read what is still to come.
 */
export function isPublished(article: PublicationFields, now: Date, options: { preview: boolean }): boolean {
  if (options.preview) return true;
  const from = article.publishAt ?? article.date;
  return !article.draft && from <= now && !(article.expires && article.expires <= now);
}
