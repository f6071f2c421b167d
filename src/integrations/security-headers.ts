import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { agreedPolicy, headerPolicy, metaPolicy } from '../lib/security/content-security-policy.ts';
import { addHeader } from '../lib/security/headers-file.ts';
import { releaseRenderedPages, takeRenderedPages, type RenderedPages } from '../lib/build/rendered-pages.ts';

/**
 * What a policy can say only in a header, browsers ignoring it in a `<meta>`: that no other
 * site may frame ours. `upgrade-insecure-requests` is left out: a page loads nothing but
 * its own site's files ('self'), which HSTS already keeps on HTTPS, so it would upgrade
 * nothing.
 */
const HEADER_ONLY = "frame-ancestors 'none'";

/**
 * Writes the site's Content-Security-Policy into `dist/_headers` (which Astro copied from
 * `public/_headers`) as the last step of `astro build`.
 *
 * A CDN that reads `_headers` enforces the header's policy on top of the page's `<meta>`
 * one, so a header that allowed less than the meta would block what the pages load. The
 * header is therefore copied from the policy the build wrote into the pages themselves, as
 * each is rendered: it cannot drift from them, and a site whose pages disagree fails the
 * build rather than ship a header that is wrong for some of them. Pages kept from the last build were made by the
 * same code (src/integrations/kept-site.ts), so they carry the same policy.
 */
export function securityHeaders(): AstroIntegration {
  const policies = new Map<string, string>();
  const pages: RenderedPages = {
    add(url, html) {
      try {
        const policy = metaPolicy(html);
        // Pages without one (the redirect pages at old portal addresses, which load nothing)
        // are served with the header all the same: the /* rule covers every path.
        if (policy !== undefined) policies.set(url, policy);
      } catch (error) {
        throw new Error(`${url}: ${(error as Error).message}`, { cause: error });
      }
    },
  };
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:start': () => {
        policies.clear();
        takeRenderedPages(pages);
      },
      'astro:build:done': async ({ dir, logger }) => {
        releaseRenderedPages(pages);
        await writeSecurityHeaders(fileURLToPath(dir), policies);
        logger.info(
          `_headers has the Content-Security-Policy of the ${policies.size} pages rendered, and ${HEADER_ONLY}`,
        );
      },
    },
  };
}

/** Adds the Content-Security-Policy that every page of `policies` (address → its `<meta>` policy) agrees on to `outDir`'s `_headers`. */
export async function writeSecurityHeaders(
  outDir: string,
  policies: ReadonlyMap<string, string>,
): Promise<{ policy: string }> {
  const file = join(outDir, '_headers');
  const template = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT'
      ? new Error('_headers is missing from the build: public/_headers, which holds the security headers, is gone')
      : error;
  });
  const policy = headerPolicy(agreedPolicy(policies), HEADER_ONLY);
  let headers: string;
  try {
    headers = addHeader(template, '/*', 'Content-Security-Policy', policy);
  } catch (error) {
    throw new Error(
      `public/_headers: ${(error as Error).message}. The Content-Security-Policy is added by the build, to the /* rule, from the pages' own.`,
      { cause: error },
    );
  }
  await writeAtomically(file, headers);
  return { policy };
}

/** Through a temporary file and a rename: whatever reads `_headers`, a deploy included, never finds half of it. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
