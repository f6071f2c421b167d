import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../src/lib/check/settings.ts';
import { readProjectFile } from '../support/content.ts';

const categories = { path: 'content/categories.yaml', text: readProjectFile('content/categories.yaml') };
const site = { path: 'content/site.yaml', text: readProjectFile('content/site.yaml') };

describe('checkSettings', () => {
  it('reads the newsroom’s own settings', () => {
    const checked = checkSettings(categories, site);
    expect(checked.problems).toEqual([]);
    expect(checked.categories?.map((category) => category.slug)).toContain('dan-van');
    expect(checked.site?.defaultCategory).toBe('tin-tuc');
  });

  it('reports a default category that is not declared, at its line', () => {
    const text = site.text.replace('defaultCategory: tin-tuc', 'defaultCategory: tin-moi');
    expect(checkSettings(categories, { ...site, text }).problems).toEqual([
      expect.objectContaining({
        file: 'content/site.yaml',
        line: 9,
        field: 'defaultCategory',
        what: 'chuyên mục "tin-moi" không có (unknown category)',
      }),
    ]);
  });

  it('reports a host it does not know at its line, with the hosts it does', () => {
    const text = site.text.replace('host: github-pages', 'host: vercel');
    expect(checkSettings(categories, { ...site, text }).problems).toEqual([
      expect.objectContaining({
        file: 'content/site.yaml',
        line: text.split('\n').indexOf('host: vercel') + 1,
        field: 'host',
        what: expect.stringContaining('phải là một trong: github-pages, cloudflare-pages, netlify, s3'),
      }),
    ]);
  });

  it('reports a missing file and YAML it cannot read', () => {
    const checked = checkSettings({ path: 'content/categories.yaml' }, { ...site, text: 'name: [' });
    expect(checked.problems.map((problem) => `${problem.file}:${problem.line} ${problem.what}`)).toEqual([
      'content/categories.yaml:1 không có tệp này (file not found)',
      expect.stringMatching(/^content\/site\.yaml:\d+ YAML viết sai/),
    ]);
    expect(checked.categories).toBeUndefined();
  });
});
