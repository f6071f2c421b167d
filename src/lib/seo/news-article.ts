// The *Leaf types: the node itself, not the union of every subtype schema.org derives from
// it, which made type checking this one file take 4 GB and 50 s.
import type {
  BreadcrumbListLeaf as BreadcrumbList,
  Graph,
  ListItemLeaf as ListItem,
  NewsArticleLeaf as NewsArticle,
  NewsMediaOrganizationLeaf as NewsMediaOrganization,
  PersonLeaf as Person,
} from 'schema-dts';
import { instantToVietnamIso } from '../article/vietnam-time.ts';

/** What the structured data of an article page says, in schema.org's terms. */
export interface NewsArticleInput {
  headline: string;
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
 * schema.org's NewsArticle with what Google's article documentation recommends every one
 * carry: a headline, an image, a publish time and an author (a Person or an Organization,
 * whose `name` schema-dts cannot demand, so the unit tests check it).
 */
export type GoogleNewsArticle = NewsArticle &
  Required<Pick<NewsArticle, 'headline' | 'image' | 'datePublished' | 'author'>>;

/** The JSON-LD graph of an article page: the article, then its breadcrumb. */
export interface NewsArticleGraph extends Graph {
  '@graph': readonly [GoogleNewsArticle, BreadcrumbList];
}

/**
 * schema.org `NewsArticle` and `BreadcrumbList` for an article page, as one JSON-LD graph,
 * each node typed by schema-dts so that a type or property schema.org does not define is a
 * compile error. What the page says elsewhere is not repeated, since every article page
 * would pay for it twice: the lead is the meta description, the address the canonical link.
 * Times keep the newsroom's `+07:00`; an article with no byline is credited to the newsroom,
 * as Google asks for an author.
 */
export function newsArticleJsonLd(input: NewsArticleInput): NewsArticleGraph {
  const publisher = {
    '@type': 'NewsMediaOrganization',
    name: input.publisher.name,
    url: input.publisher.url,
    // The address alone: schema.org and Google take a URL as well as an ImageObject.
    logo: input.publisher.logo,
  } satisfies NewsMediaOrganization;
  const article = {
    '@type': 'NewsArticle',
    headline: input.headline,
    datePublished: instantToVietnamIso(input.published),
    dateModified: instantToVietnamIso(input.modified ?? input.published),
    articleSection: input.section,
    inLanguage: 'vi',
    // Unbylined, the newsroom is named once in full, as publisher; as author, its name and
    // address suffice. Nested nodes typed where they are written, not against the article's
    // union of all their kinds.
    author: input.author
      ? ({ '@type': 'Person', name: input.author } satisfies Person)
      : ({
          '@type': 'NewsMediaOrganization',
          name: publisher.name,
          url: publisher.url,
        } satisfies NewsMediaOrganization),
    publisher,
    image: input.image ?? input.publisher.logo,
  } satisfies GoogleNewsArticle;
  const breadcrumb = {
    '@type': 'BreadcrumbList',
    // Typed here too: what a callback returns escapes the check of the literal around it.
    itemListElement: input.breadcrumb.map((crumb, index): ListItem => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  } satisfies BreadcrumbList;
  return { '@context': 'https://schema.org', '@graph': [article, breadcrumb] };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function jsonForScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
