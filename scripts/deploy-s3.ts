/**
 * npm run deploy:s3 -- --bucket NAME [--endpoint URL] [--region REGION] [--provider NAME]
 *                       [--dist dist] [--all] [--dry-run] [--report FILE]
 *
 * Publishes dist/ to an S3-compatible bucket (Amazon S3 behind CloudFront, Cloudflare R2,
 * MinIO) with rclone: only the files whose content (MD5) differs from the object's are
 * sent, each with its Content-Type and Cache-Control, files with hashed names first, then
 * the pages; objects the site no longer has are deleted only once every upload is done.
 * What each file becomes is decided in src/lib/deploy/s3-objects.ts, how rclone is run in
 * src/lib/deploy/rclone.ts. Old addresses are stored as the pages that lead readers on;
 * `npm run cdn:redirects` makes the CDN rules that answer them with a 301.
 *
 * Credentials come from the standard AWS variables (AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_REGION) or any source the AWS SDK reads. Exit 1 when anything
 * failed (nothing is deleted then), 2 for a usage error.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  deleteFailedLine,
  deployDoneLine,
  deployPlanLine,
  MISSING_RCLONE,
  uploadFailedLine,
} from '../src/lib/deploy/messages.ts';
import {
  caCertArgs,
  copyArgs,
  deleteArgs,
  includePatterns,
  rcloneEnvironment,
  readRcloneLog,
  uploadPasses,
  type Bucket,
  type RcloneOutcome,
} from '../src/lib/deploy/rclone.ts';
import { isUploaded, readRedirects, redirectPageKeys, storedObject } from '../src/lib/deploy/s3-objects.ts';
import { listFiles, writeFileAtomic } from './lib/files.ts';
import { parseFlagsOrExit } from './lib/flags.ts';

const USAGE = `Cách dùng: npm run deploy:s3 -- --bucket TÊN [--endpoint URL] [--region VÙNG] [--provider TÊN] [--dist dist] [--all] [--dry-run] [--report TỆP]
  --bucket TÊN    bucket nhận trang
  --endpoint URL  máy chủ tương thích S3 khác Amazon (R2: https://<account>.r2.cloudflarestorage.com, MinIO…)
  --region VÙNG   vùng của bucket (mặc định: AWS_REGION, nếu không có: us-east-1; R2: auto)
  --provider TÊN  tên nhà cung cấp theo rclone (mặc định: AWS, hoặc Other khi có --endpoint; Cloudflare, Minio…)
  --dist DIR      thư mục trang đã dựng (mặc định: dist)
  --all           tải lên mọi tệp, kể cả tệp không đổi (sau khi đổi Content-Type hay Cache-Control)
  --dry-run       chỉ in những gì sẽ làm, không tải lên, không xoá
  --report TỆP    ghi JSON các tệp đã tải lên và đã xoá
Cần rclone (apt-get install rclone). Khoá truy cập: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.`;

function parseFlags() {
  return parseFlagsOrExit(
    {
      bucket: { type: 'string' },
      endpoint: { type: 'string' },
      region: { type: 'string', default: process.env.AWS_REGION || 'us-east-1' },
      provider: { type: 'string' },
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

class RcloneMissing extends Error {}

/** Runs rclone with `args`; its JSON log is read once it exits. */
function rclone(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; outcome: RcloneOutcome }> {
  return new Promise((done, fail) => {
    const child = spawn(process.env.RCLONE || 'rclone', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'ENOENT' ? new RcloneMissing(MISSING_RCLONE) : error),
    );
    child.on('close', (code) => done({ code, outcome: readRcloneLog(log) }));
  });
}

async function main(): Promise<number> {
  const flags = parseFlags();
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const dist = resolve(flags.dist);
  const bucket: Bucket = {
    name: flags.bucket!,
    endpoint: flags.endpoint,
    region: flags.region,
    provider: flags.provider ?? (flags.endpoint ? 'Other' : 'AWS'),
  };
  const target = `s3://${bucket.name}${bucket.endpoint ? ` (${bucket.endpoint})` : ''}`;
  const redirects = readRedirects(
    await readFile(join(dist, '_redirects'), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    }),
  );
  const files = await listFiles(dist, '');
  // Every file's object is decided before anything is sent: an unknown type stops the deploy here.
  const objects = files.filter(isUploaded).map((path) => storedObject(path, redirectPageKeys(redirects)));
  const passes = uploadPasses(objects);
  console.log(deployPlanLine(target, objects.length, passes.length));

  const env = rcloneEnvironment(bucket, process.env);
  const common = caCertArgs(process.env);
  const options = { all: flags.all, dryRun: flags['dry-run'] };
  const lists = await mkdtemp(join(tmpdir(), 'tin-tuc-deploy-'));
  const uploaded: string[] = [];
  try {
    for (const [index, pass] of passes.entries()) {
      const list = join(lists, `${index}.txt`);
      await writeFile(list, includePatterns(pass.keys));
      const { code, outcome } = await rclone([...copyArgs(dist, bucket, pass, list, options), ...common], env);
      if (code !== 0) {
        console.error(uploadFailedLine(target, outcome.errors.length > 0 ? outcome.errors : [`rclone: exit ${code}`]));
        return 1;
      }
      uploaded.push(...outcome.copied);
    }
  } finally {
    await rm(lists, { recursive: true, force: true });
  }
  const excluded = files.filter((path) => !isUploaded(path));
  const { code, outcome } = await rclone([...deleteArgs(dist, bucket, excluded, options.dryRun), ...common], env);
  if (code !== 0) {
    console.error(deleteFailedLine(target, outcome.errors.length > 0 ? outcome.errors : [`rclone: exit ${code}`]));
    return 1;
  }
  if (flags.report) {
    const report = { uploaded, deleted: outcome.deleted, unchanged: objects.length - uploaded.length };
    writeFileAtomic(flags.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  console.log(deployDoneLine(target, uploaded.length, objects.length - uploaded.length, outcome.deleted.length));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
