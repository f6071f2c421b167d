/**
 * Vietnamese syllables found in more than a few percent of news articles: function words,
 * and the syllables of the compounds every report is made of (`điều` of `điều kiện`,
 * `điều hành`, `điều chỉnh`; `tế` of `kinh tế`, `y tế`, `thực tế`). Written alone, one of
 * them says nothing about what an article is about, so as a category keyword it never
 * decides a category and never becomes a tag (`hạt điều` still does: two syllables
 * together are a word).
 */
const COMMON_SYLLABLES = `
  a ai anh bà bản bạn bằng bao bảo bên biết bình bộ bởi các cả cách cao cấp cần chỉ chính
  cho chủ chúng chung chưa có còn công cơ cùng của cũng cuộc dân dẫn để đến đi địa điểm
  điều định đó đối đồng động đơn đưa được đầu đây gia giá giải giờ giữa hàng hành hay hiện
  hiệu hình họ hóa học hơn hội hợp khá khác khi khó không khu kết kiện kinh là làm lại lên
  lớn lúc lý mà mình minh mọi một mới mức năm nay này nên người nhà nhân nhất nhiều như
  những nhưng nơi nước ở phải phát phần pháp phó phòng qua quả quan quản quốc ra rằng rất
  riêng sản sau sẽ số sự tác tại tạo tăng tâm tập thành thế thể theo thêm thì thời thông
  thực tích tiến tiếp tin tình tỉnh tổ toàn trên trình trong trọng trung trước trường từ
  tư tức tự tế vào vẫn về vì việc viên vị vụ vừa vùng và với xã xây xin xuất ý
`;

const COMMON = new Set(COMMON_SYLLABLES.trim().split(/\s+/u));

/** The keyword is one syllable, and one of those above. */
export function isCommonWord(keyword: string): boolean {
  return COMMON.has(keyword.normalize('NFC').toLowerCase().trim());
}
