import { instantToVietnamIso } from '../article/vietnam-time.ts';

/** What the structured data of an article page says, in schema.org's terms. */
export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  published: Date;
  /** When the article was last changed; the publish time when it never was. */
  modified?: Date;
  section: string;
  author?: string | undefined;
  image?: string | undefined;
  publisher: { name: string; url: string; logo: string };
  /** From the home page down to the article's category. */
  breadcrumb: readonly { name: string; url: string }[];
}

/**
 * schema.org `NewsArticle` and `BreadcrumbList` for an article page, as one JSON-LD graph.
 * Times keep the newsroom's `+07:00`; an article with no byline is credited to the
 * newsroom, as Google asks for an author.
 */
export function newsArticleJsonLd(input: NewsArticleInput): object {
  const publisher = {
    '@type': 'NewsMediaOrganization',
    name: input.publisher.name,
    url: input.publisher.url,
    logo: { '@type': 'ImageObject', url: input.publisher.logo },
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        mainEntityOfPage: input.url,
        url: input.url,
        headline: input.headline,
        description: input.description,
        datePublished: instantToVietnamIso(input.published),
        dateModified: instantToVietnamIso(input.modified ?? input.published),
        articleSection: input.section,
        inLanguage: 'vi',
        author: input.author ? { '@type': 'Person', name: input.author } : publisher,
        publisher,
        image: input.image ?? input.publisher.logo,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: input.breadcrumb.map((crumb, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name: crumb.name,
          item: crumb.url,
        })),
      },
    ],
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function jsonForScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
