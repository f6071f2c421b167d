import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/check-host.ts');
const MiB = 1024 * 1024;

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'check-host-cli-'));
  await mkdir(join(work, 'dist/bai-viet/a'), { recursive: true });
  await writeFile(join(work, 'dist/index.html'), '<!doctype html><title>Tin</title>');
  await writeFile(join(work, 'dist/bai-viet/a/index.html'), '<!doctype html><title>Bài</title>');
});

afterEach(() => rm(work, { recursive: true, force: true }));

/** A file of `bytes` in dist/, sparse: it counts as that size without taking the disk. */
async function fileOf(path: string, bytes: number) {
  await writeFile(join(work, 'dist', path), '');
  await truncate(join(work, 'dist', path), bytes);
}

/** `npm run check:host` from a folder whose content/site.yaml is the project's with `host`. */
async function checkHost(host: string, ...args: string[]) {
  const site = await readFile('content/site.yaml', 'utf8');
  await mkdir(join(work, 'content'), { recursive: true });
  await writeFile(join(work, 'content/site.yaml'), site.replace(/^host: .*$/m, `host: ${host}`));
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: work, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check:host', () => {
  it('prints the site’s figures against the host of site.yaml and passes a site within them', async () => {
    const run = await checkHost('cloudflare-pages');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'Trang đã dựng (dist) so với giới hạn của cloudflare-pages:',
      '  dung lượng (site size): 67 B / không công bố giới hạn (no published limit)',
      '  số tệp (file count): 2 tệp / giới hạn 20.000 tệp (0%)',
      '  tệp lớn nhất (largest file): 34 B / giới hạn 25 MiB (0%) — bai-viet/a/index.html',
      'Trang đã dựng (dist) đăng được lên cloudflare-pages.',
      '',
    ]);
  });

  it('warns past 80 % of a limit and still exits 0', async () => {
    await fileOf('video.mp4', 21 * MiB);
    const run = await checkHost('cloudflare-pages');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^Cảnh báo \(warning\): tệp lớn nhất \(largest file\) đã tới 84% giới hạn của cloudflare-pages/,
    );
  });

  it('fails a file over the host’s limit before anything is uploaded, naming the limit, the excess and where to go', async () => {
    await fileOf('video.mp4', 30 * MiB);
    const run = await checkHost('cloudflare-pages');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'Lỗi (error): tệp lớn nhất (largest file) 30 MiB vượt giới hạn 25 MiB của cloudflare-pages 5 MiB (20%) (limit exceeded) — chuyển sang github-pages, netlify hoặc s3 (đổi host trong content/site.yaml và cách đăng theo README, mục "Deploying").',
    );
    expect(run.stdout).toContain('video.mp4');
    expect(run.stdout).toMatch(/không đăng được lên cloudflare-pages: vượt 1 giới hạn/);
  });

  it('fails a site over GitHub Pages’ 1 GiB, and --host checks another host without editing site.yaml', async () => {
    await fileOf('archive.zip', 1100 * MiB);
    const github = await checkHost('github-pages');
    expect(github.code).toBe(1);
    expect(github.stderr).toContain('dung lượng (site size) 1,1 GiB vượt giới hạn 1 GiB của github-pages 76 MiB (7%)');
    const s3 = await checkHost('github-pages', '--host', 's3');
    expect(s3.code).toBe(0);
    expect(s3.stdout).toContain('đăng được lên s3');
  });

  it('refuses a host it does not know, in site.yaml (exit 1) or on the command line (exit 2)', async () => {
    const inFile = await checkHost('vercel');
    expect(inFile.code).toBe(1);
    expect(inFile.stderr).toMatch(/^content\/site\.yaml: host: /);
    const onLine = await checkHost('s3', '--host', 'vercel');
    expect(onLine.code).toBe(2);
    expect(onLine.stderr).toContain(
      '--host: "vercel" không phải một trong: github-pages, cloudflare-pages, netlify, s3',
    );
  });

  it('says to build first when there is no dist/', async () => {
    await rm(join(work, 'dist'), { recursive: true });
    const run = await checkHost('s3');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('dist: không có trang đã dựng; chạy npm run build trước');
  });
});
