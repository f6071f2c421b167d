/**
 * The words of the synthetic archive, written for it: the common words of Vietnamese news
 * roughly from the most frequent down, the topics a provincial newsroom covers, each with
 * the words that come together in its articles, and a tail of rarer syllables made from
 * Vietnamese onsets, rhymes and tones, as the names, places and terms that make most of a
 * real archive's vocabulary. Words are syllables joined by spaces, as Vietnamese writes them; the lists separate them by commas.
 */

/** Words of every kind of article, the most frequent first. */
export const COMMON_WORDS = `
và, của, các, có, là, trong, cho, với, đã, những, người, một, được, này, không, đến, tại, năm,
để, từ, theo, về, ra, khi, cũng, đó, thì, như, nhiều, sẽ, đang, bị, hơn, lại, phải, nên, vào,
trên, sau, nhưng, còn, mới, rất, do, cùng, nhằm, qua, tới, đây, làm, số, việc, ngày, nhà, hai,
ba, bốn, đều, chỉ, vẫn, vừa, luôn, nay, thêm, người dân, phát triển, tổ chức, thực hiện,
công tác, địa phương, hoạt động, chính quyền, nhân dân, cán bộ, đơn vị, triển khai, hiệu quả,
nâng cao, tăng cường, bảo đảm, chỉ đạo, kết quả, tỉnh, huyện, xã, thời gian, quan tâm,
tình hình, địa bàn, ngành, chức năng, tham gia, hỗ trợ, đồng thời, tiếp tục, trách nhiệm,
nhiệm vụ, kế hoạch, chương trình, hội nghị, lãnh đạo, cơ quan, quy định, yêu cầu, đề nghị,
cho biết, theo đó, bên cạnh, hiện nay, vừa qua, sắp tới, toàn tỉnh, các cấp, gia đình,
cuộc sống, khó khăn, điều kiện, giải quyết, kịp thời, chủ động, tích cực, phối hợp, kiểm tra,
giám sát, đánh giá, tuyên truyền, vận động, bà con, hướng dẫn, thông tin, trao đổi, tháng,
đầu, cuối, giữa, trước, lớn, nhỏ, cao, thấp, tốt, đúng, rõ ràng, cụ thể, chung, riêng,
đầu tư, xây dựng, công trình, dự án, kinh phí, nguồn vốn, ngân sách, tỷ đồng, triệu đồng,
đại hội, đại biểu, ban thường vụ, ủy ban nhân dân, hội đồng nhân dân, khen thưởng, biểu dương,
điển hình, tiên tiến, phong trào, thi đua, đạt, vượt, chỉ tiêu, sản xuất, kinh doanh,
thu nhập, đời sống, vật chất, tinh thần, xã hội, môi trường, an toàn, pháp luật, vi phạm,
xử lý, phòng chống, ngăn chặn, ý kiến, thảo luận, thống nhất, quyết định, chính sách,
văn bản, báo cáo, đặc biệt, quan trọng, cần thiết, nhanh chóng, thường xuyên, liên tục,
lâu dài, bền vững, lực lượng, thanh niên, phụ nữ, cựu chiến binh, công đoàn, đoàn viên,
hội viên, tổng kết, sơ kết, phương hướng, giải pháp, mục tiêu, nội dung, hình thức,
kinh nghiệm, ông, bà, anh, chị, em, con, vợ chồng, hàng xóm, đồng nghiệp, sáng, chiều, tối,
hôm nay, tuần, năm nay, trường hợp, vấn đề, nguyên nhân, hậu quả, khắc phục, hạn chế,
tồn tại, yếu kém, công an, đồng chí, đổi mới, đời, đôi, đội, dội, Bình Phước, Đồng Xoài, Bù Đăng,
Lộc Ninh, Chơn Thành, Hớn Quản, Bù Đốp, Phú Riềng, Bù Gia Mập, Bình Long, Phước Long
`;

/**
 * A topic of provincial news: the category keyword its titles carry and the words its
 * articles share. The archive's common queries are among them, in the topics they belong to.
 */
export interface Topic {
  /** A keyword of `content/categories.yaml`, so the converter files the article as a real one would be. */
  keyword: string;
  /** How often the newsroom covers it, relative to the others. */
  weight: number;
  words: string;
}

