import { describe, expect, it } from 'vitest';
import { jsonForScript, newsArticleJsonLd, type NewsArticleInput } from '../../../src/lib/seo/news-article.ts';

const input: NewsArticleInput = {
  url: 'https://tintuc.example/bai-viet/bai/',
  headline: 'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018',
  description: 'Sáng ngày 26/12…',
  published: new Date('2019-10-26T19:18:00+07:00'),
  section: 'Dân vận',
  publisher: { name: 'Tin tức Bình Phước', url: 'https://tintuc.example/', logo: 'https://tintuc.example/logo.svg' },
  breadcrumb: [
    { name: 'Trang chủ', url: 'https://tintuc.example/' },
    { name: 'Dân vận', url: 'https://tintuc.example/chuyen-muc/dan-van/' },
  ],
};

type Graph = { '@graph': Record<string, unknown>[] };

describe('newsArticleJsonLd', () => {
  it('describes a NewsArticle in Vietnam time, in Vietnamese, with its section and publisher', () => {
    const [article] = (newsArticleJsonLd(input) as Graph)['@graph'];
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: input.headline,
      datePublished: '2019-10-26T19:18:00+07:00',
      dateModified: '2019-10-26T19:18:00+07:00',
      articleSection: 'Dân vận',
      inLanguage: 'vi',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Tin tức Bình Phước', logo: { url: input.publisher.logo } },
    });
  });

  it('credits the byline when there is one, else the newsroom', () => {
    const withAuthor = (newsArticleJsonLd({ ...input, author: 'Minh Anh' }) as Graph)['@graph'][0]!;
    expect(withAuthor.author).toEqual({ '@type': 'Person', name: 'Minh Anh' });
    const without = (newsArticleJsonLd(input) as Graph)['@graph'][0]!;
    expect(without.author).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Tin tức Bình Phước' });
  });

  it('lists the breadcrumb from the home page, positions from 1', () => {
    const breadcrumb = (newsArticleJsonLd(input) as Graph)['@graph'][1]!;
    expect(breadcrumb).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://tintuc.example/' },
        { '@type': 'ListItem', position: 2, name: 'Dân vận', item: 'https://tintuc.example/chuyen-muc/dan-van/' },
      ],
    });
  });
});

describe('jsonForScript', () => {
  it('never lets a headline close the script element', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
