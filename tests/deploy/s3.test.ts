import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { runBuild } from '../e2e/support/build-site.ts';

/**
 * `npm run deploy:s3` (rclone, which must be installed: .ci/run installs it) against a real
 * S3-compatible server (s3rver) on 127.0.0.1, serving the bucket as a website the way S3's
 * website endpoint does: the search fixture is built, deployed, one article edited, built
 * again with the kept cache as CI builds, and deployed again. The second deploy must send
 * exactly the files whose bytes changed, delete exactly the ones that went away, and every
 * file must answer from the bucket as a CDN would ask.
 */
const FIXTURE = resolve('tests/fixtures/search-site');
const BUCKET = 'tin-tuc';
const EDITED = 'dan-van-kheo-o-dak-o';
const WITH_ALIAS = 'dai-ta-tham-don-bien-phong';
const OLD_ADDRESS = '/tin-tuc/quoc-phong/dai-ta-tham-don-5.html';

/** The types a browser needs, written out here independently of the deploy's own table. */
const EXPECTED_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  wasm: 'application/wasm',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

interface Report {
  uploaded: string[];
  deleted: string[];
  unchanged: number;
}

let work: string;
let outDir: string;
let server: S3rver;
let endpoint: string;
let first: Report;
let second: Report;
let before: Map<string, string>;
let after: Map<string, string>;

/** Every file of the built site but the CDN's own two, by its MD5. */
async function digests(dir: string): Promise<Map<string, string>> {
  const files = (await listFiles(dir, '')).filter((file) => file !== '_headers' && file !== '_redirects');
  const entries = await Promise.all(
    files.map(
      async (file) =>
        [
          file,
          createHash('md5')
            .update(await readFile(join(dir, file)))
            .digest('hex'),
        ] as const,
    ),
  );
  return new Map(entries);
}

/** `npm run deploy:s3` with s3rver's keys, as the standard AWS variables. */
async function runDeploy(bucket: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    [resolve('scripts/deploy-s3.ts'), '--bucket', bucket, '--endpoint', endpoint, '--dist', outDir, ...args],
    {
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, output };
}

async function deploy(run: number): Promise<Report> {
  const report = join(work, `report-${run}.json`);
  const { code, output } = await runDeploy(BUCKET, '--report', report);
  if (code !== 0) throw new Error(`deploy ${run} failed (exit ${code}):\n${output}`);
  return JSON.parse(await readFile(report, 'utf8')) as Report;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tin-tuc-s3-'));
  const articlesDir = join(work, 'articles');
  const cacheDir = join(work, 'cache');
  await cp(FIXTURE, articlesDir, { recursive: true });
  const aliased = join(articlesDir, `${WITH_ALIAS}.md`);
  await writeFile(
    aliased,
    (await readFile(aliased, 'utf8')).replace(/^---\n/, `---\naliases:\n  - "${OLD_ADDRESS}"\n`),
  );

  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: join(work, 's3'),
    configureBuckets: [
      {
        name: BUCKET,
        configs: [
          '<WebsiteConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><IndexDocument><Suffix>index.html</Suffix></IndexDocument><ErrorDocument><Key>404.html</Key></ErrorDocument></WebsiteConfiguration>',
        ],
      },
    ],
  });
  const address = await server.run();
  endpoint = `http://127.0.0.1:${address.port}`;

  outDir = (await runBuild({ articlesDir, cacheDir })).outDir;
  before = await digests(outDir);
  first = await deploy(1);

  const edited = join(articlesDir, `${EDITED}.md`);
  await writeFile(edited, `${(await readFile(edited, 'utf8')).trimEnd()}\n\nMô hình được nhân rộng ra toàn huyện.\n`);
  // Into the same folder with the same cache, as CI builds into dist/.
  await runBuild({ articlesDir, cacheDir, outDir });
  after = await digests(outDir);
  second = await deploy(2);
}, 420_000);

