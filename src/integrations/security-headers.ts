import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { agreedPolicy, headerPolicy, metaPolicy } from '../lib/security/content-security-policy.ts';
import { addHeader } from '../lib/security/headers-file.ts';

/**
 * What a policy can say only in a header, browsers ignoring it in a `<meta>`: that no other
 * site may frame ours. `upgrade-insecure-requests` is left out: a page loads nothing but
 * its own site's files ('self'), which HSTS already keeps on HTTPS, so it would upgrade
 * nothing.
 */
const HEADER_ONLY = "frame-ancestors 'none'";

/** Pages read at once: enough to keep the disk busy without holding a large site in memory. */
const IN_FLIGHT = 32;

/**
 * Writes the site's Content-Security-Policy into `dist/_headers` (which Astro copied from
 * `public/_headers`) as the last step of `astro build`.
 *
 * A CDN that reads `_headers` enforces the header's policy on top of the page's `<meta>`
 * one, so a header that allowed less than the meta would block the stylesheet and the
 * scripts Astro inlines, whose hashes only the build knows. The header is therefore copied
 * from the policy the build wrote into the pages themselves, every build: it cannot drift
 * from them, and a site whose pages disagree fails the build rather than ship a header
 * that is wrong for some of them.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await writeSecurityHeaders(fileURLToPath(dir));
        logger.info(`_headers has the Content-Security-Policy of ${pages} pages, and ${HEADER_ONLY}`);
      },
    },
  };
}

/** Adds the Content-Security-Policy of the pages in `outDir` to its `_headers`. */
export async function writeSecurityHeaders(outDir: string): Promise<{ pages: number; policy: string }> {
  const file = join(outDir, '_headers');
  const template = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT'
      ? new Error('_headers is missing from the build: public/_headers, which holds the security headers, is gone')
      : error;
  });
  const policies = new Map<string, string>();
  const paths = (await readdir(outDir, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
  for (let from = 0; from < paths.length; from += IN_FLIGHT) {
    const batch = paths.slice(from, from + IN_FLIGHT);
    const found = await Promise.all(
      batch.map(async (path) => {
        try {
          return metaPolicy(await readFile(join(outDir, path), 'utf8'));
        } catch (error) {
          throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
        }
      }),
    );
    // Pages without one (the redirect pages at old portal addresses, which load nothing)
    // are served with the header all the same: the /* rule covers every path.
    batch.forEach((path, at) => {
      const policy = found[at];
      if (policy !== undefined) policies.set(path.split(sep).join('/'), policy);
    });
  }
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
  return { pages: policies.size, policy };
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
