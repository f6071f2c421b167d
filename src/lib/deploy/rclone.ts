import { IMMUTABLE, type StoredObject } from './s3-objects.ts';

/**
 * How `npm run deploy:s3` drives rclone (https://rclone.org), which does the syncing: it
 * lists the bucket, compares each file's MD5 with the object's (`--checksum`: content,
 * never time stamps, which every build changes), sends what differs and deletes what the
 * site no longer has. What rclone cannot know, each file's Content-Type and Cache-Control,
 * is given to it one pass per kind: the files of a kind listed exactly (an `--include-from`
 * file of {@link includePatterns}), the kind's headers on every upload of that pass
 * (`--header-upload`). Every run lists the bucket whole (`--fast-list`): a thousand
 * objects a request, not one request per folder of a site with a folder per article.
 */

/** The remote's name in the RCLONE_CONFIG_<NAME>_* variables: no config file is read or written. */
const REMOTE = 'SITE';

export interface Bucket {
  name: string;
  /** An S3-compatible store's address (R2, MinIO); none for Amazon S3. */
  endpoint?: string | undefined;
  region: string;
  /** rclone's name for the store: `AWS`, `Cloudflare`, `Minio`, `Other`… */
  provider: string;
}

/** The files one rclone pass sends, all with the same two headers. */
export interface UploadPass {
  contentType: string;
  cacheControl: string;
  keys: string[];
}

/**
 * The passes, files with hashed names first (immutable ones: the stylesheet, scripts,
 * photos, Pagefind's chunks), then the pages and the rest that link them: a reader never
 * gets a page whose stylesheet or search index is not up yet. Within each, by type, so the
 * plan reads the same on every run.
 */
export function uploadPasses(objects: readonly StoredObject[]): UploadPass[] {
  const passes = new Map<string, UploadPass>();
  for (const object of objects) {
    const id = `${object.cacheControl}\n${object.contentType}`;
    const pass = passes.get(id) ?? { contentType: object.contentType, cacheControl: object.cacheControl, keys: [] };
    pass.keys.push(object.key);
    passes.set(id, pass);
  }
  const rank = (pass: UploadPass) => (pass.cacheControl === IMMUTABLE ? 0 : 1);
  return [...passes.values()].sort(
    (a, b) => rank(a) - rank(b) || (a.contentType < b.contentType ? -1 : a.contentType > b.contentType ? 1 : 0),
  );
}

/**
 * The environment rclone runs with: the bucket as a remote made of variables, credentials
 * from the standard AWS variables (`env_auth`, as the AWS CLI and SDK read them). rclone
 * refuses AWS_CA_BUNDLE (it brings its own HTTP client), so a bundle set there is handed
 * to it as `--ca-cert` instead ({@link caCertArgs}).
 */
export function rcloneEnvironment(bucket: Bucket, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { AWS_CA_BUNDLE: _bundle, ...rest } = env;
  return {
    ...rest,
    [`RCLONE_CONFIG_${REMOTE}_TYPE`]: 's3',
    [`RCLONE_CONFIG_${REMOTE}_PROVIDER`]: bucket.provider,
    [`RCLONE_CONFIG_${REMOTE}_ENV_AUTH`]: 'true',
    [`RCLONE_CONFIG_${REMOTE}_REGION`]: bucket.region,
    // The key may put, list and delete objects, not create buckets: never ask to.
    [`RCLONE_CONFIG_${REMOTE}_NO_CHECK_BUCKET`]: 'true',
    // A bucket that disables ACLs (Amazon's default) still takes this one.
    ...(bucket.provider === 'AWS' && { [`RCLONE_CONFIG_${REMOTE}_ACL`]: 'bucket-owner-full-control' }),
    ...(bucket.endpoint && {
      [`RCLONE_CONFIG_${REMOTE}_ENDPOINT`]: bucket.endpoint,
      [`RCLONE_CONFIG_${REMOTE}_FORCE_PATH_STYLE`]: 'true',
    }),
  };
}

