/** Where `content/site.yaml` says the built site is published. */
export const HOSTS = ['github-pages', 'cloudflare-pages', 'netlify', 's3'] as const;

export type Host = (typeof HOSTS)[number];

/** The limits a host publishes for one site; a limit it does not publish is absent. */
export interface HostLimits {
  /** Bytes of the whole site. */
  siteBytes?: number;
  /** Files of the site. */
  files?: number;
  /** Bytes of its largest file. */
  fileBytes?: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * The hosts' published limits, which decide where a growing archive can go:
 * - GitHub Pages: a published site of at most 1 GB (deploy-pages refuses a larger artifact);
 * - Cloudflare Pages: 20 000 files on the free plan (100 000 on paid ones), 25 MiB a file;
 * - Netlify publishes no limit of size or file count for a site, and uploads only changed files;
 * - S3-compatible storage takes any number of objects; `npm run deploy:s3` sends each file in
 *   one request, which S3 allows up to 5 GiB.
 */
export const HOST_LIMITS: Record<Host, HostLimits> = {
  'github-pages': { siteBytes: GiB },
  'cloudflare-pages': { files: 20_000, fileBytes: 25 * MiB },
  netlify: {},
  s3: { fileBytes: 5 * GiB },
};
