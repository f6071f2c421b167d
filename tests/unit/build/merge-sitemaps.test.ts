import { describe, expect, it } from 'vitest';
import { mergeSitemaps } from '../../../src/lib/build/merge-sitemaps.ts';

const SITE = 'https://tintuc.example';
const OPENING = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const urlset = (...paths: string[]) =>
  `${OPENING}${paths.map((path) => `<url><loc>${SITE}${path}</loc></url>`).join('')}</urlset>`;
const index = (...names: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${names
    .map((name) => `<sitemap><loc>${SITE}/${name}</loc></sitemap>`)
    .join('')}</sitemapindex>`;

describe('mergeSitemaps', () => {
  it('lists every address of every part once, sorted, with the parts’ shared pages once', () => {
    const merged = mergeSitemaps([
      { index: index('sitemap-0.xml'), urlsets: [urlset('/', '/bai-viet/c/', '/chuyen-muc/a/')] },
      { index: index('sitemap-0.xml'), urlsets: [urlset('/', '/bai-viet/a/')] },
      { index: index('sitemap-0.xml'), urlsets: [urlset('/', '/bai-viet/b/')] },
    ]);
    expect([...merged.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(merged.get('sitemap-0.xml')).toBe(
      urlset('/', '/bai-viet/a/', '/bai-viet/b/', '/bai-viet/c/', '/chuyen-muc/a/'),
    );
    expect(merged.get('sitemap-index.xml')).toBe(index('sitemap-0.xml'));
  });

  it('splits more than 45 000 addresses into files of 45 000 and lists them all in the index', () => {
    const paths = Array.from({ length: 50_000 }, (_, at) => `/bai-viet/${String(at).padStart(5, '0')}/`);
    const merged = mergeSitemaps([
      { index: index('sitemap-0.xml'), urlsets: [urlset(...paths.slice(0, 30_000))] },
      { index: index('sitemap-0.xml'), urlsets: [urlset(...paths.slice(30_000))] },
    ]);
    expect(merged.get('sitemap-0.xml')).toBe(urlset(...paths.slice(0, 45_000)));
    expect(merged.get('sitemap-1.xml')).toBe(urlset(...paths.slice(45_000)));
    expect(merged.get('sitemap-index.xml')).toBe(index('sitemap-0.xml', 'sitemap-1.xml'));
  });

  it('reads a part that @astrojs/sitemap split into several files', () => {
    const merged = mergeSitemaps([
      { index: index('sitemap-0.xml', 'sitemap-1.xml'), urlsets: [urlset('/b/'), urlset('/a/')] },
    ]);
    expect(merged.get('sitemap-0.xml')).toBe(urlset('/a/', '/b/'));
  });

  it('refuses parts without a sitemap', () => {
    expect(() => mergeSitemaps([{ index: '', urlsets: [] }])).toThrow(/no sitemap/);
  });
});

describe('mergeSitemaps with lastmod', () => {
  const dated = (path: string, lastmod: string) => `<url><loc>${SITE}${path}</loc><lastmod>${lastmod}</lastmod></url>`;
  const datedIndex = (lastmod: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${SITE}/sitemap-0.xml</loc><lastmod>${lastmod}</lastmod></sitemap></sitemapindex>`;

  it('keeps each address’s lastmod and dates each file by its newest, as @astrojs/sitemap does', () => {
    const merged = mergeSitemaps([
      {
        index: datedIndex('2020-01-02T00:00:00.000Z'),
        urlsets: [`${OPENING}${dated('/bai-viet/b/', '2020-01-02T00:00:00.000Z')}</urlset>`],
      },
      {
        index: datedIndex('2019-05-01T00:00:00.000Z'),
        urlsets: [
          `${OPENING}<url><loc>${SITE}/</loc></url>${dated('/bai-viet/a/', '2019-05-01T00:00:00.000Z')}</urlset>`,
        ],
      },
    ]);
    expect(merged.get('sitemap-0.xml')).toBe(
      `${OPENING}<url><loc>${SITE}/</loc></url>${dated('/bai-viet/a/', '2019-05-01T00:00:00.000Z')}${dated('/bai-viet/b/', '2020-01-02T00:00:00.000Z')}</urlset>`,
    );
    expect(merged.get('sitemap-index.xml')).toBe(datedIndex('2020-01-02T00:00:00.000Z'));
  });
});
