import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { nukevietTablesSql } from '../../scripts/lib/nukeviet-tables.ts';
import { startMariaDb, type ThrowawayMariaDb } from '../../scripts/lib/throwaway-mariadb.ts';

/**
 * `npm run import:nukeviet` against a real MariaDB server, started here on a socket in a
 * temporary folder and loaded with a made-up portal in NukeViet 4.x's tables.
 */

const LONG_TITLE = `Tỉnh Bình Phước ${'triển khai đồng bộ các giải pháp phát triển kinh tế xã hội '.repeat(5)}`
  .slice(0, 250)
  .trim();

/** 2019-10-26 19:18 in Vietnam. */
const OCT_2019 = 1572092280;
const JUN_2019 = 1559350800;
const JAN_2020 = 1577836800;
const YEAR_2099 = 4070908800;

const BODY_HTML = `<p style="text-align: justify;"><span style="font-family:Arial;font-size:14px;">Hội nghị đánh giá <strong>kết quả</strong> thực hiện <a href="https://binhphuoc.gov.vn/van-ban">Quy chế dân chủ</a> ở cơ sở.</span></p>
<p>&nbsp;</p>
<figure class="image"><img alt="" src="/uploads/news/2019_10/phat-bieu.jpg" width="600" /><figcaption>Đồng chí Trưởng ban Dân vận phát biểu</figcaption></figure>
<script type="text/javascript">document.write('quảng cáo');</script>
<table border="1" cellpadding="1" style="width:500px"><tbody><tr><td><strong>Chỉ tiêu</strong></td><td>Kết quả</td></tr><tr><td>Mô hình dân vận khéo</td><td>1.245</td></tr></tbody></table>
<p style="display:none">Từ khóa ẩn của trang</p>
<p style="text-align:center"><img src="http://cdn.example.vn/anh-ngoai.jpg" alt="Ảnh từ trang khác" /></p>
<iframe src="https://www.youtube.com/embed/abc"></iframe>
<p>Năm 2020, phấn đấu 100% cơ sở có mô hình * mới.</p>`;

interface Row {
  id: number;
  catid: number;
  title: string;
  alias: string;
  status: number;
  publtime: number;
  exptime?: number;
  hometext?: string;
  homeimgfile?: string;
  homeimgalt?: string;
  author?: string;
  sourceid?: number;
  topicid?: number;
  hitstotal?: number;
  hitscm?: number;
  body?: string | null;
  sourcetext?: string;
  keywords?: string;
}

const ROWS: Row[] = [
  {
    id: 1,
    catid: 2,
    title: 'Tỉnh ủy tổng kết &quot;dân vận khéo&quot; năm 2019',
    alias: 'Tinh-uy-tong-ket-dan-van-kheo-nam-2019',
    status: 1,
    publtime: OCT_2019,
    hometext: 'Sáng 26/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết.',
    homeimgfile: '2019_10/hoi-nghi.jpg',
    homeimgalt: 'Quang cảnh hội nghị',
    author: 'Thanh Hà',
    sourceid: 1,
    topicid: 1,
    hitstotal: 1745,
    hitscm: 3,
    body: BODY_HTML,
    sourcetext: 'https://baobinhphuoc.com.vn/news/19/123.html',
    keywords: 'dân vận, Tỉnh ủy',
  },
  { id: 2, catid: 3, title: 'Bản nháp giá điều', alias: 'Ban-nhap-gia-dieu', status: 4, publtime: OCT_2019 },
  {
    id: 3,
    catid: 3,
    title: 'Thông báo đã hết hạn',
    alias: 'Thong-bao-da-het-han',
    status: 3,
    publtime: JUN_2019,
    exptime: JAN_2020,
  },
  { id: 4, catid: 1, title: 'Bài hẹn giờ đăng', alias: 'Bai-hen-gio-dang', status: 2, publtime: YEAR_2099 },
  {
    id: 5,
    catid: 1,
    title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh',
    alias: 'Hoi-nghi-BCH',
    status: 1,
    publtime: OCT_2019,
  },
  {
    id: 6,
    catid: 4,
    title: 'Hội nghị Ban chấp hành Đảng bộ tỉnh!',
    alias: 'Hoi-nghi-BCH-2',
    status: 1,
    publtime: OCT_2019 + 60,
  },
  { id: 7, catid: 3, title: LONG_TITLE, alias: 'tieu-de-dai', status: 1, publtime: OCT_2019 },
  { id: 8, catid: 99, title: 'Bài của chuyên mục đã xóa', alias: 'Bai-mat-chuyen-muc', status: 1, publtime: OCT_2019 },
  { id: 9, catid: 1, title: 'Bài mất nội dung', alias: 'Bai-mat-noi-dung', status: 1, publtime: OCT_2019, body: null },
];