afterAll(async () => {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run deploy:s3', () => {
  it('uploads every file of a new site, and neither _headers nor _redirects', () => {
    expect(first.uploaded.toSorted()).toEqual([...before.keys()].toSorted());
    expect(first.deleted).toEqual([]);
    expect(first.unchanged).toBe(0);
  });

  it('after one article is edited, uploads only the files whose bytes changed, hashed ones first, and deletes the ones gone', () => {
    const changed = [...after].filter(([file, md5]) => before.get(file) !== md5).map(([file]) => file);
    const gone = [...before.keys()].filter((file) => !after.has(file));
    expect(second.uploaded.toSorted()).toEqual(changed.toSorted());
    expect(second.deleted.toSorted()).toEqual(gone.toSorted());
    expect(second.uploaded).toContain(`bai-viet/${EDITED}/index.html`);
    expect(second.unchanged).toBe(after.size - changed.length);
    // Most of the site is untouched by one article's edit.
    expect(second.uploaded.length).toBeLessThan(after.size / 2);
    const firstPage = second.uploaded.findIndex((key) => key.endsWith('.html'));
    const lastHashed = second.uploaded.findLastIndex((key) =>
      /\.pf_\w+$|^_astro\/|\/result-cards\.\w+\.json$/.test(key),
    );
    expect(lastHashed).toBeLessThan(firstPage);
  });

  it('serves every file of dist/ from the bucket with its bytes, the right Content-Type and Cache-Control by kind', async () => {
    const redirectKey = `${OLD_ADDRESS.slice(1)}`;
    const wrong: string[] = [];
    for (const [file, md5] of after) {
      const response = await fetch(`${endpoint}/${BUCKET}/${file}`, { redirect: 'manual' });
      const extension = file.slice(file.lastIndexOf('.') + 1);
      const type = file.endsWith('rss.xml')
        ? 'application/rss+xml; charset=utf-8'
        : file === redirectKey
          ? EXPECTED_TYPES.html
          : EXPECTED_TYPES[extension];
      const cache = /^_astro\/|\.pf_(meta|index|fragment|filter)$|\/result-cards\.[0-9a-f]+\.json$/.test(file)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=60, must-revalidate';
      const body = createHash('md5')
        .update(Buffer.from(await response.arrayBuffer()))
        .digest('hex');
      const got = `${response.status} ${response.headers.get('content-type')} | ${response.headers.get('cache-control')} | ${body}`;
      if (got !== `200 ${type} | ${cache} | ${md5}`) wrong.push(`${file}: ${got}`);
    }
    expect(after.size).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('answers a page by its address, an old portal address with the page that leads on, and a missing one with the 404 page', async () => {
    const page = await fetch(`${endpoint}/${BUCKET}/bai-viet/${EDITED}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Mô hình được nhân rộng ra toàn huyện.');
    const old = await fetch(`${endpoint}/${BUCKET}${OLD_ADDRESS}`, { redirect: 'manual' });
    expect(old.status).toBe(200);
    expect(await old.text()).toContain(`<meta http-equiv="refresh" content="0; url=/bai-viet/${WITH_ALIAS}/">`);
    const missing = await fetch(`${endpoint}/${BUCKET}/bai-viet/khong-co/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(await readFile(join(outDir, '404.html'), 'utf8'));
  });

  it('uploads nothing when nothing changed', async () => {
    const third = await deploy(3);
    expect(third).toEqual({ uploaded: [], deleted: [], unchanged: after.size });
  });

  it('makes the CDN rules that answer the old address with a 301', async () => {
    const child = spawn(process.execPath, [resolve('scripts/cdn-redirects.ts'), '--dist', outDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    await expect(new Promise((done) => child.on('close', done))).resolves.toBe(0);
    expect(JSON.parse(output)).toEqual({ data: [{ key: OLD_ADDRESS, value: `/bai-viet/${WITH_ALIAS}/` }] });
  });

  it('stops with exit 1, deleting nothing, when the bucket cannot be written', async () => {
    const { code, output } = await runDeploy('khong-co');
    expect(code).toBe(1);
    expect(output).toContain(`Lỗi (error): rclone không tải lên được lên s3://khong-co (${endpoint})`);
    expect(output).toContain('Dừng lại trước khi xoá gì');
  });
});
