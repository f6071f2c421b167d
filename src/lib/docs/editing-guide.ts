import { fieldDocs, type FieldDoc } from '../article/fields.ts';
import { newArticle } from '../article/new-article.ts';
import { articleSchema } from '../article/schema.ts';
import { checkContent } from '../check/check-content.ts';
import { formatProblem } from '../check/problem.ts';
import { defaultCategoryOf, parseCategories, parseSite } from '../settings/parse-settings.ts';

/** A fixed time for the examples, so the guide is the same on every run. */
const EXAMPLE_NOW = new Date('2026-11-27T08:00:00+07:00');

/** A markdown table, its cells escaped. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function fieldRow(field: FieldDoc): string[] {
  const group = field.path.includes('.') ? field.path.slice(0, field.path.lastIndexOf('.')) : undefined;
  const required = !field.required ? 'không' : group ? `có, khi có \`${group}\`` : '**có**';
  const example = field.example === undefined ? '' : `\`${field.path.split('.').at(-1)}: ${field.example}\``;
  return [`\`${field.path}\``, field.type, required, field.description, example];
}

/**
 * What `npm run check` prints for the three mistakes a new editor makes first: run on
 * three example articles, so the guide shows the check's real words.
 */
function checkExamples(categoriesText: string, siteText: string, category: string): string[] {
  const article = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\nNội dung bài.\n`;
  const date = 'date: "2019-10-26T19:18:00+07:00"';
  const summary = 'summary: "Sáng 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết."';
  const title = 'title: "Hội nghị tổng kết công tác dân vận"';
  const articles = [
    { path: 'content/articles/sai-chuyen-muc.md', text: article([title, date, 'category: "tin-moi"', summary]) },
    { path: 'content/articles/thieu-tieu-de.md', text: article([date, `category: "${category}"`, summary]) },
    {
      path: 'content/articles/sai-ngay.md',
      text: article([title, 'date: 26/10/2019', `category: "${category}"`, summary]),
    },
  ];
  const problems = checkContent(
    {
      articles,
      categories: { path: 'content/categories.yaml', text: categoriesText },
      site: { path: 'content/site.yaml', text: siteText },
    },
    { now: EXAMPLE_NOW, publicDir: 'public', exists: () => false },
  );
  return problems.map(formatProblem);
}

/**
 * docs/editing.md, the editors' guide: how to add an article, and every field of the
 * front matter, made from the schema, the newsroom's categories and what `npm run new`
 * and `npm run check` really write, so it cannot say something the site no longer does.
 */
export function editingGuide(settings: { categoriesText: string; siteText: string }): string {
  const categories = parseCategories(settings.categoriesText);
  const defaultCategory = defaultCategoryOf(parseSite(settings.siteText), categories).slug;
  const fields = fieldDocs(articleSchema);
  const template = newArticle({ title: 'Tiêu đề bài viết', category: defaultCategory, now: EXAMPLE_NOW });
  const categoryRows = categories.map((category) => [
    `\`${category.slug}\``,
    category.name,
    category.slug === defaultCategory ? `${category.description} (chuyên mục mặc định)` : category.description,
  ]);

  return `# Hướng dẫn viết bài

<!-- Tạo bằng npm run docs từ src/lib/article/schema.ts và content/: đừng sửa tay, sửa ở đó rồi chạy lại. -->

Mỗi bài viết là một tệp \`.md\` trong thư mục \`content/articles/\` (hoặc một thư mục con của nó).
Tên tệp là địa chỉ của bài: \`le-hoi-xuan.md\` được đăng ở \`/bai-viet/le-hoi-xuan/\`. Vì thế tên tệp
chỉ gồm chữ thường không dấu, số và gạch nối, và không được trùng tên một tệp khác, kể cả ở thư
mục khác.

Một bài có hai phần:

1. **Thông tin đầu bài** (front matter), giữa hai dòng \`---\`: mỗi dòng là \`tên: giá trị\`. Chữ nên
   đặt trong ngoặc kép, nhất là khi có dấu hai chấm: \`title: "Hội nghị: tổng kết năm"\`. Dòng bắt
   đầu bằng \`#\` là lời ghi chú, trang web bỏ qua.
2. **Nội dung**, bên dưới, viết bằng Markdown: các đoạn cách nhau một dòng trống; \`## Tiêu đề nhỏ\`;
   \`**chữ đậm**\`; \`[chữ](/bai-viet/ten-bai/)\` là một liên kết; \`![chú thích](./anh.jpg)\` là một ảnh.

## Thêm bài trên GitHub, ngay trong trình duyệt

1. Mở kho mã trên GitHub, vào thư mục \`content/articles\`.
2. Bấm **Add file** → **Create new file**.
3. Gõ tên tệp: tiêu đề không dấu, chữ thường, nối bằng gạch, đuôi \`.md\`, ví dụ
   \`hoi-nghi-tong-ket-dan-van-2024.md\`.
4. Dán mẫu bài (phần dưới) vào ô nội dung, rồi sửa tiêu đề, ngày giờ, chuyên mục, sapo và nội dung.
   Tab **Preview** cho xem trước phần nội dung.
5. Có ảnh: trong cùng thư mục, bấm **Add file** → **Upload files** để tải ảnh lên cạnh bài (xem
   phần [Ảnh](#ảnh)).
6. Bấm **Commit changes…**, ghi một dòng mô tả, rồi lưu vào nhánh \`main\` (hoặc tạo pull request, nếu
   tòa soạn duyệt bài trước khi đăng).
7. Mỗi lần nhánh \`main\` thay đổi, trang web được kiểm tra (\`npm run check\`) rồi dựng lại; theo dõi ở
   tab **Actions**. Nếu kiểm tra báo lỗi, trang web giữ nguyên như cũ: mở lần chạy bị lỗi, bước
   \`npm run check\`, đọc từng dòng lỗi (xem [Kiểm tra bài](#kiểm-tra-bài-npm-run-check)), sửa tệp
   bằng biểu tượng bút chì rồi lưu lại.

Bài mới nên để \`draft: true\` (bản nháp) trong lúc viết: bài nháp không lên trang. Xóa dòng đó khi
bài đã sẵn sàng.

## Tạo bài bằng \`npm run new\`, trên máy tính

\`\`\`sh
npm run new -- "Tiêu đề bài viết" --category ${defaultCategory}
\`\`\`

tạo tệp \`content/articles/tieu-de-bai-viet.md\` theo mẫu dưới đây và in đường dẫn của nó: ngày giờ là
lúc chạy lệnh (giờ Việt Nam), bài là bản nháp, chuyên mục là \`--category\` (bỏ trống thì là
\`${defaultCategory}\`). Nếu tên tệp đã có, lệnh thêm \`-2\`, \`-3\`…: không bao giờ ghi đè một bài. Rồi mở
tệp, viết sapo và nội dung; \`npm run dev\` cho xem thử trang (bản nháp cũng hiện), \`npm run check\`
kiểm tra bài.

## Mẫu bài

<!-- prettier-ignore -->
\`\`\`markdown
${template}\`\`\`

Sapo và nội dung còn là dòng mẫu (\`VIẾT … Ở ĐÂY\`) thì \`npm run check\` nhắc (cảnh báo khi bài còn là
bản nháp, lỗi khi không còn).

## Các trường thông tin đầu bài

${table(
  ['trường', 'kiểu', 'bắt buộc', 'dùng để', 'ví dụ'],
  fields.map((field) => fieldRow(field)),
)}

Trường trong một nhóm (\`cover.caption\`) được viết thụt vào hai dấu cách, dưới tên nhóm:

<!-- prettier-ignore -->
\`\`\`yaml
cover:
  caption: "Các đơn vị ký kết chương trình phối hợp năm 2019"
  image: "./anh-bia.jpg"
\`\`\`

Danh sách viết trong ngoặc vuông, \`tags: ["dân vận", "Tỉnh ủy"]\`, hoặc mỗi mục một dòng bắt đầu
bằng \`- \`.

## Chuyên mục

\`category\` là một trong các tên viết tắt sau (khai báo trong \`content/categories.yaml\`):

${table(['category', 'tên', 'nội dung'], categoryRows)}

## Ảnh

- **Để cạnh bài**: tải ảnh vào cùng thư mục với bài, rồi viết \`./ten-anh.jpg\`.
- **Trong thư mục ảnh chung** \`content/images/\`: viết đường dẫn tính từ thư mục của bài,
  \`../images/ten-anh.jpg\` cho một bài nằm ngay trong \`content/articles/\`. Ảnh nhập từ trang
  NukeViet cũ (\`npm run import:nukeviet\`) nằm ở đó theo tháng, đúng đường dẫn trong \`uploads/\`
  của trang cũ: \`/uploads/news/2019_10/anh.jpg\` là \`content/images/news/2019_10/anh.jpg\`.
- Đường dẫn bắt đầu bằng \`/\` là một tệp trong thư mục \`public/\` của trang web.
- Tên tệp ảnh: không dấu, không dấu cách, ví dụ \`le-ky-ket-2019.jpg\`.

Ảnh đại diện là \`cover\`: \`caption\` in dưới ảnh, \`image\` là tệp ảnh. Ảnh trong nội dung:

\`\`\`markdown
![Đồng chí Lê Thị Xuân Trang kết luận hội nghị](./ket-luan-hoi-nghi.jpg "Ảnh: Hồng Phúc")
\`\`\`

Chữ trong ngoặc vuông là chú thích, in dưới ảnh, và cũng là lời tả ảnh cho người không xem được ảnh
(người khiếm thị nghe đọc trang): ảnh nào cũng phải có. Chữ trong ngoặc kép sau tên tệp, nếu có, là
tên người chụp, in sau chú thích. Viết ảnh trên một dòng riêng, cách đoạn trên và đoạn dưới một dòng
trống; ảnh rộng hơn cột chữ được thu lại cho vừa.

Bài chuyển từ trang cũ đôi khi còn chú thích mà mất ảnh (\`cover\` không có \`image\`, hay một dòng
\`<figure><figcaption>…</figcaption></figure>\`): chú thích được giữ trong bài nhưng không in ra,
để bạn đọc không thấy khung ảnh trống; \`npm run check\` cảnh báo để biên tập viên tìm lại ảnh.

## Bản nháp

\`draft: true\`: bài không lên trang, dù mọi thứ khác đã xong; \`npm run dev\` vẫn cho xem thử. Để đăng,
xóa dòng \`draft\` (hoặc viết \`draft: false\`).

## Hẹn giờ đăng và gỡ bài

Trang web được dựng lại mỗi giờ, và mỗi khi nhánh \`main\` thay đổi. Bài nào lên trang, bài nào rời
trang được tính ở lúc dựng.

- \`publishAt: "2026-12-01T06:00:00+07:00"\`: bài lên trang ở lần dựng đầu tiên từ giờ đó, tức là
  chậm nhất khoảng một giờ sau. \`date\` vẫn là ngày giờ in trên bài.
- \`date\` ở tương lai mà không có \`publishAt\` (và không phải bản nháp) thường là gõ nhầm năm:
  \`npm run check\` báo lỗi. Muốn hẹn giờ, thêm \`publishAt\`.
- \`expires: "2027-01-01T00:00:00+07:00"\`: bài rời trang ở lần dựng đầu tiên từ giờ đó. Giờ gỡ bài
  phải sau giờ đăng.

Mọi giờ viết theo giờ Việt Nam, có \`+07:00\` ở cuối.

## Trang chủ: tin nổi bật và tin tiêu điểm

Bình thường, bài mới nhất là tin nổi bật đầu trang chủ. Biên tập viên chọn khác bằng nhóm \`home\`:

\`\`\`yaml
home:
  lead: "2026-12-10T18:00:00+07:00"
\`\`\`

- \`lead\`: bài là tin nổi bật đến giờ đó, dù đã đăng từ lâu. Nhiều bài cùng ghim thì bài mới
  nhất đứng đầu, các bài kia vào tin tiêu điểm.
- \`featured\`: bài vào khối **Tin tiêu điểm** ngay dưới tin nổi bật (nhiều nhất 3 bài) đến giờ đó.
- \`hidden: true\`: bài không lên trang chủ; vẫn có trong chuyên mục, tìm kiếm và RSS.

Hết giờ ghim, trang chủ tự trở lại như thường ở lần dựng kế tiếp. Một bài không hiện hai lần trên
trang chủ. \`npm run check\` báo lỗi khi giờ ghim không sau giờ đăng, hoặc bài vừa ghim vừa \`hidden\`.

## Kiểm tra bài: \`npm run check\`

Lệnh kiểm tra mọi bài, \`content/categories.yaml\` và \`content/site.yaml\` như lúc dựng trang, và in mỗi
lỗi một dòng:

\`\`\`text
tệp:dòng — trường — sai gì (thuật ngữ tiếng Anh) — sửa thế nào
\`\`\`

Ví dụ, ba lỗi hay gặp nhất (chuyên mục không có, thiếu tiêu đề, ngày viết kiểu \`26/10/2019\`):

\`\`\`text
${checkExamples(settings.categoriesText, settings.siteText, defaultCategory).join('\n')}
\`\`\`

Lệnh kiểm tra: thông tin đầu bài đúng mẫu ở bảng trên (YAML viết đúng, đủ trường bắt buộc, đúng
kiểu); chuyên mục có thật; tên tệp đúng dạng và không hai bài cùng một địa chỉ; địa chỉ cũ
(\`aliases\`) không trùng giữa hai bài hay với một trang của trang web; sapo và nội dung đã viết;
ngày đăng không ở tương lai khi không hẹn giờ; \`expires\` sau giờ đăng; ảnh có tệp và có chú
thích; liên kết trong bài dẫn tới trang có thật (bài đã đăng, chuyên mục, chủ đề…).

Dòng có chữ **cảnh báo** (warning) là về một bài không ở trên trang (bản nháp, bài đã gỡ), hoặc
một chú thích mất ảnh: nó không chặn việc dựng trang. Còn một lỗi là \`npm run check\` kết thúc với mã 1, và \`npm run build\` dừng
trước khi dựng: trang web giữ nguyên như cũ, không bài hỏng nào lên trang.
`;
}
