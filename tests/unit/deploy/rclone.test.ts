import { describe, expect, it } from 'vitest';
import { cloudflareBulkRedirects, cloudFrontKeyValueStore } from '../../../src/lib/deploy/cdn-redirects.ts';
import {
  caCertArgs,
  copyArgs,
  deleteArgs,
  includePatterns,
  rcloneEnvironment,
  readRcloneLog,
  uploadPasses,
  type Bucket,
} from '../../../src/lib/deploy/rclone.ts';
import { IMMUTABLE, SHORT, storedObject } from '../../../src/lib/deploy/s3-objects.ts';

const HTML = 'text/html; charset=utf-8';
const OCTETS = 'application/octet-stream';

describe('uploadPasses', () => {
  const objects = [
    'index.html',
    'bai-viet/a/index.html',
    'rss.xml',
    '_astro/site.X1.css',
    'pagefind/index/vi_2.pf_index',
    'pagefind/fragment/vi_3.pf_fragment',
    'pagefind/wasm.unknown.pagefind',
  ].map((path) => storedObject(path));

  it('groups the files by their two headers, hashed (immutable) files before every page', () => {
    expect(uploadPasses(objects)).toEqual([
      {
        contentType: OCTETS,
        cacheControl: IMMUTABLE,
        keys: ['pagefind/index/vi_2.pf_index', 'pagefind/fragment/vi_3.pf_fragment'],
      },
      { contentType: 'text/css; charset=utf-8', cacheControl: IMMUTABLE, keys: ['_astro/site.X1.css'] },
      { contentType: OCTETS, cacheControl: SHORT, keys: ['pagefind/wasm.unknown.pagefind'] },
      { contentType: 'application/rss+xml; charset=utf-8', cacheControl: SHORT, keys: ['rss.xml'] },
      { contentType: HTML, cacheControl: SHORT, keys: ['index.html', 'bai-viet/a/index.html'] },
    ]);
  });
});

describe('running rclone', () => {
  const bucket: Bucket = { name: 'tin-tuc', region: 'auto', provider: 'Cloudflare', endpoint: 'https://r2.example' };
  const pass = { contentType: HTML, cacheControl: SHORT, keys: ['index.html'] };

  it('copies one pass by content digest, the listed files only, each with the pass’s headers', () => {
    const args = copyArgs('/site/dist', bucket, pass, '/tmp/pass.txt', { all: false, dryRun: false });
    expect(args.slice(0, 3)).toEqual(['copy', '/site/dist', 'SITE:tin-tuc']);
    expect(args).toContain('--checksum');
    expect(args.join(' ')).toContain('--include-from /tmp/pass.txt');
    expect(args.join(' ')).toContain(`--header-upload Content-Type: ${HTML} --header-upload Cache-Control: ${SHORT}`);
    expect(args).not.toContain('--ignore-times');
    expect(args).not.toContain('--dry-run');
    const again = copyArgs('/site/dist', bucket, pass, '/tmp/pass.txt', { all: true, dryRun: true });
    expect(again).toContain('--ignore-times');
    expect(again).toContain('--dry-run');
  });

  it('lists a pass’s files as rules that each match one file, wildcards escaped', () => {
    expect(includePatterns(['index.html', 'tin-tuc/[cu]*?{1}.php', 'a\\b'])).toBe(
      '/index.html\n/tin-tuc/\\[cu\\]\\*\\?\\{1\\}.php\n/a\\\\b\n',
    );
  });

  it('deletes with a sync that may not send anything, the CDN’s files left out', () => {
    const args = deleteArgs('/site/dist', bucket, ['_headers', '_redirects'], false);
    expect(args.slice(0, 3)).toEqual(['sync', '/site/dist', 'SITE:tin-tuc']);
    expect(args).toContain('--immutable');
    expect(args.join(' ')).toContain('--exclude /_headers --exclude /_redirects');
  });

  it('describes the bucket in variables, credentials from the AWS ones, and hands AWS_CA_BUNDLE over as --ca-cert', () => {
    const env = rcloneEnvironment(bucket, { PATH: '/bin', AWS_CA_BUNDLE: '/etc/ca.pem', AWS_ACCESS_KEY_ID: 'k' });
    expect(env).toMatchObject({
      PATH: '/bin',
      AWS_ACCESS_KEY_ID: 'k',
      RCLONE_CONFIG_SITE_TYPE: 's3',
      RCLONE_CONFIG_SITE_PROVIDER: 'Cloudflare',
      RCLONE_CONFIG_SITE_ENV_AUTH: 'true',
      RCLONE_CONFIG_SITE_REGION: 'auto',
      RCLONE_CONFIG_SITE_ENDPOINT: 'https://r2.example',
      RCLONE_CONFIG_SITE_NO_CHECK_BUCKET: 'true',
    });
    expect(env).not.toHaveProperty('AWS_CA_BUNDLE');
    expect(env).not.toHaveProperty('RCLONE_CONFIG_SITE_ACL');
    expect(caCertArgs({ AWS_CA_BUNDLE: '/etc/ca.pem' })).toEqual(['--ca-cert', '/etc/ca.pem']);
    expect(caCertArgs({})).toEqual([]);
    const amazon = rcloneEnvironment({ name: 'b', region: 'eu-west-1', provider: 'AWS' }, {});
    expect(amazon).toMatchObject({ RCLONE_CONFIG_SITE_ACL: 'bucket-owner-full-control' });
    expect(amazon).not.toHaveProperty('RCLONE_CONFIG_SITE_ENDPOINT');
  });

  it('reads what was sent, deleted and what failed from rclone’s JSON log', () => {
    const log = [
      '{"level":"info","msg":"Copied (new)","object":"a/index.html"}',
      '{"level":"info","msg":"Copied (replaced existing)","object":"index.html"}',
      '{"level":"notice","msg":"Skipped copy as --dry-run is set (size 2)","object":"b.html"}',
      '{"level":"info","msg":"Deleted","object":"old.html"}',
      '{"level":"error","msg":"Failed to copy: NoSuchBucket","object":"c.html"}',
      '{"level":"info","msg":"There was nothing to transfer"}',
      'Failed to create file system',
    ].join('\n');
    expect(readRcloneLog(log)).toEqual({
      copied: ['a/index.html', 'index.html', 'b.html'],
      deleted: ['old.html'],
      errors: ['c.html: Failed to copy: NoSuchBucket', 'Failed to create file system'],
    });
  });
});

describe('the CDN rules for old addresses', () => {
  const redirects = [
    { from: '/news/tin-tuc/a-5.html', to: '/bai-viet/a/' },
    { from: '/index.php?id=1,2', to: '/bai-viet/b/' },
  ];

  it('makes a CloudFront KeyValueStore import file, old path to new', () => {
    expect(cloudFrontKeyValueStore(redirects)).toEqual({
      data: [
        { key: '/news/tin-tuc/a-5.html', value: '/bai-viet/a/' },
        { key: '/index.php?id=1,2', value: '/bai-viet/b/' },
      ],
    });
  });

  it('makes a Cloudflare Bulk Redirects list, a comma in an old address quoted', () => {
    expect(cloudflareBulkRedirects(redirects, 'https://tintuc.example')).toBe(
      'tintuc.example/news/tin-tuc/a-5.html,https://tintuc.example/bai-viet/a/,301\n' +
        '"tintuc.example/index.php?id=1,2",https://tintuc.example/bai-viet/b/,301\n',
    );
  });
});
