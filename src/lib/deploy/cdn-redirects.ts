import type { Redirect } from './s3-objects.ts';

/**
 * `dist/_redirects` as the CDN rules to paste, for a site served from object storage: the
 * bucket holds a page at each old address that sends readers on (a refresh and a canonical
 * link, src/lib/site/redirect-page.ts), and these rules make the CDN answer the old address
 * with a 301 itself, as Netlify or Cloudflare Pages do from `_redirects`. An imported
 * portal has one or two old addresses per article, tens of thousands: too many for S3's
 * website routing rules (50) or a CloudFront Function's code (10 KB), hence a key-value
 * store or a list, read by the CDN at the edge.
 */

/** CloudFront KeyValueStore's import file: the old path, then the path it moved to. */
export function cloudFrontKeyValueStore(redirects: readonly Redirect[]): { data: { key: string; value: string }[] } {
  return { data: redirects.map(({ from, to }) => ({ key: from, value: to })) };
}

/**
 * The CloudFront Function (runtime cloudfront-js-2.0) for the distribution's viewer
 * requests, with the store above associated to it: a 301 for an old address, the request
 * untouched otherwise.
 */
export const CLOUDFRONT_FUNCTION = `import cf from 'cloudfront';

// The KeyValueStore associated with this function, imported from npm run cdn:redirects.
const redirects = cf.kvs();

async function handler(event) {
  const request = event.request;
  try {
    const location = await redirects.get(request.uri);
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: location } } };
  } catch (notAnOldAddress) {
    return request;
  }
}
`;

/**
 * Cloudflare's Bulk Redirects list (for R2 behind Cloudflare), as the CSV its dashboard
 * imports: source URL without its scheme, target URL, status.
 */
export function cloudflareBulkRedirects(redirects: readonly Redirect[], siteUrl: string): string {
  const site = new URL(siteUrl);
  const rows = redirects.map(({ from, to }) => [`${site.host}${from}`, new URL(to, site).href, '301'].map(csvField));
  return rows.map((row) => `${row.join(',')}\n`).join('');
}

/** A CSV field, quoted when a comma or a quote in an old address would break the row. */
function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
