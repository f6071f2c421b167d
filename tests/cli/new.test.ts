import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newArticle } from '../../src/lib/article/new-article.ts';

const NOW = '2026-11-27T08:00:00+07:00';

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'new-cli-'));
  await mkdir(join(work, 'content'));
  for (const file of ['categories.yaml', 'site.yaml']) {
    await cp(join('tests/fixtures/check/clean', file), join(work, 'content', file));
  }
});

afterEach(() => rm(work, { recursive: true, force: true }));

/** Runs a script from the temporary folder, as an editor runs it from the project. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [resolve('scripts', script), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, SITE_NOW: NOW },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const articles = async () => (await readdir(join(work, 'content/articles'), { recursive: true })).map(String).sort();

describe('npm run new', () => {
  it('writes a draft named by the slug of its title, dated now, and prints its path', async () => {
    const created = run('new.ts', 'Hội nghị tổng kết công tác dân vận', '--category', 'dan-van');

    expect(created.code).toBe(0);
    expect(created.stdout).toBe('content/articles/hoi-nghi-tong-ket-cong-tac-dan-van.md\n');
    const text = await readFile(join(work, 'content/articles/hoi-nghi-tong-ket-cong-tac-dan-van.md'), 'utf8');
    expect(text).toBe(
      newArticle({ title: 'Hội nghị tổng kết công tác dân vận', category: 'dan-van', now: new Date(NOW) }),
    );
    expect(text).toContain('date: "2026-11-27T08:00:00+07:00"\n');
    expect(text).toContain('draft: true\n');
  });

  it('writes a file npm run check accepts, reminding only that the lead and body are still to write', async () => {
    run('new.ts', 'Hội nghị tổng kết');
    const checked = run('check.ts', '--content', 'content');

    expect(checked.code).toBe(0);
    expect(checked.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^content\/articles\/hoi-nghi-tong-ket\.md:\d+ — summary — cảnh báo \(warning\): /),
      expect.stringMatching(
        /^content\/articles\/hoi-nghi-tong-ket\.md:\d+ — nội dung \(body\) — cảnh báo \(warning\): /,
      ),
    ]);
  });

  it('takes the category from site.yaml when none is given', async () => {
    run('new.ts', 'Tin ngắn');
    expect(await readFile(join(work, 'content/articles/tin-ngan.md'), 'utf8')).toContain('category: "tin-tuc"\n');
  });

  it('never overwrites: a name taken, in any folder and in any case, gets -2, then -3', async () => {
    await mkdir(join(work, 'content/articles/2019'), { recursive: true });
    await writeFile(join(work, 'content/articles/2019/Tin-Ngan.md'), 'bài của biên tập viên\n');

    expect(run('new.ts', 'Tin ngắn').stdout).toBe('content/articles/tin-ngan-2.md\n');
    expect(run('new.ts', 'Tin', 'ngắn').stdout).toBe('content/articles/tin-ngan-3.md\n');
    expect(await articles()).toEqual(['2019', '2019/Tin-Ngan.md', 'tin-ngan-2.md', 'tin-ngan-3.md']);
    expect(await readFile(join(work, 'content/articles/2019/Tin-Ngan.md'), 'utf8')).toBe('bài của biên tập viên\n');
  });

  it('refuses a category categories.yaml does not declare, with exit 2 and the ones it does', async () => {
    const refused = run('new.ts', 'Tin ngắn', '--category', 'tin-moi');

    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      '--category: chuyên mục "tin-moi" không có (unknown category) — dùng một trong: thoi-su, dan-van, tin-tuc',
    );
    await expect(articles()).rejects.toThrow();
  });

  it('refuses a missing title, or one with no letter to name a file by, with exit 2', () => {
    expect(run('new.ts').code).toBe(2);
    const blank = run('new.ts', '!!!');
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('Tiêu đề "!!!" không có chữ hay số nào để đặt tên tệp.');
  });
});
