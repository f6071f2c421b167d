import { createHash } from 'node:crypto';

/**
 * What a build leaves for the next one to keep its pages by: the code it was made with,
 * where it wrote the site, and each page's key (`cacheKeyOf`), by address. Pages without
 * a key (the home page, feeds, the search page) are in every site and rendered by every
 * build; every page that can come and go (articles, listings' pages, old addresses,
 * sitemap files) has one.
 */
export interface KeptSite {
  code: string;
  outDir: string;
  keys: Record<string, string>;
}

/**
 * The keys of the pages of the build under way, and the last build's, when its site is
 * kept: a page whose key is the one the kept site was built with is that page already.
 */
export class PageKeys {
  readonly #kept: ReadonlyMap<string, string>;
  readonly keys = new Map<string, string>();

  constructor(kept: KeptSite | undefined) {
    this.#kept = new Map(kept ? Object.entries(kept.keys) : []);
  }

  /** Records the page at `route` with `key`; whether it must be rendered (else the kept site has it as it would be). */
  rendersPage(route: string, key: string): boolean {
    this.keys.set(route, key);
    return this.#kept.get(route) !== key;
  }

  /** How many pages the kept site has that this build did not render again. */
  get keptCount(): number {
    let count = 0;
    for (const [route, key] of this.keys) if (this.#kept.get(route) === key) count++;
    return count;
  }
}

/**
 * The pages are made inside Astro's prerender bundle and the kept site is managed by an
 * integration in the config's module graph: two copies of any shared module, so they meet
 * on a registered symbol of the one global object (as rendered pages reach the search index).
 */
const KEY = Symbol.for('tin-tuc-tinh.page-keys');
type Holder = { [KEY]?: PageKeys | undefined };

export function takePageKeys(keys: PageKeys | undefined): void {
  (globalThis as Holder)[KEY] = keys;
}

export function pageKeys(): PageKeys | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * Whether this build renders the page at `route` (`/bai-viet/abc/`), whose content is
 * summed up by `key`: always outside `astro build` and in a build from nothing; in a build
 * over a kept site, only when its key changed.
 */
export function rendersPage(route: string, key: string): boolean {
  return pageKeys()?.rendersPage(route, key) ?? true;
}

/** The pages the kept site has that this build has not: an article removed or unpublished, a listing's last page gone. */
export function removedRoutes(kept: KeptSite, keys: ReadonlyMap<string, string>): string[] {
  return Object.keys(kept.keys)
    .filter((route) => !keys.has(route))
    .sort();
}

/** `/bai-viet/a/` → `bai-viet/a/index.html`; `/sitemap-1.xml` → `sitemap-1.xml`. */
export function fileOfRoute(route: string): string {
  return route.endsWith('/') ? `${route.slice(1)}index.html` : route.slice(1);
}

/**
 * A digest of everything besides the articles that a page can depend on: the code, the
 * settings, the lockfile, and the build's options. A kept site is kept only while it is
 * the same; any change renders every page again.
 */
export function codeFingerprint(
  files: Iterable<readonly [path: string, content: Uint8Array]>,
  options: Readonly<Record<string, string | undefined>>,
): string {
  const hash = createHash('sha256');
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`${path}\0${content.length}\0`).update(content);
  }
  for (const name of Object.keys(options).sort()) hash.update(`\0${name}=${options[name] ?? ''}`);
  return hash.digest('hex');
}
