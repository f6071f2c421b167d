/**
 * Every word a reader sees, in one place, so the newsroom can reword the site
 * without touching a component.
 */
export const vi = {
  /** Indexed by `Date#getUTCDay()`: 0 is Sunday. */
  weekdays: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  skipToContent: 'Bỏ qua, đến nội dung chính',
  home: 'Trang chủ',
  mainMenu: 'Chuyên mục',
  searchLabel: 'Tìm kiếm',
  searchPlaceholder: 'Tìm bài viết…',
  searchButton: 'Tìm',
  searchTitle: 'Tìm kiếm',
  searchIntro: 'Gõ có dấu hoặc không dấu đều được, ví dụ “dân vận” hoặc “dan van”.',
  searchNoScript: 'Tìm kiếm cần JavaScript. Bạn có thể bật JavaScript, hoặc xem bài viết theo chuyên mục:',
  newest: 'Tin mới nhất',
  leadStory: 'Tin nổi bật',
  moreInCategory: 'Xem thêm',
  related: 'Bài cùng chuyên mục',
  tags: 'Từ khóa',
  source: 'Nguồn',
  author: 'Tác giả',
  breadcrumb: 'Đường dẫn',
  pagination: 'Phân trang',
  previousPage: '← Trang trước',
  nextPage: 'Trang sau →',
  page: (n: number) => `Trang ${n}`,
  pageOf: (n: number, total: number) => `Trang ${n}/${total}`,
  articleCount: (n: number) => `${n} bài viết`,
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText:
    'Trang bạn tìm không có hoặc đã được chuyển đi. Hãy thử tìm bài viết, hoặc đọc các tin mới nhất dưới đây.',
  footerContact: 'Liên hệ',
  footerAddress: 'Địa chỉ',
  footerPhone: 'Điện thoại',
  footerEmail: 'Thư điện tử',
  noArticles: 'Chưa có bài viết nào.',
} as const;
