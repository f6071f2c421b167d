import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** `clean` is a whole content folder with no problem; each other fixture is laid over it. */
const FIXTURES = resolve('tests/fixtures/check');
const SCRIPT = resolve('scripts/check.ts');
const NOW = '2026-11-27T08:00:00+07:00';

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'check-cli-'));
});

afterEach(() => rm(work, { recursive: true, force: true }));

/**
 * `npm run check` on the clean content with `fixture` laid over it, run from a folder
 * where it is `content/`, so the paths printed are the ones an editor sees.
 */
async function check(fixture?: string, env: Record<string, string> = { SITE_NOW: NOW }) {
  await cp(join(FIXTURES, 'clean'), join(work, 'content'), { recursive: true });
  if (fixture) await cp(join(FIXTURES, fixture), join(work, 'content'), { recursive: true });
  const result = spawnSync(process.execPath, [SCRIPT, '--content', 'content', '--public', 'content/public'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, problems: result.stderr.split('\n').filter(Boolean), stdout: result.stdout };
}

describe('npm run check', () => {
  it('checks more articles than it may open files at once', async () => {
    await cp(join(FIXTURES, 'clean'), join(work, 'content'), { recursive: true });
    const articles = join(work, 'content', 'articles');
    const [model] = (await readdir(articles)).filter((name) => name.endsWith('.md'));
    const text = await readFile(join(articles, model!), 'utf8');
    for (let copy = 0; copy < 300; copy++) await writeFile(join(articles, `ban-sao-${copy}.md`), text);
    // 100 000 articles against 20 000 open files here, in small: 304 articles against 100.
    const script = `ulimit -n 100 && exec "${process.execPath}" "${SCRIPT}" --content content --public content/public`;
    const result = spawnSync('sh', ['-c', script], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, SITE_NOW: NOW },
    });
    expect(result.stderr).not.toContain('EMFILE');
    expect(result.stdout).toContain('Đã kiểm tra 304 bài trong content');
  });

  it('passes a clean content folder with exit 0', async () => {
    const run = await check();
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Đã kiểm tra 4 bài trong content: không có lỗi.\n');
  });

  describe('tried as a new editor would: one clear line naming the file and the field', () => {
    it.each([
      [
        'a wrong category',
        'wrong-category',
        'content/articles/sai-chuyen-muc.md:4 — category — chuyên mục "tin-moi" không có (unknown category) — dùng một trong: thoi-su, dan-van, tin-tuc',
      ],
      [
        'a missing title',
        'missing-title',
        'content/articles/thieu-tieu-de.md:1 — title — thiếu trường bắt buộc (required) — thêm dòng title: "Tỉnh Bình Phước tổng kết công tác dân vận năm 2018"',
      ],
      [
        'a date written 26/10/2019',
        'date-format',
        'content/articles/sai-ngay.md:3 — date — "26/10/2019" không đúng dạng ISO 8601 có múi giờ, ví dụ 2019-10-26T19:18:00+07:00 (invalid date) — viết date: "2019-10-26T00:00:00+07:00"',
      ],
    ])('%s', async (_, fixture, line) => {
      const run = await check(fixture);
      expect(run.problems).toEqual([line]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('1 lỗi (error) trong 1 tệp');
    });
  });

  it('reports every schema error at its key, wrong types and unknown fields included', async () => {
    const run = await check('schema');
    expect(run.problems).toEqual([
      'content/articles/sai-mau.md:5 — tags — phải là danh sách, không phải chữ "dân vận" (expected array) — viết theo mẫu tags: ["dân vận", "Tỉnh ủy"]',
      'content/articles/sai-mau.md:9 — source.url — không phải địa chỉ web (invalid url) — viết theo mẫu url: "https://baoquankhu7.vn"',
      'content/articles/sai-mau.md:10 — draft — phải là true hoặc false, không phải chữ "có" (expected boolean) — viết theo mẫu draft: true',
      'content/articles/sai-mau.md:11 — tag — trường "tag" không có trong mẫu (unknown field) — sửa thành tags',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports a YAML syntax error once, at its line', async () => {
    const run = await check('yaml-syntax');
    expect(run.problems).toEqual([
      'content/articles/loi-yaml.md:2 — title — giá trị có dấu hai chấm, hoặc dòng thụt lề sai (YAML syntax error) — đặt giá trị trong ngoặc kép, ví dụ title: "Hội nghị: tổng kết năm 2018"; mỗi trường một dòng, sát lề trái',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports a file without front matter once, not one line per missing field', async () => {
    const run = await check('no-front-matter');
    expect(run.problems).toEqual([
      'content/articles/khong-co-thong-tin.md:1 — front matter — tệp không có phần thông tin đầu bài (missing front matter) — dòng đầu tiên của tệp phải là ---, rồi các dòng tên: giá trị, rồi một dòng --- (tạo bài bằng npm run new để có mẫu)',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports two files at one address, in other folders or differing only in case', async () => {
    const run = await check('duplicate-slug');
    expect(run.problems).toEqual([
      'content/articles/cu/Hoi-Nghi-Thoi-Su.md:1 — tên tệp (file name) — tên tệp là địa chỉ của bài nên chỉ gồm chữ thường không dấu, số và gạch nối (invalid file name) — đổi tên thành hoi-nghi-thoi-su.md',
      'content/articles/cu/Hoi-Nghi-Thoi-Su.md:1 — tên tệp (file name) — cùng địa chỉ /bai-viet/hoi-nghi-thoi-su/ với content/articles/2019/hoi-nghi-thoi-su.md, chỉ khác chữ hoa, chữ thường (duplicate slug) — đổi tên một trong hai tệp, ví dụ thành hoi-nghi-thoi-su-2.md',
      'content/articles/tong-ket-dan-van.md:1 — tên tệp (file name) — cùng địa chỉ /bai-viet/tong-ket-dan-van/ với content/articles/luu-tru/tong-ket-dan-van.md (duplicate slug) — đổi tên một trong hai tệp, ví dụ thành tong-ket-dan-van-2.md',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports a file name that is not an address, and a markdown file the site would skip', async () => {
    const run = await check('file-name');
    expect(run.problems).toEqual([
      'content/articles/Tin Moi Nhat.md:1 — tên tệp (file name) — tên tệp là địa chỉ của bài nên chỉ gồm chữ thường không dấu, số và gạch nối (invalid file name) — đổi tên thành tin-moi-nhat.md',
      'content/articles/tin-ngan.markdown:1 — tên tệp (file name) — tệp tin-ngan.markdown không được đăng: đuôi tệp phải là .md, chữ thường (wrong extension) — đổi tên thành tin-ngan.md',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports an old address claimed twice, or one that is a page of the site', async () => {
    const run = await check('duplicate-alias');
    expect(run.problems).toEqual([
      'content/articles/xem-them-dia-chi-cu.md:8 — aliases — địa chỉ cũ /tin-tuc/bai-1.html đã được bài content/articles/tong-ket-dan-van.md nhận (duplicate alias) — một địa chỉ cũ chỉ dẫn đến một bài: xóa dòng này ở một trong hai bài',
      'content/articles/xem-them-dia-chi-cu.md:9 — aliases — /chuyen-muc/dan-van/ là địa chỉ một trang của chính trang web, không phải địa chỉ cũ (alias is a page) — xóa dòng này',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports a missing or placeholder lead and an unwritten body, as warnings in a draft', async () => {
    const run = await check('unwritten');
    expect(run.problems).toEqual([
      'content/articles/ban-nhap.md:5 — summary — cảnh báo (warning): sapo vẫn là dòng mẫu (placeholder lead) — viết sapo của bài thay cho "VIẾT SAPO Ở ĐÂY: một, hai câu tóm tắt bài, in dưới tiêu đề."',
      'content/articles/ban-nhap.md:9 — nội dung (body) — cảnh báo (warning): nội dung vẫn là dòng mẫu (placeholder body) — viết nội dung bài thay cho "VIẾT NỘI DUNG BÀI Ở ĐÂY. Mỗi đoạn văn cách nhau một dòng trống."',
      'content/articles/chua-co-noi-dung.md:6 — nội dung (body) — bài chưa có nội dung (empty body) — viết nội dung bài bên dưới dòng --- thứ hai',
      'content/articles/sapo-mau.md:5 — summary — sapo vẫn là dòng mẫu (placeholder lead) — viết sapo của bài thay cho "VIẾT SAPO Ở ĐÂY: một, hai câu tóm tắt bài, in dưới tiêu đề."',
      'content/articles/sapo-mau.md:8 — nội dung (body) — nội dung vẫn là dòng mẫu (placeholder body) — viết nội dung bài thay cho "VIẾT NỘI DUNG BÀI Ở ĐÂY. Mỗi đoạn văn cách nhau một dòng trống."',
      'content/articles/thieu-sapo.md:1 — summary — thiếu trường bắt buộc (required) — thêm dòng summary: "Sáng 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2018."',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('4 lỗi (error) trong 3 tệp, 2 cảnh báo (warning)');
  });

  it('reports a future date on an article neither draft nor scheduled, as of SITE_NOW', async () => {
    const run = await check('future-date');
    expect(run.problems).toEqual([
      'content/articles/ngay-tuong-lai.md:3 — date — ngày đăng Thứ Sáu, 26/10/2091, 19:18 còn ở tương lai (future date) — sửa lại ngày nếu gõ nhầm; nếu muốn hẹn giờ đăng, thêm dòng publishAt: "2091-10-26T19:18:00+07:00"',
    ]);
    expect(run.code).toBe(1);
    expect((await check('future-date', { SITE_NOW: '2091-10-27T00:00:00+07:00' })).problems).not.toContainEqual(
      expect.stringContaining('future date'),
    );
  });

  it('reports an expiry that is not after the publish time', async () => {
    const run = await check('expires');
    expect(run.problems).toEqual([
      'content/articles/go-truoc-khi-dang.md:5 — expires — giờ gỡ bài Thứ Hai, 30/11/2026, 00:00 không sau giờ đăng Thứ Ba, 01/12/2026, 06:00 (expires before publish) — đặt expires sau 2026-12-01T06:00:00+07:00, hoặc xóa dòng expires',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports a photo that is not where the article says, and one without a caption', async () => {
    const run = await check('images');
    expect(run.problems).toEqual([
      'content/articles/thieu-anh.md:8 — cover.image — không có tệp ảnh content/articles/anh-bia-moi.jpg (image not found) — tải ảnh lên đúng chỗ đó, hoặc sửa đường dẫn ./anh-bia-moi.jpg theo tên và chỗ của tệp ảnh',
      'content/articles/thieu-anh.md:11 — nội dung (body) — không có tệp ảnh content/articles/anh-hoi-nghi.jpg (image not found) — tải ảnh lên đúng chỗ đó, hoặc sửa đường dẫn ./anh-hoi-nghi.jpg theo tên và chỗ của tệp ảnh',
      'content/articles/thieu-anh.md:13 — nội dung (body) — không có tệp ảnh content/public/anh/khong-co.jpg (image not found) — tải ảnh lên đúng chỗ đó, hoặc sửa đường dẫn /anh/khong-co.jpg theo tên và chỗ của tệp ảnh',
      'content/articles/thieu-anh.md:15 — nội dung (body) — ảnh "anh-bia.jpg" chưa có chú thích (missing alt text) — viết chú thích trong ngoặc vuông: ![chú thích ảnh](anh-bia.jpg)',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports links to pages the site does not have, as warnings in a draft', async () => {
    const run = await check('links');
    expect(run.problems).toEqual([
      'content/articles/ban-nhap-chua-dang.md:9 — nội dung (body) — cảnh báo (warning): không có bài viết nào ở /bai-viet/chua-viet/ (unknown article) — địa chỉ của bài là /bai-viet/<tên tệp, không có .md>/: sửa lại, hoặc bỏ liên kết',
      'content/articles/lien-ket-hong.md:8 — nội dung (body) — không có bài viết nào ở /bai-viet/tong-ket-dan-vam/ (unknown article) — sửa thành /bai-viet/tong-ket-dan-van/',
      'content/articles/lien-ket-hong.md:8 — nội dung (body) — bài ban-nhap-chua-dang chưa lên trang lúc này (unpublished article) — đăng bài đó trước (bỏ draft: true, hoặc sửa giờ hẹn), hoặc bỏ liên kết',
      'content/articles/lien-ket-hong.md:10 — nội dung (body) — không có chuyên mục "tin-moi" (unknown category) — dùng một trong: /chuyen-muc/thoi-su/, /chuyen-muc/dan-van/, /chuyen-muc/tin-tuc/',
      'content/articles/lien-ket-hong.md:10 — nội dung (body) — không có trang chủ đề "bau-cu" lúc này (unknown tag) — một chủ đề có trang khi một bài đã đăng ghi nó trong tags: sửa đường dẫn, hoặc bỏ liên kết',
      'content/articles/lien-ket-hong.md:10 — nội dung (body) — không có trang /lien-he/ (broken link) — sửa đường dẫn cho đúng, hoặc bỏ liên kết',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports a broken categories.yaml at its lines', async () => {
    const run = await check('categories-yaml');
    expect(run.problems).toEqual([
      'content/categories.yaml:4 — Dân vận — slug chuyên mục phải là chữ thường không dấu, ví dụ dan-van (invalid key) — đổi tên cho đúng dạng',
      'content/categories.yaml:7 — tin-tuc.description — thiếu trường bắt buộc (required) — thêm dòng description: …',
    ]);
    expect(run.code).toBe(1);
  });

  it('reports a default category site.yaml names but categories.yaml does not declare', async () => {
    const run = await check('site-yaml');
    expect(run.problems).toEqual([
      'content/site.yaml:5 — defaultCategory — chuyên mục "tin-moi" không có (unknown category) — dùng một trong: thoi-su, dan-van, tin-tuc',
    ]);
    expect(run.code).toBe(1);
  });

  it('refuses a SITE_NOW that is not a time, with exit 2', async () => {
    const run = await check(undefined, { SITE_NOW: '27/11/2026' });
    expect(run.code).toBe(2);
    expect(run.problems.join('\n')).toContain('SITE_NOW="27/11/2026"');
  });
});
