/**
 * npm run deploy:s3 -- --bucket NAME [--endpoint URL] [--region REGION] [--dist dist]
 *                       [--all] [--dry-run] [--report FILE]
 *
 * Publishes dist/ to an S3-compatible bucket (Amazon S3 behind CloudFront, Cloudflare R2,
 * MinIO) with the AWS SDK: only the files whose content digest differs from the object's
 * are sent, each with its Content-Type and Cache-Control, and an old portal address with
 * its redirect (x-amz-website-redirect-location); files with hashed names first, then
 * the pages; objects the site no longer has are deleted only once every upload is done.
 * What each file becomes is decided in src/lib/deploy/s3-objects.ts.
 *
 * Credentials come from the standard AWS variables (AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_REGION) or any source the SDK reads. Exit 1 when anything
 * failed (nothing is deleted then), 2 for a usage error.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type _Object,
} from '@aws-sdk/client-s3';
import {
  listFailedLine,
  MISSING_CREDENTIALS,
  syncDoneLine,
  syncPlanLine,
  uploadFailedLine,
} from '../src/lib/deploy/messages.ts';
import {
  isUploaded,
  planSync,
  redirectsByKey,
  storedObject,
  type LocalFile,
  type RemoteObject,
} from '../src/lib/deploy/s3-objects.ts';
import { listFiles, writeFileAtomic } from './lib/files.ts';
import { parseFlagsOrExit } from './lib/flags.ts';

const USAGE = `Cách dùng: npm run deploy:s3 -- --bucket TÊN [--endpoint URL] [--region VÙNG] [--dist dist] [--all] [--dry-run] [--report TỆP]
  --bucket TÊN    bucket nhận trang
  --endpoint URL  máy chủ tương thích S3 khác Amazon (R2: https://<account>.r2.cloudflarestorage.com, MinIO…)
  --region VÙNG   vùng của bucket (mặc định: AWS_REGION, nếu không có: us-east-1; R2: auto)
  --dist DIR      thư mục trang đã dựng (mặc định: dist)
  --all           tải lên mọi tệp, kể cả tệp không đổi (sau khi đổi Content-Type hay Cache-Control)
  --dry-run       chỉ in kế hoạch, không tải lên, không xoá
  --report TỆP    ghi JSON các tệp đã tải lên và đã xoá
Khoá truy cập: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.`;

/** Requests in flight at once: enough to hide the round trips without tripping the store's rate limits. */
const IN_FLIGHT = 16;
/** DeleteObjects takes at most this many keys a request. */
const DELETE_BATCH = 1000;

function parseFlags() {
  return parseFlagsOrExit(
    {
      bucket: { type: 'string' },
      endpoint: { type: 'string' },
      region: { type: 'string', default: process.env.AWS_REGION || 'us-east-1' },
      dist: { type: 'string', default: 'dist' },
      all: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
    (values) => {
      if (!values.help && !values.bucket) throw new Error('thiếu --bucket');
    },
  );
}

/** Runs `work` on every item, at most `limit` at a time; the first failure stops the rest from starting. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (!failed && next < items.length) {
        const item = items[next++]!;
        await work(item).catch((error: unknown) => {
          failed = true;
          throw error;
        });
      }
    }),
  );
}

async function listBucket(client: S3Client, bucket: string): Promise<RemoteObject[]> {
  const objects: _Object[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    objects.push(...(page.Contents ?? []));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects.map((object) => ({ key: object.Key!, etag: object.ETag ?? '' }));
}

class UploadError extends Error {}

async function main(): Promise<number> {
  const flags = parseFlags();
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const bucket = flags.bucket!;
  const target = `s3://${bucket}${flags.endpoint ? ` (${flags.endpoint})` : ''}`;
  const redirects = redirectsByKey(
    await readFile(join(flags.dist, '_redirects'), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    }),
  );
  const paths = (await listFiles(flags.dist, '')).filter(isUploaded);
  // Every file's object is decided before anything is sent: an unknown type stops the deploy here.
  const objects = paths.map((path) => storedObject(path, redirects));
  const local: LocalFile[] = [];
  for (const path of paths) {
    local.push({
      key: path,
      md5: createHash('md5')
        .update(await readFile(join(flags.dist, path)))
        .digest('hex'),
    });
  }

  const client = new S3Client({
    region: flags.region,
    ...(flags.endpoint && { endpoint: flags.endpoint, forcePathStyle: true }),
  });
  const remote = await listBucket(client, bucket).catch((error: Error) => {
    if (error.name === 'CredentialsProviderError') throw error;
    throw new Error(listFailedLine(target, error.message), { cause: error });
  });
  const plan = planSync(local, remote, flags.all);
  console.log(syncPlanLine(target, plan));
  if (flags['dry-run']) return 0;

  const byKey = new Map(objects.map((object) => [object.key, object]));
  const upload = async (key: string) => {
    const object = byKey.get(key)!;
    const body = await readFile(join(flags.dist, key));
    try {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: object.contentType,
          CacheControl: object.cacheControl,
          // The store checks the bytes it received against it, and reports it back as the ETag.
          ContentMD5: createHash('md5').update(body).digest('base64'),
          ...(object.redirectTo !== undefined && { WebsiteRedirectLocation: object.redirectTo }),
        }),
      );
    } catch (error) {
      throw new UploadError(uploadFailedLine(key, (error as Error).message), { cause: error });
    }
  };
  await eachLimited(plan.hashed, IN_FLIGHT, upload);
  await eachLimited(plan.other, IN_FLIGHT, upload);

  for (let from = 0; from < plan.remove.length; from += DELETE_BATCH) {
    const keys = plan.remove.slice(from, from + DELETE_BATCH);
    const result = await client.send(
      new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
    );
    if (result.Errors?.length) {
      throw new Error(result.Errors.map((error) => `${error.Key}: ${error.Code} ${error.Message}`).join('\n'));
    }
  }
  if (flags.report) {
    const report = { uploaded: [...plan.hashed, ...plan.other], deleted: plan.remove, unchanged: plan.unchanged };
    writeFileAtomic(flags.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  console.log(syncDoneLine(target, plan));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const name = (error as Error)?.name;
    if (name === 'CredentialsProviderError') console.error(MISSING_CREDENTIALS);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
