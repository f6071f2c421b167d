import { describe, it, expect } from 'vitest';
import { articleSchemaFor } from '../../../src/lib/article/schema.ts';
import { weekdayOf } from '../../../src/lib/article/vietnam-time.ts';
import { generateDumps } from '../../../src/lib/bench/generate-dumps.ts';
import { parseArticle } from '../../../src/lib/convert/parse.ts';
import { loadContentRules, readProjectFile } from '../support/content.ts';

const seed = readProjectFile('seeds/000_7fa307ade4fb8d9e.txt');
const rules = loadContentRules();
const schema = articleSchemaFor(rules.categories.map((category) => category.slug));
const COUNT = 300;
const dumps = generateDumps(seed, COUNT);

function parsed(dump: { name: string; text: string }) {
  const result = parseArticle(dump.text, dump.name, rules);
  if (!result.ok) throw new Error(`${dump.name} did not convert: ${JSON.stringify(result.errors)}`);
  return result;
}
const articles = dumps.map((dump) => parsed(dump).article);

describe('generateDumps', () => {
  it('makes as many dumps as asked, named bench-000001.txt onwards', () => {
    expect(dumps).toHaveLength(COUNT);
    expect(dumps[0]!.name).toBe('bench-000001.txt');
    expect(dumps.at(-1)!.name).toBe('bench-000300.txt');
    expect(new Set(dumps.map((dump) => dump.name)).size).toBe(COUNT);
    expect(generateDumps(seed, 0)).toEqual([]);
  });

  it('makes the same dumps every time, whatever the count', () => {
    expect(generateDumps(seed, COUNT)).toEqual(dumps);
    expect(generateDumps(seed, 10)).toEqual(dumps.slice(0, 10));
  });

  it('makes dumps the converter reads without errors or warnings, with valid front matter', () => {
    for (const dump of dumps) {
      const result = parsed(dump);
      expect(result.warnings, dump.name).toEqual([]);
      expect(schema.safeParse(result.article.frontMatter).success, dump.name).toBe(true);
    }
  });

  it('prints the weekday each date really fell on', () => {
    const weekdays = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
    for (const dump of dumps) {
      const [, weekday, day, month, year] = /^(.+?) - (\d\d)\/(\d\d)\/(\d{4}) /mu.exec(dump.text.split('\n')[2]!)!;
      expect(weekday, dump.name).toBe(weekdays[weekdayOf(Number(year), Number(month), Number(day))]);
    }
  });

  it('spreads the dates over 2010–2024', () => {
    const years = articles.map((article) => Number(article.frontMatter.date.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2010);
    expect(Math.max(...years)).toBeLessThanOrEqual(2024);
    expect(new Set(years).size).toBe(15);
  });

  it('gives the articles mostly distinct titles', () => {
    const titles = new Set(articles.map((article) => article.frontMatter.title));
    expect(titles.size).toBeGreaterThan(COUNT * 0.95);
  });

  it('spreads the articles over several categories', () => {
    const categories = new Set(articles.map((article) => article.frontMatter.category));
    expect(categories.size).toBeGreaterThanOrEqual(4);
  });

  it('varies the body: 3–12 paragraphs, 0–3 figures, with and without a cover', () => {
    const paragraphs = articles.map((article) => article.body.filter((block) => block.kind === 'paragraph').length);
    const figures = articles.map((article) => article.body.filter((block) => block.kind === 'figure').length);
    expect(Math.min(...paragraphs)).toBe(3);
    expect(Math.max(...paragraphs)).toBe(12);
    expect(Math.min(...figures)).toBe(0);
    expect(Math.max(...figures)).toBe(3);
    const covers = articles.filter((article) => article.frontMatter.cover).length;
    expect(covers).toBeGreaterThan(0);
    expect(covers).toBeLessThan(COUNT);
  });

  it('ends every dump with a source line and the portal’s footer chrome, as the seed does', () => {
    const footer = seed.slice(seed.indexOf('\n', seed.indexOf('Nguồn:')));
    for (const dump of dumps) {
      expect(dump.text.endsWith(footer), dump.name).toBe(true);
      expect(parsed(dump).article.frontMatter.source?.name, dump.name).toBeTruthy();
    }
  });

  it('refuses a seed it cannot recombine', () => {
    expect(() => generateDumps('Tiêu đề\n\nThứ bảy - 26/10/2019 19:18\nĐoạn văn.', 1)).toThrow(/Nguồn/);
  });
});
