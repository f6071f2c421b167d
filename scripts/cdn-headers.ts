/**
 * npm run cdn:headers -- [--dist dist] [--name tin-tuc-headers]
 *
 * Prints the built site's `_headers` (the security headers, and of the
 * Content-Security-Policy what only a header can say) as a CloudFront response headers policy, for a site served
 * from object storage, which sends no headers of its own:
 *
 *   npm run --silent cdn:headers > headers.json
 *   aws cloudfront create-response-headers-policy --response-headers-policy-config file://headers.json
 *
 * then attach the policy to the distribution's default behaviour. It holds no build's
 * script hashes (the pages' own `<meta>` policy does), so it is made once, and again only
 * when public/_headers changes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cloudFrontHeadersPolicy } from '../src/lib/deploy/cdn-headers.ts';
import { parseHeadersFile } from '../src/lib/security/headers-file.ts';

const { values: flags } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    name: { type: 'string', default: 'tin-tuc-headers' },
  },
  strict: true,
});

try {
  const rules = parseHeadersFile(await readFile(join(flags.dist, '_headers'), 'utf8'));
  console.log(JSON.stringify(cloudFrontHeadersPolicy(rules, flags.name), null, 2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