export function caCertArgs(env: NodeJS.ProcessEnv): string[] {
  return env.AWS_CA_BUNDLE ? ['--ca-cert', env.AWS_CA_BUNDLE] : [];
}

export interface PassOptions {
  /** Send every file of the pass, changed or not (after changing a kind's headers). */
  all: boolean;
  dryRun: boolean;
}

/** Flags every run shares: no config file, one JSON object per log line, each file named. */
const COMMON = ['--config', '/dev/null', '--use-json-log', '--verbose', '--fast-list', '--checkers', '16'];

/**
 * A pass's files as rclone filter rules, one a line: each path anchored at the site's root
 * and its wildcard characters escaped, so that a rule matches that one file only.
 */
export function includePatterns(keys: readonly string[]): string {
  return keys.map((key) => `/${key.replace(/[\\*?[\]{}]/g, '\\$&')}\n`).join('');
}

/** `rclone copy` of one pass: the files {@link includePatterns} lists in `listFile`, sent only if their MD5 differs. */
export function copyArgs(dist: string, bucket: Bucket, pass: UploadPass, listFile: string, options: PassOptions) {
  return [
    'copy',
    dist,
    `${REMOTE}:${bucket.name}`,
    ...COMMON,
    '--checksum',
    // Equal content is left alone, whatever its time stamp: no copy of an object onto itself.
    '--no-update-modtime',
    '--include-from',
    listFile,
    '--transfers',
    '16',
    '--header-upload',
    `Content-Type: ${pass.contentType}`,
    '--header-upload',
    `Cache-Control: ${pass.cacheControl}`,
    ...(options.all ? ['--ignore-times'] : []),
    ...(options.dryRun ? ['--dry-run'] : []),
  ];
}

/**
 * `rclone sync` after every pass went through: deletes the objects the site no longer has.
 * Everything is already up, so it sends nothing; `--immutable` makes it fail rather than
 * send a file that differs without its headers, and the CDN's own files are never objects.
 */
export function deleteArgs(dist: string, bucket: Bucket, excluded: readonly string[], dryRun: boolean): string[] {
  return [
    'sync',
    dist,
    `${REMOTE}:${bucket.name}`,
    ...COMMON,
    '--checksum',
    '--no-update-modtime',
    '--immutable',
    ...excluded.flatMap((path) => ['--exclude', `/${path}`]),
    ...(dryRun ? ['--dry-run'] : []),
  ];
}

/** What rclone did in a run, from its JSON log. */
export interface RcloneOutcome {
  /** Files sent (or, with --dry-run, that would be). */
  copied: string[];
  deleted: string[];
  /** Its error lines, with the object they are about. */
  errors: string[];
}

interface LogLine {
  level?: string;
  msg?: string;
  object?: string;
}

/**
 * Reads rclone's `--use-json-log` output: `Copied (new)`, `Copied (replaced existing)`,
 * `Deleted`, and their `--dry-run` notices (`Skipped copy as --dry-run is set`, `Skipped
 * delete…`). A line that is not JSON is an error rclone printed before its logger started.
 */
export function readRcloneLog(text: string): RcloneOutcome {
  const outcome: RcloneOutcome = { copied: [], deleted: [], errors: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    let entry: LogLine;
    try {
      entry = JSON.parse(line) as LogLine;
    } catch {
      outcome.errors.push(line);
      continue;
    }
    const message = entry.msg ?? '';
    if (entry.level === 'error' || entry.level === 'critical') {
      outcome.errors.push(entry.object ? `${entry.object}: ${message}` : message);
    } else if (entry.object !== undefined && /^Copied \(|^Skipped copy/.test(message)) {
      outcome.copied.push(entry.object);
    } else if (entry.object !== undefined && /^Deleted$|^Skipped delete/.test(message)) {
      outcome.deleted.push(entry.object);
    }
  }
  return outcome;
}
