import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SEED = 'seeds/000_7fa307ade4fb8d9e.txt';
const SEED_ARTICLE = 'tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018.md';

let work: string;
let rawDir: string;
let outDir: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'convert-cli-'));
  rawDir = join(work, 'raw');
  outDir = join(work, 'out');
  await cp(SEED, join(rawDir, '000_7fa307ade4fb8d9e.txt'));
});

afterEach(() => rm(work, { recursive: true, force: true }));

function convert(...flags: string[]) {
  const result = spawnSync(process.execPath, ['scripts/convert.ts', '--in', rawDir, '--out', outDir, ...flags], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

describe('npm run convert', () => {
  it('converts the good files, names each bad one with its reason, and exits 1', async () => {
    await writeFile(join(rawDir, 'no-date.txt'), 'Một tiêu đề\n\nMột đoạn văn không có ngày đăng.\n');
    await writeFile(join(rawDir, 'empty.txt'), '  \n\n');
    const report = join(work, 'report.json');

    const run = convert('--report', report);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(rawDir, 'no-date.txt')}: lỗi: không thấy dòng ngày đăng`);
    expect(run.stderr).toContain(`${join(rawDir, 'empty.txt')}: lỗi: tệp trống`);
    expect(await filesUnder(outDir)).toEqual([SEED_ARTICLE]);
    const { files } = JSON.parse(await readFile(report, 'utf8'));
    expect(files.map((file: { file: string; status: string }) => [file.file, file.status])).toEqual([
      ['000_7fa307ade4fb8d9e.txt', 'converted'],
      ['empty.txt', 'failed'],
      ['no-date.txt', 'failed'],
    ]);
    expect(files[0].dropped.map((line: { line: number }) => line.line)).toEqual([6, 10, 22, 24, 25]);
    expect(files[0].extracted).toEqual({
      title: 'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018',
      date: '2019-10-26T19:18:00+07:00',
      category: 'dan-van',
      cover: 'Các đơn vị ký kết chương trình phối hợp hoạt động năm 2019',
      captions: ['Đồng chí Lê Thị Xuân Trang, Trưởng ban Dân vận Tỉnh ủy kết luận tại hội nghị'],
      source: { name: 'baoquankhu7.vn', url: 'https://baoquankhu7.vn' },
      paragraphs: 4,
    });
    expect(await filesUnder(work)).not.toContain(expect.stringMatching(/\.tmp$/));
  });

  it('leaves an article an editor has edited alone on the next run, even renamed', async () => {
    expect(convert().code).toBe(0);
    const renamed = join(outDir, 'bai-da-sua.md');
    await rename(join(outDir, SEED_ARTICLE), renamed);
    const edited = (await readFile(renamed, 'utf8')).replace('Năm 2018, công tác', 'Năm 2018 (đã sửa), công tác');
    await writeFile(renamed, edited);

    const run = convert();

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('bỏ qua 1');
    expect(await filesUnder(outDir)).toEqual(['bai-da-sua.md']);
    expect(await readFile(renamed, 'utf8')).toBe(edited);
  });

  it('overwrites with --force, in place of the article it made before', async () => {
    expect(convert().code).toBe(0);
    const renamed = join(outDir, 'bai-da-sua.md');
    await rename(join(outDir, SEED_ARTICLE), renamed);
    await writeFile(renamed, (await readFile(renamed, 'utf8')).replace('Năm 2018, công tác', 'ĐÃ SỬA'));

    expect(convert('--force').code).toBe(0);

    expect(await filesUnder(outDir)).toEqual(['bai-da-sua.md']);
    expect(await readFile(renamed, 'utf8')).toContain('Năm 2018, công tác');
  });

  it('shows its progress on a long run, a line per tenth in a log', async () => {
    const seed = await readFile(SEED);
    await Promise.all(Array.from({ length: 500 }, (_, n) => writeFile(join(rawDir, `copy-${n}.txt`), seed)));

    const run = convert('--dry-run');

    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('Đang chuyển'));
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toBe('Đang chuyển 501/501 (100%)');
  });

  it('writes nothing with --dry-run', async () => {
    const run = convert('--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã chuyển 1');
    expect(await filesUnder(work)).toEqual(['raw', 'raw/000_7fa307ade4fb8d9e.txt']);
  });

  it('gives two articles with the same title different, stable file names', async () => {
    await cp(SEED, join(rawDir, '001_copy.txt'));
    expect(convert().code).toBe(0);
    const names = await filesUnder(outDir);
    expect(names).toHaveLength(2);
    expect(names).toContain(SEED_ARTICLE);

    await rm(outDir, { recursive: true });
    expect(convert().code).toBe(0);
    expect(await filesUnder(outDir)).toEqual(names);
  });

  it('names an article with a very long title by a capped slug, and keeps the whole title', async () => {
    const words = Array.from({ length: 60 }, (_, index) => `chương trình ${index + 1}`).join(' ');
    const title = `Thông báo kết quả ${words}`;
    await writeFile(
      join(rawDir, 'long.txt'),
      `${title}\nThứ hai - 09/12/2024 08:00\n\nMột đoạn sapo của bài thông báo.\n\nĐoạn thứ hai của bài.\n`,
    );
    const run = convert();
    expect(run.code, run.stderr).toBe(0);
    const long = (await filesUnder(outDir)).find((name) => name.startsWith('thong-bao'))!;
    expect(long).toMatch(/^thong-bao-ket-qua-chuong-trinh-1-chuong-trinh-2-[a-z0-9-]*[a-z0-9]\.md$/);
    expect(long.length).toBeLessThanOrEqual(80 + '.md'.length);
    expect(await readFile(join(outDir, long), 'utf8')).toContain(`title: "${title}"`);
  });

  it('refuses a dump dated in the future by the rule npm run check applies (SITE_NOW as the clock)', async () => {
    const dump = 'Khai mạc hội chợ\nThứ ba - 09/12/2025 08:00\n\nMột đoạn sapo của bài.\n\nĐoạn hai.\n';
    await writeFile(join(rawDir, 'future.txt'), dump);
    const env = { ...process.env, SITE_NOW: '2025-12-01T00:00:00+07:00' };
    const run = spawnSync(process.execPath, ['scripts/convert.ts', '--in', rawDir, '--out', outDir], {
      encoding: 'utf8',
      env,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(rawDir, 'future.txt')}: lỗi: dòng 2: ngày đăng`);
    expect(run.stderr).toContain('còn ở tương lai (future date)');
    expect(await filesUnder(outDir)).toEqual([SEED_ARTICLE]);

    const later = spawnSync(process.execPath, ['scripts/convert.ts', '--in', rawDir, '--out', outDir], {
      encoding: 'utf8',
      env: { ...env, SITE_NOW: '2025-12-09T08:00:00+07:00' },
    });
    expect(later.status, later.stderr).toBe(0);
  });

  it('refuses an unknown flag or a missing input folder with exit 2 and the usage', async () => {
    const unknown = convert('--overwrite');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Cách dùng');
    const missing = spawnSync(process.execPath, ['scripts/convert.ts', '--in', join(work, 'nowhere')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Không có thư mục tệp thô');
  });

  it('reports an article whose front matter cannot be read, and converts the rest', async () => {
    await mkdir(outDir);
    await writeFile(join(outDir, 'hong.md'), '---\ntitle: [unclosed\n---\n');

    const run = convert();

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(outDir, 'hong.md')}: lỗi: front matter không đọc được`);
    expect(await filesUnder(outDir)).toEqual(['hong.md', SEED_ARTICLE]);
  });
});