export const TOPICS: Topic[] = [
  {
    keyword: 'dân vận',
    weight: 0.025,
    words: `dân vận, dân vận khéo, công tác dân vận, quy chế dân chủ, đoàn thể, Mặt trận Tổ quốc, khu dân cư, đoàn kết, đồng bào, dân tộc thiểu số, già làng, người có uy tín, tiếp xúc cử tri, nguyện vọng, lắng nghe, đối thoại, tâm tư, gần dân, hiểu dân, trọng dân`,
  },
  {
    keyword: 'Tỉnh ủy',
    weight: 0.08,
    words: `Tỉnh ủy, đồng chí, Bí thư Tỉnh ủy, Phó Bí thư, ban chấp hành, đảng bộ, chi bộ, cấp ủy viên, đảng viên, kết nạp, nghị quyết, chỉnh đốn Đảng, học tập và làm theo, tư tưởng, đạo đức, phong cách, cấp ủy, tổ chức cơ sở đảng, sinh hoạt chi bộ, Huyện ủy, Thị ủy, Thành ủy, Tỉnh uỷ, Huyện uỷ`,
  },
  {
    keyword: 'HĐND',
    weight: 0.05,
    words: `HĐND, kỳ họp, đại biểu HĐND tỉnh, chất vấn, trả lời, thường trực HĐND, tờ trình, biểu quyết, thông qua, dự toán, giám sát chuyên đề, cử tri, kiến nghị, giải trình`,
  },
  {
    keyword: 'công an',
    weight: 0.12,
    words: `công an, công an tỉnh, công an huyện, đối tượng, điều tra, bắt giữ, tang vật, ma túy, trộm cắp, tội phạm, khởi tố, vụ án, tạm giam, tai nạn giao thông, vi phạm, nồng độ cồn, cảnh sát giao thông, tuần tra, kiểm soát, an ninh trật tự, phòng cháy chữa cháy`,
  },
  {
    keyword: 'quân sự',
    weight: 0.06,
    words: `quân sự, Bộ CHQS tỉnh, dân quân tự vệ, huấn luyện, diễn tập, khu vực phòng thủ, tuyển quân, nhập ngũ, trúng tuyển, hậu phương quân đội, bộ đội, chiến sĩ, sẵn sàng chiến đấu, lực lượng vũ trang`,
  },
  {
    keyword: 'biên giới',
    weight: 0.04,
    words: `biên giới, đồn biên phòng, bộ đội biên phòng, cột mốc, tuyến biên giới, xuất nhập cảnh, Campuchia, hữu nghị, tuần tra song phương, cửa khẩu, Hoa Lư, buôn lậu, gian lận thương mại`,
  },
  {
    keyword: 'cao su',
    weight: 0.012,
    words: `cao su, vườn cây, mủ, cạo mủ, công ty, công nhân, giá mủ, tái canh, diện tích, khai thác, tấn, nông trường, tiểu điền`,
  },
  {
    keyword: 'hạt điều',
    weight: 0.02,
    words: `hạt điều, cây điều, vườn điều, giá điều, nhân điều, chế biến, thu hoạch, mùa điều, năng suất, điều ghép, giống, chỉ dẫn địa lý, thương hiệu`,
  },
  {
    keyword: 'nông nghiệp',
    weight: 0.045,
    words: `nông nghiệp, nông dân, tiêu chí, nông thôn mới, xây dựng nông thôn mới, hợp tác xã, chăn nuôi, trồng trọt, sầu riêng, hồ tiêu, cây ăn trái, công nghệ cao, dịch bệnh, tả lợn châu Phi, tiêm phòng, vật nuôi, sản phẩm OCOP, nông sản, tiêu thụ`,
  },
  {
    keyword: 'khu công nghiệp',
    weight: 0.08,
    words: `khu công nghiệp, doanh nghiệp, nhà đầu tư, thu hút đầu tư, vốn đăng ký, giấy chứng nhận, môi trường đầu tư, cải cách hành chính, thủ tục hành chính, người lao động, việc làm, giải phóng mặt bằng, bồi thường, tái định cư, hạ tầng`,
  },
  {
    keyword: 'xuất khẩu',
    weight: 0.05,
    words: `xuất khẩu, kim ngạch, thị trường, đơn hàng, nhập khẩu, thương mại, tăng trưởng, tổng sản phẩm, chỉ số, thu ngân sách, cục thuế`,
  },
  {
    keyword: 'giáo dục',
    weight: 0.06,
    words: `giáo dục, học sinh, giáo viên, nhà trường, năm học, khai giảng, kỳ thi, tốt nghiệp, trung học phổ thông, học sinh giỏi, phòng học, sách giáo khoa, tuyển sinh, lớp học, điểm trường, thầy cô`,
  },
  {
    keyword: 'y tế',
    weight: 0.06,
    words: `y tế, bệnh viện, bác sĩ, khám chữa bệnh, bệnh nhân, sức khỏe, sức khoẻ, trạm y tế, tiêm chủng, vắc xin, sốt xuất huyết, bảo hiểm y tế, BHYT`,
  },
  {
    keyword: 'giảm nghèo',
    weight: 0.05,
    words: `giảm nghèo, hộ nghèo, cận nghèo, an sinh, nhà tình nghĩa, nhà đại đoàn kết, người có công, gia đình chính sách, trao quà, sinh kế, vay vốn, ưu đãi, thoát nghèo`,
  },
  {
    keyword: 'văn hóa',
    weight: 0.05,
    words: `văn hóa, nhà văn hóa, bản sắc, đồng bào S'tiêng, cồng chiêng, di sản, gia đình văn hóa, nghệ thuật, biểu diễn, văn nghệ, văn hoá`,
  },
  {
    keyword: 'lễ hội',
    weight: 0.05,
    words: `lễ hội, du lịch, di tích, lịch sử, du khách, tham quan, mùa xuân, Tết, Nguyên đán, mừng Đảng, mừng Xuân, hội xuân, lễ kỷ niệm`,
  },
  {
    keyword: 'thể thao',
    weight: 0.04,
    words: `thể thao, giải đấu, vận động viên, huy chương, bóng đá, bóng chuyền, thể dục thể thao, thi đấu, đội tuyển, giải thưởng`,
  },
  {
    keyword: 'UBND tỉnh',
    weight: 0.08,
    words: `UBND tỉnh, Chủ tịch, Phó Chủ tịch, sở ngành, thủ trưởng, quy hoạch, ủy quyền, hồ chứa nước, mùa khô, lũ lụt, thiên tai, mưa bão, hòa giải, thủy lợi, thuỷ lợi, hoà giải`,
  },
];

