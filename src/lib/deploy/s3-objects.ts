import { redirectFile } from '../site/redirect-page.ts';

/**
 * How each file of `dist/` is stored in an S3-compatible bucket served through a CDN:
 * its type and how long browsers and the CDN keep it. Object storage sends back what it
 * was given at upload, nothing else, so everything a host like Netlify would work out is
 * decided here; rclone (src/lib/deploy/rclone.ts) uploads with these headers.
 */

/** Bucket storage and CDN read these from the object, never from the file's name. */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  webmanifest: 'application/manifest+json',
  pdf: 'application/pdf',
  // Pagefind's WebAssembly; browsers compile it as it streams only under this type.
  wasm: 'application/wasm',
  // Pagefind's index: gzip that pagefind.js inflates itself, so it must not be sent as
  // Content-Encoding: gzip (the browser would inflate it first) but as opaque bytes.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Feeds by name: `rss.xml` is a feed to readers' apps, other `.xml` files are sitemaps. */
const RSS = 'application/rss+xml; charset=utf-8';

/** A name with a content hash in it never changes content: cache it for a year, never ask again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Pages, feeds, sitemaps and Pagefind's entry file change with every article: a minute
 * at the CDN and in browsers, so a correction is live within a minute of the upload.
 */
export const SHORT = 'public, max-age=60, must-revalidate';

/** Astro's bundled and optimised files, Pagefind's index chunks, and the cards of the newest index's results, named by their content's hash. */
const HASHED = [
  /^_astro\//,
  /^pagefind\/(?:.+\/)?[^/]+\.pf_(?:meta|index|fragment|filter)$/,
  /^pagefind\/(?:.+\/)?result-cards\.[0-9a-f]+\.json$/,
];
const isHashed = (key: string) => HASHED.some((pattern) => pattern.test(key));

/** Read by the CDN (or turned into object metadata here), never served as pages. */
const CDN_FILES = new Set(['_headers', '_redirects']);

export interface StoredObject {
  key: string;
  contentType: string;
  cacheControl: string;
}

/** Whether a file of `dist/` is uploaded at all: `_headers` and `_redirects` are CDN rules, not content. */
export function isUploaded(path: string): boolean {
  return !CDN_FILES.has(path);
}

/**
 * The object a file of `dist/` (a POSIX path relative to it) becomes. `redirectPages` holds
 * the keys of old addresses' redirect pages ({@link redirectPageKeys}). Fails for a file
 * whose type it does not know, rather than upload it as something a browser misreads.
 */
export function storedObject(path: string, redirectPages: ReadonlySet<string> = new Set()): StoredObject {
  const cacheControl = isHashed(path) ? IMMUTABLE : SHORT;
  // An old address may end in .php or .aspx: what is stored there is the redirect page.
  if (redirectPages.has(path)) return { key: path, contentType: TYPES.html!, cacheControl };
  const name = path.slice(path.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const contentType = name === 'rss.xml' ? RSS : TYPES[extension];
  if (contentType === undefined) {
    throw new Error(
      `${path}: no Content-Type is known for ".${extension}" files; add it to src/lib/deploy/s3-objects.ts`,
    );
  }
  return { key: path, contentType, cacheControl };
}

/** An old address and the site path it moved to, as `dist/_redirects` says. */
export interface Redirect {
  from: string;
  to: string;
}

/** `dist/_redirects` (`/old/address /bai-viet/slug/ 301`, one a line); fails on a line it cannot read. */
export function readRedirects(text: string): Redirect[] {
  const redirects: Redirect[] = [];
  for (const line of text.split(/\r?\n/)) {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) continue;
    const [from, to] = content.split(/\s+/);
    if (!from?.startsWith('/') || !to?.startsWith('/')) throw new Error(`_redirects: cannot read "${content}"`);
    redirects.push({ from, to });
  }
  return redirects;
}

/** The keys of the pages the build wrote at the old addresses, which lead readers on. */
export function redirectPageKeys(redirects: readonly Redirect[]): Set<string> {
  return new Set(redirects.map((redirect) => redirectFile(redirect.from)));
}