const quote = (value: string | number) =>
  typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
const values = (...fields: (string | number)[]) => `(${fields.map(quote).join(', ')})`;

/** The portal, as a dump: NukeViet's tables, then our own categories, sources, authors and articles. */
function portalDump(prefix: string): string {
  const t = `${prefix}_vi_news`;
  const rows = ROWS.map((row) =>
    values(
      row.id,
      row.catid,
      String(row.catid),
      row.topicid ?? 0,
      row.author ?? '',
      row.sourceid ?? 0,
      row.publtime,
      row.status,
      row.publtime,
      row.exptime ?? 0,
      row.title,
      row.alias,
      row.hometext ?? `Sapo của bài ${row.id}.`,
      row.homeimgfile ?? '',
      row.homeimgalt ?? '',
      row.homeimgfile ? 1 : 0,
      row.hitstotal ?? 0,
      row.hitscm ?? 0,
    ),
  );
  const details = ROWS.filter((row) => row.body !== null).map((row) =>
    values(row.id, '', '', row.body ?? `<p>Nội dung của bài ${row.id}.</p>`, row.keywords ?? '', row.sourcetext ?? ''),
  );
  return `${nukevietTablesSql(prefix, 'vi', 'news')}
INSERT INTO ${prefix}_config (lang, module, config_name, config_value) VALUES ('vi', 'global', 'site_home_module', 'news');
INSERT INTO ${t}_cat (catid, parentid, title, alias, description, sort) VALUES
  (1, 0, 'Thời sự', 'Thoi-su', '', 1),
  (2, 1, 'Chính trị', 'Chinh-tri', 'Hoạt động của hệ thống chính trị', 2),
  (3, 0, 'Kinh tế', 'Kinh-te-Dau-tu', 'Tin kinh tế và đầu tư', 3),
  (4, 0, 'Tin tức', 'tin-tuc', '', 4),
  (5, 3, 'Doanh nghiệp', 'Doanh-nghiep', '', 5);
INSERT INTO ${t}_sources (sourceid, title, link, add_time, edit_time) VALUES (1, 'Báo Bình Phước', 'https://baobinhphuoc.com.vn', 0, 0);
INSERT INTO ${t}_topics (topicid, title, alias) VALUES (1, 'Đại hội Đảng', 'Dai-hoi-Dang');
INSERT INTO ${t}_tags (tid, alias, keywords) VALUES (1, 'dân-vận', 'dân vận'), (2, 'hội-nghị', 'hội nghị');
INSERT INTO ${t}_tags_id (id, tid, keyword) VALUES (1, 1, 'dân vận'), (1, 2, 'hội nghị');
INSERT INTO ${t}_author (id, uid, alias, pseudonym) VALUES (1, 1, 'minh-anh', 'Minh Anh');
INSERT INTO ${t}_authorlist (id, aid, alias, pseudonym) VALUES (1, 1, 'minh-anh', 'Minh Anh');
INSERT INTO ${t}_rows (id, catid, listcatid, topicid, author, sourceid, addtime, status, publtime, exptime, title, alias, hometext, homeimgfile, homeimgalt, homeimgthumb, hitstotal, hitscm) VALUES
  ${rows.join(',\n  ')};
INSERT INTO ${t}_detail (id, titlesite, description, bodyhtml, keywords, sourcetext) VALUES
  ${details.join(',\n  ')};
`;
}

let server: ThrowawayMariaDb;
let work: string;
let content: string;
let articles: string;
let uploads: string;

beforeAll(async () => {
  server = await startMariaDb();
  const connection = await server.connect();
  await connection.query('CREATE DATABASE portal CHARACTER SET utf8mb4; USE portal;');
  await connection.query(portalDump('nv4'));
  await connection.end();
}, 120_000);

