import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../src/lib/seo/feed-items.ts';

const article = (id: string, updated?: Date) => ({
  id,
  data: {
    title: id,
    date: new Date('2026-11-20T01:00:00Z'),
    summary: 'Sapo.',
    tags: ['dân vận'],
    ...(updated && { updated }),
  },
});

describe('feedItems', () => {
  it('gives each article its link, date, lead, category and tags', () => {
    expect(feedItems([article('a')], () => 'Thời sự')).toEqual([
      {
        title: 'a',
        link: '/bai-viet/a/',
        pubDate: new Date('2026-11-20T01:00:00Z'),
        description: 'Sapo.',
        categories: ['Thời sự', 'dân vận'],
      },
    ]);
  });

  it("carries a correction's time as Atom's updated", () => {
    const [item] = feedItems([article('a', new Date('2026-11-21T02:30:00Z'))], () => 'Thời sự');
    expect(item!.customData).toBe('<atom:updated>2026-11-21T02:30:00.000Z</atom:updated>');
  });
});
