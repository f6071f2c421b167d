import type { BreadcrumbListLeaf as BreadcrumbList, NewsArticleLeaf as NewsArticle } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import {
  jsonForScript,
  newsArticleJsonLd,
  type GoogleNewsArticle,
  type NewsArticleInput,
} from '../../../src/lib/seo/news-article.ts';

const input: NewsArticleInput = {
  headline: 'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018',
  published: new Date('2019-10-26T19:18:00+07:00'),
  section: 'Dân vận',
  publisher: { name: 'Tin tức Bình Phước', url: 'https://tintuc.example/', logo: 'https://tintuc.example/logo.svg' },
  breadcrumb: [
    { name: 'Trang chủ', url: 'https://tintuc.example/' },
    { name: 'Dân vận', url: 'https://tintuc.example/chuyen-muc/dan-van/' },
  ],
};

describe('newsArticleJsonLd', () => {
  it('describes a NewsArticle in Vietnam time, in Vietnamese, with its section and publisher', () => {
    const graph = newsArticleJsonLd(input);
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph'][0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: input.headline,
      datePublished: '2019-10-26T19:18:00+07:00',
      dateModified: '2019-10-26T19:18:00+07:00',
      articleSection: 'Dân vận',
      inLanguage: 'vi',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Tin tức Bình Phước', logo: input.publisher.logo },
    });
  });

  it('credits the byline when there is one, else the newsroom', () => {
    const [withAuthor] = newsArticleJsonLd({ ...input, author: 'Minh Anh' })['@graph'];
    expect(withAuthor.author).toEqual({ '@type': 'Person', name: 'Minh Anh' });
    const [without] = newsArticleJsonLd(input)['@graph'];
    expect(without.author).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Tin tức Bình Phước' });
  });

  it.each([undefined, 'Minh Anh'])(
    'carries what Google recommends for an article: headline, image, publish time, a named author (byline %s)',
    (author) => {
      const [article] = newsArticleJsonLd({ ...input, author })['@graph'];
      expect(article).toMatchObject({
        headline: expect.stringMatching(/\S/),
        image: expect.stringMatching(/^https:\/\//),
        datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/),
        author: { name: expect.stringMatching(/\S/) },
      });
    },
  );

  it('shows the cover photo when there is one, else the newsroom’s logo', () => {
    const image = 'https://tintuc.example/anh/bia.jpg';
    expect(newsArticleJsonLd({ ...input, image })['@graph'][0].image).toBe(image);
    expect(newsArticleJsonLd(input)['@graph'][0].image).toBe(input.publisher.logo);
  });

  it('lists the breadcrumb from the home page, positions from 1', () => {
    const [, breadcrumb] = newsArticleJsonLd(input)['@graph'];
    expect(breadcrumb).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://tintuc.example/' },
        { '@type': 'ListItem', position: 2, name: 'Dân vận', item: 'https://tintuc.example/chuyen-muc/dan-van/' },
      ],
    });
  });
});

// `npm run typecheck` checks these: each `@ts-expect-error` fails it if the line below
// stops being an error, that is if the graph stopped being checked against schema.org.
describe('the schema.org types the graph is built with', () => {
  it('refuse a property or a type that schema.org does not define', () => {
    const misspelled = {
      '@type': 'NewsArticle',
      // @ts-expect-error schema.org's property is `headline`.
      headLine: input.headline,
    } satisfies NewsArticle;
    const unknownType = {
      // @ts-expect-error schema.org has no `NewsArticel`.
      '@type': 'NewsArticel',
      headline: input.headline,
    } satisfies NewsArticle;
    const wrongItem = {
      '@type': 'BreadcrumbList',
      // @ts-expect-error a breadcrumb lists `ListItem`s, whose position is `position`.
      itemListElement: [{ '@type': 'ListItem', postion: 1, name: 'Trang chủ' }],
    } satisfies BreadcrumbList;
    expect([misspelled, unknownType, wrongItem]).toHaveLength(3);
  });

  it('refuse an article without what Google recommends for one', () => {
    const incomplete = {
      '@type': 'NewsArticle',
      headline: input.headline,
      datePublished: '2019-10-26T19:18:00+07:00',
      // @ts-expect-error no image, no author.
    } satisfies GoogleNewsArticle;
    expect(incomplete.headline).toBe(input.headline);
  });
});

describe('jsonForScript', () => {
  it('never lets a headline close the script element', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
