import { describe, expect, it } from 'vitest';
import { articlesLastModified } from '../../../src/lib/seo/last-modified.ts';

const article = (id: string, date: string, updated?: string) => ({
  id,
  data: { date: new Date(date), ...(updated && { updated: new Date(updated) }) },
});

describe('articlesLastModified', () => {
  it("is an article's correction time, else its publish time, by its page's path", () => {
    const map = articlesLastModified([
      article('da-sua', '2026-11-20T08:00:00+07:00', '2026-11-21T09:30:00+07:00'),
      article('chua-sua', '2026-11-20T08:00:00+07:00'),
    ]);
    expect([...map]).toEqual([
      ['/bai-viet/da-sua/', '2026-11-21T02:30:00.000Z'],
      ['/bai-viet/chua-sua/', '2026-11-20T01:00:00.000Z'],
    ]);
  });
});
