/**
 * npm run bench:import -- [--rows 10000] [--cpu-prof DIR]
 *
 * Times `npm run import:nukeviet` on a made-up portal: starts a MariaDB server of its own
 * (as the importer's tests do), fills NukeViet's news tables with N articles in the
 * editor's HTML (styled paragraphs, links, a captioned photo, a table in one of five),
 * imports them with the real command, photos copied, then imports again (every row
 * skipped), and prints each run's wall time, rows/s and peak memory, with the machine's
 * load. Exit 0 when both runs did their job, 1 when one failed, 2 for a usage error.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure, readProfiles, summariseProfiles, type Measurement, type SelfTime } from './lib/measure.ts';
import { nukevietTablesSql } from './lib/nukeviet-tables.ts';
import { startMariaDb } from './lib/throwaway-mariadb.ts';

const USAGE = `Usage: npm run bench:import -- [--rows N] [--cpu-prof DIR]
  --rows N        articles in the made-up portal's database (default: 10000)
  --cpu-prof DIR  profile the first import with node --cpu-prof into DIR and print where the time went`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INSERT_BATCH = 500;
const CATEGORIES = [
  [1, 0, 'Thời sự', 'Thoi-su'],
  [2, 1, 'Chính trị', 'Chinh-tri'],
  [3, 1, 'Xây dựng Đảng', 'Xay-dung-Dang'],
  [4, 0, 'Kinh tế', 'Kinh-te'],
  [5, 4, 'Nông nghiệp', 'Nong-nghiep'],
  [6, 0, 'Văn hóa - Xã hội', 'Van-hoa-Xa-hoi'],
  [7, 6, 'Giáo dục', 'Giao-duc'],
  [8, 0, 'Quốc phòng - An ninh', 'Quoc-phong-An-ninh'],
] as const;
const PLACES = ['Đồng Xoài', 'Bình Long', 'Phước Long', 'Chơn Thành', 'Lộc Ninh', 'Bù Đăng', 'Hớn Quản', 'Bù Gia Mập'];
const SUBJECTS = ['Ban Dân vận Tỉnh ủy', 'UBND huyện', 'Hội Nông dân', 'Đoàn Thanh niên', 'Sở Y tế', 'Công an tỉnh'];
const ACTIONS = ['tổng kết', 'triển khai', 'kiểm tra', 'sơ kết', 'phát động', 'tập huấn'];
const FIRST_DAY = Date.UTC(2010, 0, 1) / 1000;

function parseFlags(): { rows: number; cpuProf: string | undefined } {
  try {
    const { values } = parseArgs({
      options: { rows: { type: 'string', default: '10000' }, 'cpu-prof': { type: 'string' } },
      strict: true,
    });
    const rows = Number(values.rows);
    if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows ${values.rows}: not a positive whole number`);
    return { rows, cpuProf: values['cpu-prof'] && resolve(values['cpu-prof']) };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** Article `n` of the made-up portal, the same on every run. */
function article(n: number) {
  const place = PLACES[n % PLACES.length]!;
  const subject = SUBJECTS[(n >> 3) % SUBJECTS.length]!;
  const action = ACTIONS[(n >> 5) % ACTIONS.length]!;
  const title = `${subject} ${place} ${action} công tác năm ${2010 + (n % 15)} (số ${n})`;
  const paragraph = (k: number) =>
    `<p style="text-align: justify;"><span style="font-size:14px;">Ngày ${1 + ((n + k) % 28)}, ${subject} ${place} ` +
    `đã ${action} kết quả thực hiện nhiệm vụ, với sự tham gia của <strong>${100 + ((n * 7 + k) % 900)}</strong> đại biểu; ` +
    `xem thêm <a href="/news/Thoi-su/bai-${(n + k) % 1000}.html">bài liên quan</a> và văn bản hướng dẫn của tỉnh.</span></p>`;
  const table =
    n % 5 === 0
      ? `<table border="1" style="width:100%"><tbody><tr><td><strong>Chỉ tiêu</strong></td><td>Kết quả</td></tr>` +
        `<tr><td>Hộ nghèo giảm</td><td>${n % 97} hộ</td></tr><tr><td>Mô hình mới</td><td>${n % 13}</td></tr></tbody></table>`
      : '';
  const body = [
    paragraph(0),
    `<figure class="image"><img alt="" src="/uploads/news/${2010 + (n % 15)}_01/anh-${n % 50}.jpg" width="600" />` +
      `<figcaption>${subject} ${place} ${action} tại hội nghị</figcaption></figure>`,
    ...Array.from({ length: 6 }, (_, k) => paragraph(k + 1)),
    table,
    '<script>var _ga = 1;</script>',
  ].join('\n');
  const category = CATEGORIES[n % CATEGORIES.length]![0];
  const publtime = FIRST_DAY + n * 37_000;
  return {
    row: [
      n,
      category,
      String(category),
      0,
      `Phóng viên ${n % 40}`,
      1 + (n % 3),
      publtime,
      n % 50 === 0 ? 4 : 1,
      publtime,
      0,
      title,
      title.replace(/\s+/g, '-'),
      `${subject} ${place} ${action} công tác năm ${2010 + (n % 15)}.`,
      `${2010 + (n % 15)}_01/anh-${n % 50}.jpg`,
      `Ảnh ${place}`,
      1,
      (n * 31) % 5000,
      n % 7,
    ],
    detail: [n, '', '', body, `${place}, ${subject}`, ''],
    tags: [
      [n, 1 + (n % 20), `chủ đề ${n % 20}`],
      [n, 21 + (n % 11), place],
    ],
  };
}

