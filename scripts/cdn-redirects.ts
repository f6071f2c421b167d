/**
 * npm run cdn:redirects -- [--dist dist] [--site content/site.yaml] [--format cloudfront|cloudfront-function|cloudflare]
 *
 * Prints the built site's `_redirects` (the old portal's addresses) as rules for the CDN
 * in front of the bucket `npm run deploy:s3` fills, so that it answers an old address with
 * a 301, as a Pages host does from `_redirects` (src/lib/deploy/cdn-redirects.ts):
 *
 *   cloudfront           the import file of a CloudFront KeyValueStore (JSON);
 *   cloudfront-function  the viewer-request function that reads it (once);
 *   cloudflare           a Bulk Redirects list for R2 behind Cloudflare (CSV).
 *
 * Without them the bucket's page at each old address still sends readers on.
 * Exit 1 when `_redirects` cannot be read, 2 for a usage error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CLOUDFRONT_FUNCTION,
  cloudflareBulkRedirects,
  cloudFrontKeyValueStore,
} from '../src/lib/deploy/cdn-redirects.ts';
import { readRedirects } from '../src/lib/deploy/s3-objects.ts';
import { parseSite } from '../src/lib/settings/parse-settings.ts';
import { parseFlagsOrExit } from './lib/flags.ts';

const FORMATS = ['cloudfront', 'cloudfront-function', 'cloudflare'];
const USAGE = `Cách dùng: npm run --silent cdn:redirects -- [--dist dist] [--site content/site.yaml] [--format ${FORMATS.join('|')}]`;

const flags = parseFlagsOrExit(
  {
    dist: { type: 'string', default: 'dist' },
    site: { type: 'string', default: 'content/site.yaml' },
    format: { type: 'string', default: 'cloudfront' },
  },
  USAGE,
  (values) => {
    if (!FORMATS.includes(values.format))
      throw new Error(`--format: "${values.format}" không phải ${FORMATS.join(', ')}`);
  },
);

try {
  if (flags.format === 'cloudfront-function') {
    process.stdout.write(CLOUDFRONT_FUNCTION);
  } else {
    const redirects = readRedirects(await readFile(join(flags.dist, '_redirects'), 'utf8'));
    if (flags.format === 'cloudflare') {
      const site = parseSite(await readFile(flags.site, 'utf8'), flags.site);
      process.stdout.write(cloudflareBulkRedirects(redirects, site.url));
    } else {
      console.log(JSON.stringify(cloudFrontKeyValueStore(redirects), null, 2));
    }
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
