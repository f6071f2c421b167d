/** Addresses per sitemap file, as @astrojs/sitemap splits them (the protocol allows 50 000). */
const URLS_PER_FILE = 45_000;

const URL_ELEMENT = /<url>[\s\S]*?<\/url>/g;
const LOC = /<loc>([^<]*)<\/loc>/;
const LASTMOD = /<lastmod>([^<]*)<\/lastmod>/;
const SITEMAP_LOC = /<sitemap><loc>([^<]*\/)sitemap-\d+\.xml<\/loc>/;

/**
 * One sitemap for a site built in parts, from the sitemaps each part's build wrote
 * (`sitemap-index.xml` and `sitemap-0.xml`… of each): every address once, sorted, split
 * into files of 45 000, and an index listing them. Returns file name → content.
 */
export function mergeSitemaps(parts: readonly { index: string; urlsets: readonly string[] }[]): Map<string, string> {
  const first = parts[0]?.urlsets[0];
  const base = parts[0] && SITEMAP_LOC.exec(parts[0].index)?.[1];
  if (!first || !base) throw new Error('a part has no sitemap to merge (sitemap-index.xml, sitemap-0.xml)');
  const opening = first.slice(0, first.indexOf('<url>'));
  const urls = new Map<string, string>();
  for (const { urlsets } of parts) {
    for (const urlset of urlsets) {
      for (const [element] of urlset.matchAll(URL_ELEMENT)) urls.set(LOC.exec(element)![1]!, element);
    }
  }
  const sorted = [...urls.keys()].sort().map((loc) => urls.get(loc)!);
  const files = new Map<string, string>();
  const entries: string[] = [];
  for (let at = 0; at < Math.max(sorted.length, 1); at += URLS_PER_FILE) {
    const elements = sorted.slice(at, at + URLS_PER_FILE);
    const name = `sitemap-${files.size}.xml`;
    files.set(name, `${opening}${elements.join('')}</urlset>`);
    // As @astrojs/sitemap writes its index: each file with the newest lastmod of its addresses.
    const latest = elements.map((element) => LASTMOD.exec(element)?.[1] ?? '').reduce((a, b) => (b > a ? b : a), '');
    entries.push(`<sitemap><loc>${base}${name}</loc>${latest && `<lastmod>${latest}</lastmod>`}</sitemap>`);
  }
  const index = parts[0]!.index;
  files.set('sitemap-index.xml', `${index.slice(0, index.indexOf('<sitemap>'))}${entries.join('')}</sitemapindex>`);
  return files;
}
