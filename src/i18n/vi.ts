/**
 * Every word a reader sees, in one place, so the newsroom can reword the site
 * without touching a component. The share buttons' words are the one exception, in
 * share-buttons.ts beside this file: the share module writes them, and it must carry
 * them alone, not this whole file.
 */
export const vi = {
  /** Indexed by `Date#getUTCDay()`: 0 is Sunday. */
  weekdays: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  skipToContent: 'Bỏ qua, đến nội dung chính',
  home: 'Trang chủ',
  mainMenu: 'Chuyên mục',
  allCategories: 'Tất cả chuyên mục',
  searchLabel: 'Tìm kiếm',
  searchPlaceholder: 'Tìm bài viết…',
  searchButton: 'Tìm',
  searchTitle: 'Tìm kiếm',
  searchIntro: 'Gõ có dấu hoặc không dấu đều được, ví dụ “dân vận” hoặc “dan van”.',
  searchNoScript: 'Tìm kiếm cần JavaScript. Bạn có thể bật JavaScript, hoặc xem bài viết theo chuyên mục:',
  searchOptions: 'Lọc và sắp xếp',
  searchCategory: 'Chuyên mục',
  searchAllCategories: 'Tất cả chuyên mục',
  searchYear: 'Năm',
  searchAllYears: 'Tất cả các năm',
  searchSort: 'Sắp xếp',
  searchSortRelevance: 'Phù hợp nhất',
  searchSortNewest: 'Mới nhất',
  /** A filter's choice with the number of results it would give. */
  searchOption: (label: string, count: number) => `${label} (${count})`,
  searchWaiting: 'Đang tìm…',
  searchFound: (count: number, query: string) => `Tìm thấy ${count} bài viết cho “${query}”.`,
  searchNothing: (query: string) =>
    `Không tìm thấy bài viết nào cho “${query}”. Hãy thử từ khác, bớt một vài từ hoặc bỏ bộ lọc.`,
  searchShown: (shown: number, total: number) => `Đang xem ${shown}/${total} kết quả.`,
  searchMore: 'Xem thêm kết quả',
  /** The button that searches the archive's older indexes, once every result of the newer ones is shown. */
  searchOlder: 'Xem kết quả cũ hơn',
  /** What the newest articles' indexes found, before the older ones are searched. */
  searchFoundRecent: (count: number, query: string) => `Tìm thấy ${count} bài viết gần đây cho “${query}”.`,
  searchFailed: 'Chưa tải được công cụ tìm kiếm. Hãy kiểm tra kết nối rồi tải lại trang.',
  newest: 'Tin mới nhất',
  leadStory: 'Tin nổi bật',
  featured: 'Tin tiêu điểm',
  topics: 'Chủ đề',
  moreInCategory: 'Xem thêm',
  related: 'Bài liên quan',
  tags: 'Từ khóa',
  share: 'Chia sẻ',
  shareFacebook: 'Chia sẻ lên Facebook (mở cửa sổ mới)',
  articleLink: 'Địa chỉ bài viết',
  source: 'Nguồn',
  author: 'Tác giả',
  breadcrumb: 'Đường dẫn',
  pagination: 'Phân trang',
  previousPage: '← Trang trước',
  nextPage: 'Trang sau →',
  page: (n: number) => `Trang ${n}`,
  /** Read before a page number in the pagination, which shows the number alone. */
  pageWord: 'Trang',
  pageOf: (n: number, total: number) => `Trang ${n}/${total}`,
  articleCount: (n: number) => `${n} bài viết`,
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText:
    'Trang bạn tìm không có hoặc đã được chuyển đi. Hãy thử tìm bài viết, hoặc đọc các tin mới nhất dưới đây.',
  footerContact: 'Liên hệ',
  footerMenu: 'Chuyên mục và trang khác',
  responsible: 'Chịu trách nhiệm nội dung',
  about: 'Giới thiệu',
  aboutTitle: 'Giới thiệu và liên hệ',
  footerAddress: 'Địa chỉ',
  footerPhone: 'Điện thoại',
  footerEmail: 'Thư điện tử',
  noArticles: 'Chưa có bài viết nào.',
  movedTitle: 'Bài viết đã chuyển địa chỉ',
  movedLink: 'Bấm vào đây nếu trình duyệt không tự chuyển đến bài viết.',
  tagTitle: (name: string) => `Chủ đề: ${name}`,
  tagDescription: (name: string) => `Các bài viết về ${name}.`,
  /** Under a topic's last page: its older articles are found by search. */
  olderOnTopic: (name: string) => `Tìm các bài cũ hơn về ${name}`,
  /** Under a category's last page: its older articles are in the archive by month. */
  olderInArchive: 'Xem các bài cũ hơn trong Lưu trữ',
  archive: 'Lưu trữ',
  archiveDescription: 'Tất cả bài viết theo năm và tháng.',
  archiveYears: 'Các năm',
  year: (year: number) => `Năm ${year}`,
  month: (month: number, year: number) => `Tháng ${month}/${year}`,
  monthDescription: (month: number, year: number) => `Các bài viết đăng trong tháng ${month}/${year}.`,
  readingTime: (minutes: number) => `${minutes} phút đọc`,
  /** A correction's time, under the dateline: `Cập nhật lúc 08:30 ngày 27/10/2019`. */
  updatedAt: (time: string, date: string) => `Cập nhật lúc ${time} ngày ${date}`,
  /** Said after a dateline, for readers abroad. */
  timeZone: '(GMT+7)',
  newerInCategory: 'Bài mới hơn',
  olderInCategory: 'Bài cũ hơn',
  articleNavigation: 'Bài khác cùng chuyên mục',
} as const;