const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
/** Rhymes, with the index of the vowel that takes the tone. */
const RHYMES: [rhyme: string, toneAt: number][] = [
  ['a', 0],
  ['ai', 0],
  ['am', 0],
  ['an', 0],
  ['ang', 0],
  ['anh', 0],
  ['ao', 0],
  ['au', 0],
  ['ay', 0],
  ['ăm', 0],
  ['ăn', 0],
  ['ăng', 0],
  ['âm', 0],
  ['ân', 0],
  ['âng', 0],
  ['âu', 0],
  ['ây', 0],
  ['e', 0],
  ['em', 0],
  ['en', 0],
  ['eo', 0],
  ['ê', 0],
  ['êm', 0],
  ['ên', 0],
  ['ênh', 0],
  ['êu', 0],
  ['i', 0],
  ['im', 0],
  ['in', 0],
  ['inh', 0],
  ['iu', 0],
  ['iên', 1],
  ['iêu', 1],
  ['o', 0],
  ['oi', 0],
  ['om', 0],
  ['on', 0],
  ['ong', 0],
  ['ô', 0],
  ['ôi', 0],
  ['ôm', 0],
  ['ôn', 0],
  ['ông', 0],
  ['ơ', 0],
  ['ơi', 0],
  ['ơm', 0],
  ['ơn', 0],
  ['u', 0],
  ['ui', 0],
  ['um', 0],
  ['un', 0],
  ['ung', 0],
  ['ư', 0],
  ['ưa', 0],
  ['ưng', 0],
  ['ươn', 1],
  ['ương', 1],
  ['uôn', 1],
  ['uông', 1],
];
/** Level, falling, rising, asking, tumbling, heavy: the six tones, as combining marks. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Every syllable the inventory makes, in a fixed order that spreads onsets and tones. */
function madeSyllables(): string[] {
  const syllables: string[] = [];
  for (const tone of TONES) {
    for (const [rhyme, toneAt] of RHYMES) {
      for (const onset of ONSETS) {
        // `k` before e, ê, i only; `c` never before them, as Vietnamese spells.
        const front = /^[eêi]/u.test(rhyme);
        if ((onset === 'k' && !front) || (onset === 'c' && front)) continue;
        const marked = rhyme.slice(0, toneAt + 1).normalize('NFD') + tone + rhyme.slice(toneAt + 1);
        syllables.push(`${onset}${marked}`.normalize('NFC'));
      }
    }
  }
  return syllables;
}

/**
 * The rarer words, two syllables each from the made inventory, paired so that each
 * syllable appears in several words: the long tail of names, places and terms.
 */
export function tailWords(count: number, known: ReadonlySet<string>): string[] {
  const syllables = madeSyllables().filter((syllable) => !known.has(syllable));
  const words: string[] = [];
  for (let at = 0; words.length < count; at += 1) {
    const first = syllables[(at * 7919) % syllables.length]!;
    const second = syllables[(at * 104729 + 13) % syllables.length]!;
    if (first !== second) words.push(`${first} ${second}`);
  }
  return words;
}