async function main(): Promise<number> {
  const { rows, cpuProf } = parseFlags();
  const work = await mkdtemp(join(tmpdir(), 'bench-import-'));
  const server = await startMariaDb();
  try {
    const connection = await server.connect();
    await connection.query('CREATE DATABASE portal CHARACTER SET utf8mb4; USE portal;');
    await connection.query(nukevietTablesSql('nv4', 'vi', 'news'));
    const t = 'nv4_vi_news';
    await connection.query(`INSERT INTO ${t}_cat (catid, parentid, title, alias, sort) VALUES ?`, [
      CATEGORIES.map(([catid, parentid, title, alias]) => [catid, parentid, title, alias, catid]),
    ]);
    await connection.query(`INSERT INTO ${t}_sources (sourceid, title, link, add_time, edit_time) VALUES ?`, [
      [
        [1, 'Báo Bình Phước', 'https://baobinhphuoc.com.vn', 0, 0],
        [2, 'Thông tấn xã Việt Nam', 'https://ttxvn.vn', 0, 0],
        [3, 'Báo Nhân Dân', 'https://nhandan.vn', 0, 0],
      ],
    ]);
    const loadStarted = Date.now();
    for (let start = 1; start <= rows; start += INSERT_BATCH) {
      const batch = Array.from({ length: Math.min(INSERT_BATCH, rows - start + 1) }, (_, k) => article(start + k));
      await connection.query(
        `INSERT INTO ${t}_rows (id, catid, listcatid, topicid, author, sourceid, addtime, status, publtime, exptime, title, alias, hometext, homeimgfile, homeimgalt, homeimgthumb, hitstotal, hitscm) VALUES ?`,
        [batch.map((a) => a.row)],
      );
      await connection.query(
        `INSERT INTO ${t}_detail (id, titlesite, description, bodyhtml, keywords, sourcetext) VALUES ?`,
        [batch.map((a) => a.detail)],
      );
      await connection.query(`INSERT INTO ${t}_tags_id (id, tid, keyword) VALUES ?`, [batch.flatMap((a) => a.tags)]);
    }
    await connection.end();
    const uploads = join(work, 'uploads');
    for (let year = 2010; year < 2025; year++) {
      const folder = join(uploads, 'news', `${year}_01`);
      await mkdir(folder, { recursive: true });
      await Promise.all(
        Array.from({ length: 50 }, (_, k) => writeFile(join(folder, `anh-${k}.jpg`), `ảnh ${year} ${k}`)),
      );
    }
    const content = join(work, 'content');
    await mkdir(content);
    await cp(join(ROOT, 'content', 'categories.yaml'), join(content, 'categories.yaml'));
    console.log(`MariaDB loaded with ${rows} articles in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);

    const run = (profile?: string) =>
      measure({
        command: process.execPath,
        args: [
          ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
          join(ROOT, 'scripts', 'import-nukeviet.ts'),
          '--db',
          server.url('portal'),
          '--content',
          content,
          '--uploads',
          uploads,
        ],
        cwd: ROOT,
      });
    const report = (label: string, measured: Measurement) => {
      const seconds = measured.wallMs / 1000;
      const memory = measured.peakRssKiB ? `, peak ${(measured.peakRssKiB / 1024).toFixed(0)} MiB` : '';
      console.log(
        `${label}: ${seconds.toFixed(1)} s, ${Math.round(rows / seconds)} rows/s${memory} (exit ${measured.exitCode})`,
      );
      if (measured.exitCode !== 0) console.error(measured.stderrTail);
      return measured.exitCode === 0;
    };
    const first = report('import', await run(cpuProf));
    if (cpuProf) {
      const { totalMs, byFunction, byModule } = summariseProfiles(await readProfiles(cpuProf));
      const line = ({ name, selfMs, share }: SelfTime) =>
        `    ${(selfMs / 1000).toFixed(1).padStart(6)} s ${(share * 100).toFixed(0).padStart(3)}%  ${name}`;
      console.log(`  profile: ${(totalMs / 1000).toFixed(1)} s sampled; by module:`);
      byModule.forEach((entry) => console.log(line(entry)));
      console.log('  by function:');
      byFunction.forEach((entry) => console.log(line(entry)));
    }
    const files = (await readdir(join(content, 'articles'))).filter((file) => file.endsWith('.md')).length;
    console.log(`  ${files} articles written`);
    const second = report('import again (every row skipped)', await run());
    console.log(
      `load average (1, 5, 15 min): ${loadavg()
        .map((load) => load.toFixed(2))
        .join(', ')}`,
    );
    return first && second && files === rows ? 0 : 1;
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
