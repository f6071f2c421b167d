import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/lib/article/schema.ts';
import { buildCatalog } from '../../../src/lib/catalog/build-catalog.ts';
import { FRONT_PAGE, frontPage, type FrontPageEntry } from '../../../src/lib/catalog/front-page.ts';

const category = (slug: string): Category => ({ slug, name: slug, description: slug, keywords: [] });
const categories = [category('thoi-su'), category('dan-van')];
const now = new Date('2026-12-07T08:00:00+07:00');
const LATER = new Date('2026-12-08T08:00:00+07:00');
const EARLIER = new Date('2026-12-06T08:00:00+07:00');

/** Article `n` was published n hours before now: article 0 is the newest. */
const article = (
  n: number,
  home?: FrontPageEntry['data']['home'],
  slug = n % 2 ? 'dan-van' : 'thoi-su',
  tags: string[] = [],
) => ({
  id: `bai-${n}`,
  data: {
    title: `Bài ${n}`,
    date: new Date(now.getTime() - n * 3_600_000),
    category: slug,
    tags,
    ...(home && { home }),
  },
});

const front = (entries: FrontPageEntry[]) => {
  const page = frontPage(buildCatalog(entries, categories, { preview: false, now }), now);
  return {
    lead: page.lead?.id,
    featured: page.featured.map((entry) => entry.id),
    newest: page.newest.map((entry) => entry.id),
    topics: page.topics.map(({ tag, article }) => `${tag.slug}: ${article?.id ?? '–'}`),
    sections: page.sections.map(
      ({ category, articles }) => `${category.slug}: ${articles.map((entry) => entry.id).join(' ')}`,
    ),
  };
};

const archive = (count: number) => Array.from({ length: count }, (_, n) => article(n));

describe('frontPage', () => {
  it('leads with the newest story when no editor pinned one, then the newest, then each category', () => {
    const page = front(archive(20));
    expect(page.lead).toBe('bai-0');
    expect(page.featured).toEqual([]);
    expect(page.newest).toEqual([
      'bai-1',
      'bai-2',
      'bai-3',
      'bai-4',
      'bai-5',
      'bai-6',
      'bai-7',
      'bai-8',
      'bai-9',
      'bai-10',
    ]);
    expect(page.sections).toEqual(['thoi-su: bai-12 bai-14 bai-16 bai-18', 'dan-van: bai-11 bai-13 bai-15 bai-17']);
  });

  it('leads with a pinned story until its time, however old, and features the chosen ones', () => {
    const entries = archive(30);
    entries[25] = article(25, { lead: LATER });
    entries[12] = article(12, { featured: LATER });
    entries[3] = article(3, { featured: LATER });
    const page = front(entries);
    expect(page.lead).toBe('bai-25');
    expect(page.featured).toEqual(['bai-3', 'bai-12']);
    expect(page.newest[0]).toBe('bai-0');
  });

  it('forgets a pin or a feature whose time has passed', () => {
    const entries = archive(30);
    entries[25] = article(25, { lead: EARLIER });
    entries[12] = article(12, { featured: now });
    const page = front(entries);
    expect(page.lead).toBe('bai-0');
    expect(page.featured).toEqual([]);
  });

  it('features a second pinned lead, the newer of the two leading', () => {
    const entries = archive(30);
    entries[20] = article(20, { lead: LATER });
    entries[8] = article(8, { lead: LATER });
    const page = front(entries);
    expect(page.lead).toBe('bai-8');
    expect(page.featured).toEqual(['bai-20']);
  });

  it(`features at most ${FRONT_PAGE.featured} stories`, () => {
    const entries = Array.from({ length: 10 }, (_, n) => article(n, { featured: LATER }));
    expect(front(entries).featured).toHaveLength(FRONT_PAGE.featured);
  });

  it('keeps a hidden story off every block of the home page', () => {
    const entries = archive(20);
    entries[0] = article(0, { hidden: true }, 'thoi-su', ['dân vận']);
    entries[11] = article(11, { hidden: true });
    const page = front(entries);
    const everywhere = [page.lead, ...page.featured, ...page.newest, ...page.topics, ...page.sections].join(' ');
    expect(everywhere).not.toMatch(/bai-0\b|bai-11\b/);
    expect(page.lead).toBe('bai-1');
  });

  it('never shows a story in two blocks: topics and categories take stories not shown above', () => {
    const entries = archive(40).map((entry, n) =>
      article(n, undefined, entry.data.category, n % 3 === 0 ? ['dân vận'] : []),
    );
    const page = front(entries);
    const topicStories = page.topics.map((topic) => topic.split(': ')[1]!).filter((id) => id !== '–');
    const shown = [page.lead!, ...page.featured, ...page.newest, ...topicStories];
    for (const section of page.sections) shown.push(...section.split(': ')[1]!.split(' '));
    expect(new Set(shown).size).toBe(shown.length);
    expect(page.topics).toEqual(['dan-van: bai-12']);
  });

  it('keeps a topic whose stories are all shown above, without a story of its own', () => {
    const page = front([article(0, undefined, 'thoi-su', ['dân vận'])]);
    expect(page.lead).toBe('bai-0');
    expect(page.topics).toEqual(['dan-van: –']);
  });
});
