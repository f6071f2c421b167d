import { describe, it, expect } from 'vitest';
import {
  SettingsError,
  defaultCategoryOf,
  parseCategories,
  parseChromeRules,
  parseSite,
} from '../../../src/lib/settings/parse-settings.ts';
import { readProjectFile } from '../support/content.ts';

const SITE = `name: Tin tức
tagline: Thông tin
logo: /logo.svg
url: https://tintuc.example
defaultCategory: tin-tuc
pageSize: 20
license: Giấy phép số 25/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bình Phước cấp ngày 15/3/2019
responsible: Nguyễn Văn Minh, Trưởng Ban biên tập
about:
  - Trang thông tin điện tử tổng hợp của tỉnh Bình Phước.
contact:
  address: Số 1
  phone: 0271 3870 000
  email: toasoan@tintuc.example
`;

const CATEGORIES = `thoi-su:
  name: Thời sự
  description: Hoạt động của Tỉnh ủy.
  keywords: [Tỉnh ủy]
tin-tuc:
  name: Tin tức
  description: Tin tổng hợp.
`;

function thrown(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('parseSite', () => {
  it('reads the project’s content/site.yaml', () => {
    const site = parseSite(readProjectFile('content/site.yaml'));
    expect(site.pageSize).toBe(20);
    expect(site.defaultCategory).toBe('tin-tuc');
    expect(site.url).toMatch(/^https:\/\//);
  });

  it('reads a phone number as text', () => {
    expect(parseSite(SITE).contact.phone).toBe('0271 3870 000');
  });

  it('names the file when the YAML is broken', () => {
    const error = thrown(() => parseSite('name: [Tin tức\ntagline: x'));
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.message).toMatch(/^content\/site\.yaml: /);
  });

  it('names the file and the field that is missing', () => {
    const error = thrown(() => parseSite(SITE.replace('tagline: Thông tin\n', '')));
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.message).toMatch(/^content\/site\.yaml: tagline: /);
  });

  it('names a nested field by its path', () => {
    const error = thrown(() => parseSite(SITE.replace('toasoan@tintuc.example', 'toasoan')));
    expect(error.message).toMatch(/^content\/site\.yaml: contact\.email: /);
  });

  it('names every problem, one per line', () => {
    const error = thrown(() =>
      parseSite(SITE.replace('tagline: Thông tin\n', '').replace('pageSize: 20', 'pageSize: 0')),
    );
    expect(error.message.split('\n')).toEqual([
      expect.stringMatching(/^content\/site\.yaml: tagline: /),
      expect.stringMatching(/^content\/site\.yaml: pageSize: /),
    ]);
  });

  it('names the file it was given', () => {
    expect(thrown(() => parseSite('', 'khac/site.yaml')).message).toMatch(/^khac\/site\.yaml: /);
  });

  it('rejects a field it does not know', () => {
    expect(thrown(() => parseSite(`${SITE}pagesize: 10\n`)).message).toContain('pagesize');
  });

  it('reads the host the site is published to, GitHub Pages when it names none', () => {
    expect(parseSite(readProjectFile('content/site.yaml')).host).toBe('github-pages');
    expect(parseSite(SITE).host).toBe('github-pages');
    expect(parseSite(`${SITE}host: cloudflare-pages\n`).host).toBe('cloudflare-pages');
  });

  it('names the hosts it knows when the host is not one of them', () => {
    const error = thrown(() => parseSite(`${SITE}host: vercel\n`));
    expect(error.message).toMatch(/^content\/site\.yaml: host: /);
  });
});

describe('parseCategories', () => {
  it('reads categories in the order they are written, with their slugs', () => {
    expect(parseCategories(CATEGORIES)).toEqual([
      { slug: 'thoi-su', name: 'Thời sự', description: 'Hoạt động của Tỉnh ủy.', keywords: ['Tỉnh ủy'] },
      { slug: 'tin-tuc', name: 'Tin tức', description: 'Tin tổng hợp.', keywords: [] },
    ]);
  });

  it('reads the project’s content/categories.yaml, Dân vận included', () => {
    const categories = parseCategories(readProjectFile('content/categories.yaml'));
    expect(categories.map((category) => category.slug)).toContain('dan-van');
    expect(categories.find((category) => category.slug === 'dan-van')!.keywords).toContain('dân vận');
  });

  it('names the file and the category when a field is missing', () => {
    const error = thrown(() => parseCategories(CATEGORIES.replace('  description: Tin tổng hợp.\n', '')));
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.message).toMatch(/^content\/categories\.yaml: tin-tuc\.description: /);
  });

  it('names the file when the YAML is broken', () => {
    expect(thrown(() => parseCategories('thoi-su:\n  name: "Thời sự\n')).message).toMatch(
      /^content\/categories\.yaml: /,
    );
  });

  it('refuses a slug that is not lower-case ASCII', () => {
    const error = thrown(() => parseCategories(CATEGORIES.replace('thoi-su:', 'Thời-sự:')));
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.message).toContain('content/categories.yaml');
  });

  it('refuses a file with no categories', () => {
    expect(thrown(() => parseCategories('{}'))).toBeInstanceOf(SettingsError);
  });
});

describe('parseChromeRules', () => {
  it('reads the project’s content/chrome.yaml, the footer rule first', () => {
    const rules = parseChromeRules(readProjectFile('content/chrome.yaml'));
    expect(rules.length).toBeGreaterThanOrEqual(3);
    expect(rules[0]!.endsArticle).toBe(true);
  });

  it('defaults endsArticle to false', () => {
    expect(parseChromeRules("- pattern: '^Click$'")).toEqual([{ pattern: '^Click$', endsArticle: false }]);
  });

  it('names the file and the rule when a pattern is not a regular expression', () => {
    const error = thrown(() => parseChromeRules("- pattern: '^ok$'\n- pattern: '(unclosed'"));
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.message).toMatch(/^content\/chrome\.yaml: 1\.pattern: /);
  });
});

describe('defaultCategoryOf', () => {
  const categories = parseCategories(CATEGORIES);

  it('gives the declared category the site names as default', () => {
    expect(defaultCategoryOf(parseSite(SITE), categories)).toBe(categories[1]);
  });

  it('throws, naming the slug, when the default category is not declared', () => {
    const site = parseSite(SITE.replace('defaultCategory: tin-tuc', 'defaultCategory: tin-tuc-moi'));
    const error = thrown(() => defaultCategoryOf(site, categories));
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.message).toContain('"tin-tuc-moi"');
    expect(error.message).toContain('defaultCategory');
  });
});