afterAll(() => server?.stop());

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'import-nukeviet-'));
  content = join(work, 'content');
  articles = join(content, 'articles');
  uploads = join(work, 'uploads');
  await mkdir(articles, { recursive: true });
  await cp('content/categories.yaml', join(content, 'categories.yaml'));
  await cp('content/site.yaml', join(content, 'site.yaml'));
  await mkdir(join(uploads, 'news', '2019_10'), { recursive: true });
  await writeFile(join(uploads, 'news', '2019_10', 'hoi-nghi.jpg'), 'ảnh bìa');
  await writeFile(join(uploads, 'news', '2019_10', 'phat-bieu.jpg'), 'ảnh phát biểu');
  return () => rm(work, { recursive: true, force: true });
});

function importNukeviet(...flags: string[]) {
  const result = spawnSync(
    process.execPath,
    ['scripts/import-nukeviet.ts', '--content', content, '--uploads', uploads, ...flags],
    { encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const db = () => server.url('portal');

async function frontMatterOf(name: string) {
  const { data, content: body } = matter(await readFile(join(articles, name), 'utf8'), {});
  return { data, body };
}

interface ReportRow {
  id: number;
  status: string;
  output?: string;
  errors?: string[];
  warnings?: string[];
  images?: string[];
}

describe('npm run import:nukeviet', () => {
  it('imports every row exactly, names each failure, and exits 1', async () => {
    const report = join(work, 'report.json');
    const run = importNukeviet('--db', db(), '--report', report);

    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('#8: lỗi: chuyên mục catid=99 không có trong bảng _cat');
    expect(run.stderr).toContain('#9: lỗi: không có dòng nội dung trong bảng _detail');
    expect(run.stdout).toContain('Đã nhập 7, bỏ qua 0 (đã có bài), lỗi 2');

    const { rows, categories, database } = JSON.parse(await readFile(report, 'utf8'));
    expect(database).toEqual({ prefix: 'nv4', lang: 'vi', module: 'news', homeModule: 'news' });
    expect(categories.added).toEqual(['chinh-tri', 'kinh-te-dau-tu', 'doanh-nghiep']);
    expect(rows.map((row: ReportRow) => [row.id, row.status])).toEqual([
      [1, 'imported'],
      [2, 'imported'],
      [3, 'imported'],
      [4, 'imported'],
      [5, 'imported'],
      [6, 'imported'],
      [7, 'imported'],
      [8, 'failed'],
      [9, 'failed'],
    ]);
    const first = rows[0] as ReportRow;
    expect(first.warnings).toEqual([
      'bỏ nội dung nhúng <iframe> https://www.youtube.com/embed/abc',
      'ảnh http://cdn.example.vn/anh-ngoai.jpg: không nằm trong uploads/news/ của trang; chỉ giữ chú thích',
    ]);
    // The portal's uploads/news/ mirrored in the shared images folder: one copy of a photo, whoever shows it.
    const images = join(content, 'images', 'news');
    expect(first.images).toEqual([join(images, '2019_10/phat-bieu.jpg'), join(images, '2019_10/hoi-nghi.jpg')]);
    expect(await readFile(join(images, '2019_10', 'hoi-nghi.jpg'), 'utf8')).toBe('ảnh bìa');
  }, 180_000);

  it('writes each field from its column', async () => {
    expect(importNukeviet('--db', db()).code).toBe(1);

    const full = await frontMatterOf('tinh-uy-tong-ket-dan-van-kheo-nam-2019.md');
    expect(full.data).toEqual({
      title: 'Tỉnh ủy tổng kết "dân vận khéo" năm 2019',
      date: '2019-10-26T19:18:00+07:00',
      category: 'chinh-tri',
      tags: ['dân vận', 'hội nghị', 'Tỉnh ủy', 'Đại hội Đảng'],
      summary: 'Sáng 26/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết.',
      cover: { caption: 'Quang cảnh hội nghị', image: '../images/news/2019_10/hoi-nghi.jpg' },
      source: { name: 'Báo Bình Phước', url: 'https://baobinhphuoc.com.vn/news/19/123.html' },
      author: 'Thanh Hà, Minh Anh',
      legacy: { views: 1745, comments: 3, id: 'nukeviet/vi/news/1' },
      aliases: [
        '/news/Chinh-tri/Tinh-uy-tong-ket-dan-van-kheo-nam-2019-1.html',
        '/Chinh-tri/Tinh-uy-tong-ket-dan-van-kheo-nam-2019-1.html',
      ],
    });
    expect(full.body).toBe(`
Hội nghị đánh giá **kết quả** thực hiện [Quy chế dân chủ](https://binhphuoc.gov.vn/van-ban) ở cơ sở.

![Đồng chí Trưởng ban Dân vận phát biểu](../images/news/2019_10/phat-bieu.jpg)

| **Chỉ tiêu**         | Kết quả |
| -------------------- | ------- |
| Mô hình dân vận khéo | 1.245   |

<figure><figcaption>Ảnh từ trang khác</figcaption></figure>

Năm 2020, phấn đấu 100% cơ sở có mô hình \\* mới.
`);

    const draft = await frontMatterOf('ban-nhap-gia-dieu.md');
    expect(draft.data).toMatchObject({ date: '2019-10-26T19:18:00+07:00', category: 'kinh-te-dau-tu', draft: true });
    expect(draft.data).not.toHaveProperty('publishAt');

    const expired = await frontMatterOf('thong-bao-da-het-han.md');
    expect(expired.data).toMatchObject({ date: '2019-06-01T08:00:00+07:00', expires: '2020-01-01T07:00:00+07:00' });
    expect(expired.data).not.toHaveProperty('draft');

    const scheduled = await frontMatterOf('bai-hen-gio-dang.md');
    expect(scheduled.data).toMatchObject({
      date: '2099-01-01T07:00:00+07:00',
      publishAt: '2099-01-01T07:00:00+07:00',
      category: 'thoi-su',
    });
    expect(scheduled.data).not.toHaveProperty('draft');

    // Two titles with one slug: the later row's file carries its id, on every run.
    expect((await frontMatterOf('hoi-nghi-ban-chap-hanh-dang-bo-tinh.md')).data.legacy.id).toBe('nukeviet/vi/news/5');
    const clash = await frontMatterOf('hoi-nghi-ban-chap-hanh-dang-bo-tinh-6.md');
    expect(clash.data).toMatchObject({ title: 'Hội nghị Ban chấp hành Đảng bộ tỉnh!', category: 'tin-tuc' });

    const files = (await readdir(articles)).filter((file) => file.endsWith('.md'));
    const long = files.find((file) => file.startsWith('tinh-binh-phuoc-trien-khai'))!;
    expect(long.length).toBeLessThanOrEqual(84);
    expect(long).toMatch(/^[a-z0-9-]+[a-z0-9]\.md$/);
    expect((await frontMatterOf(long)).data.title).toBe(LONG_TITLE);
    expect(files).toHaveLength(7);
  }, 180_000);

  it('writes the portal categories into categories.yaml, keeping the newsroom’s, with their parents', async () => {
    const before = await readFile(join(content, 'categories.yaml'), 'utf8');
    expect(importNukeviet('--db', db()).code).toBe(1);
    const after = await readFile(join(content, 'categories.yaml'), 'utf8');

    expect(after.startsWith(before)).toBe(true);
    const categories = parseYaml(after);
    // The newsroom's own thoi-su and tin-tuc are those of the portal: kept as the newsroom wrote them.
    expect(categories['thoi-su']).toEqual(parseYaml(before)['thoi-su']);
    expect(categories['chinh-tri']).toEqual({
      name: 'Chính trị',
      description: 'Hoạt động của hệ thống chính trị',
      parent: 'thoi-su',
    });
    expect(categories['kinh-te-dau-tu']).toEqual({ name: 'Kinh tế', description: 'Tin kinh tế và đầu tư' });
    expect(categories['doanh-nghiep']).toEqual({
      name: 'Doanh nghiệp',
      description: 'Doanh nghiệp',
      parent: 'kinh-te-dau-tu',
    });

    // A second run adds nothing.
    expect(importNukeviet('--db', db(), '--force').code).toBe(1);
    expect(await readFile(join(content, 'categories.yaml'), 'utf8')).toBe(after);
  }, 180_000);

  it('writes articles that npm run check passes', async () => {
    expect(importNukeviet('--db', db()).code).toBe(1);
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', content], {
      encoding: 'utf8',
      env: { ...process.env, SITE_NOW: '2026-12-01T00:00:00+07:00' },
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('Đã kiểm tra 7 bài');
  }, 180_000);

  it('leaves an article an editor has touched alone, even renamed, and overwrites it with --force', async () => {
    expect(importNukeviet('--db', db()).code).toBe(1);
    const edited = join(articles, 'bai-da-sua.md');
    await rename(join(articles, 'bai-hen-gio-dang.md'), edited);
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('Nội dung của bài 4.', 'ĐÃ SỬA'));

    const report = join(work, 'again.json');
    const again = importNukeviet('--db', db(), '--report', report);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('Đã nhập 0, bỏ qua 7 (đã có bài), lỗi 2');
    const { rows } = JSON.parse(await readFile(report, 'utf8'));
    expect(rows.find((row: ReportRow) => row.id === 4)).toEqual({ id: 4, status: 'skipped', output: edited });
    expect(await readFile(edited, 'utf8')).toContain('ĐÃ SỬA');
    expect(await readdir(articles)).not.toContain('bai-hen-gio-dang.md');

    expect(importNukeviet('--db', db(), '--force').code).toBe(1);
    expect(await readFile(edited, 'utf8')).toContain('Nội dung của bài 4.');
    expect(await readdir(articles)).not.toContain('bai-hen-gio-dang.md');
    expect((await readdir(work, { recursive: true })).filter((file) => String(file).endsWith('.tmp'))).toEqual([]);
  }, 180_000);

  it('keeps a photo an editor has replaced when it imports an article again, and replaces it with --force', async () => {
    expect(importNukeviet('--db', db()).code).toBe(1);
    const photo = join(content, 'images', 'news', '2019_10', 'hoi-nghi.jpg');
    await writeFile(photo, 'ảnh đã sửa');
    // The article is gone, so its row is imported again: its photo is the editor's still.
    await rm(join(articles, 'tinh-uy-tong-ket-dan-van-kheo-nam-2019.md'));
    const report = join(work, 'again.json');
    expect(importNukeviet('--db', db(), '--report', report).code).toBe(1);
    const { rows } = JSON.parse(await readFile(report, 'utf8'));
    expect(rows[0]).toMatchObject({ id: 1, status: 'imported' });
    expect(rows[0].images).toContain(photo);
    expect(await readFile(photo, 'utf8')).toBe('ảnh đã sửa');
    expect((await frontMatterOf('tinh-uy-tong-ket-dan-van-kheo-nam-2019.md')).data.cover.image).toBe(
      '../images/news/2019_10/hoi-nghi.jpg',
    );

    expect(importNukeviet('--db', db(), '--force').code).toBe(1);
    expect(await readFile(photo, 'utf8')).toBe('ảnh bìa');
  }, 180_000);

  it('without --uploads keeps the captions and says which photos were not copied', async () => {
    const report = join(work, 'report.json');
    const run = spawnSync(
      process.execPath,
      ['scripts/import-nukeviet.ts', '--content', content, '--db', db(), '--report', report],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    const full = await frontMatterOf('tinh-uy-tong-ket-dan-van-kheo-nam-2019.md');
    expect(full.data.cover).toEqual({ caption: 'Quang cảnh hội nghị' });
    expect(full.body).toContain('<figure><figcaption>Đồng chí Trưởng ban Dân vận phát biểu</figcaption></figure>');
    const { rows } = JSON.parse(await readFile(report, 'utf8'));
    expect(rows[0].warnings).toContain(
      'ảnh đại diện 2019_10/hoi-nghi.jpg: không chép (thêm --uploads thư-mục-uploads); chỉ giữ chú thích',
    );
  }, 180_000);

  it('names the tables it did find for a wrong prefix, and exits 2', () => {
    const run = importNukeviet('--db', db(), '--prefix', 'nv5');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không có bảng nv5_vi_news_rows, nv5_vi_news_detail, nv5_vi_news_cat');
    expect(run.stderr).toContain('Bảng tin có trong cơ sở dữ liệu: nv4_vi_news_rows');
  }, 180_000);

  it('says so when the server cannot be reached, and exits 2', async () => {
    const nowhere = join(work, 'khong-co.sock');
    const run = importNukeviet('--db', `mysql://root@localhost/portal?socket=${nowhere}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Cơ sở dữ liệu ${nowhere}: không kết nối được máy chủ (ENOENT)`);
    const missingDb = importNukeviet('--db', server.url('khong_co'));
    expect(missingDb.code).toBe(2);
    expect(missingDb.stderr).toContain('không có cơ sở dữ liệu "khong_co"');
  }, 180_000);

  it('refuses a wrong command line with exit 2 and the usage', () => {
    for (const flags of [[], ['--db', 'postgres://x/y'], ['--db', db(), '--prefix', 'nv4;drop'], ['--overwrite']]) {
      const run = importNukeviet(...flags);
      expect(run.code, flags.join(' ')).toBe(2);
      expect(run.stderr).toContain('Cách dùng');
    }
  }, 180_000);
});
