/**
 * The made-up NukeViet portal that `npm run bench:import` loads into MariaDB, and whose
 * bodies the importer's tests read: the editor's HTML as it saves it (styled paragraphs,
 * bold figures, links, a captioned photo, a table in one of five, a script).
 */
export const CATEGORIES = [
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

/** Article `n` of the made-up portal, the same on every run, with its photo's path in `uploads/news/`. */
export function article(n: number) {
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
  const publtime = FIRST_DAY + n * 37_000;
  // A photo of its own, in the folder of the month it was uploaded, as NukeViet files them.
  const published = new Date(publtime * 1000);
  const photo = `${published.getUTCFullYear()}_${String(published.getUTCMonth() + 1).padStart(2, '0')}/anh-${n}.jpg`;
  const body = [
    paragraph(0),
    `<figure class="image"><img alt="" src="/uploads/news/${photo}" width="600" />` +
      `<figcaption>${subject} ${place} ${action} tại hội nghị</figcaption></figure>`,
    ...Array.from({ length: 6 }, (_, k) => paragraph(k + 1)),
    table,
    '<script>var _ga = 1;</script>',
  ].join('\n');
  const category = CATEGORIES[n % CATEGORIES.length]![0];
  return {
    photo,
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
      photo,
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
