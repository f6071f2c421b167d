/**
 * Synthetic raw dumps for the converter benchmark, in the old portal's layout (see
 * `seeds/`): the site has one real dump, and timing a migration needs thousands. Pure
 * and deterministic, so two runs of the benchmark convert the very same files.
 */

export interface GeneratedDump {
  /** File name inside the raw folder, `bench-000001.txt`. */
  name: string;
  text: string;
}

/** What a dump is recombined from: the seed's own sentences, captions, source line and footer. */
interface SeedParts {
  sentences: string[];
  captions: string[];
  sourcePrefix: string;
  footer: string[];
}

type Random = () => number;

const NBSP = '\u00a0';
/** The portal printed Sunday first: index = `Date#getUTCDay()`. */
const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
const FIRST_DAY = Date.UTC(2010, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Title subjects: who did it. */
const SUBJECTS = [
  'Tỉnh Bình Phước',
  'Huyện Bù Đăng',
  'Huyện Lộc Ninh',
  'Huyện Bù Gia Mập',
  'Thị xã Bình Long',
  'Thành phố Đồng Xoài',
  'Huyện Chơn Thành',
  'Huyện Hớn Quản',
  'Ban Dân vận Tỉnh ủy',
  'Bộ CHQS tỉnh',
  'Hội Nông dân tỉnh',
  'Sở Giáo dục và Đào tạo',
];
/** Title verbs: what was done. */
const ACTIONS = [
  'tổng kết công tác',
  'sơ kết công tác',
  'triển khai nhiệm vụ',
  'đẩy mạnh',
  'nâng cao hiệu quả',
  'hội nghị chuyên đề về',
  'ký kết chương trình phối hợp về',
  'khen thưởng điển hình',
  'kiểm tra, giám sát',
];
/**
 * Topics, chosen from the keywords of `content/categories.yaml` so that the articles
 * spread over the categories the way a real archive does.
 */
const TOPICS = [
  'dân vận',
  'kinh tế',
  'quốc phòng',
  'giáo dục',
  'cao su',
  'hạt điều',
  'nông nghiệp',
  'giảm nghèo',
  'an sinh',
  'du lịch',
  'lễ hội',
  'thể thao',
  'xuất khẩu',
  'lực lượng vũ trang',
  'Mặt trận Tổ quốc',
];
/**
 * The seed's own topic. Its sentences name it on every line (`Ban Dân vận Tỉnh ủy`), which
 * would file every dump under Dân vận whatever its title, so each dump swaps it for its topic.
 */
const SEED_TOPIC = /dân vận/giu;

/** Sentences that put the topic into the body, as a real article repeats its subject. */
const TOPIC_SENTENCES = [
  (topic: string) => `Công tác ${topic} tiếp tục được các cấp, các ngành quan tâm chỉ đạo sát sao.`,
  (topic: string) => `Nhiều mô hình ${topic} hiệu quả đã được nhân rộng trong toàn tỉnh.`,
  (topic: string) => `Kết quả trong lĩnh vực ${topic} góp phần quan trọng vào sự phát triển chung của địa phương.`,
];
/** Captions beyond the seed's two: short, no final full stop, as the portal printed them. */
const EXTRA_CAPTIONS = [
  'Quang cảnh hội nghị',
  'Các đại biểu tham quan mô hình sản xuất',
  'Lãnh đạo tỉnh trao quà cho các hộ nghèo',
  'Nông dân thu hoạch hạt điều',
  'Công nhân cạo mủ cao su',
  'Dân quân tự vệ tham gia huấn luyện',
  'Học sinh trong ngày khai giảng năm học mới',
  'Đoàn công tác kiểm tra tiến độ công trình',
  'Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo',
  'Các vận động viên tranh tài tại giải đấu',
];
const SOURCES = [
  'baoquankhu7.vn',
  'baobinhphuoc.com.vn',
  'binhphuoc.gov.vn',
  'qdnd.vn',
  'https://dangcongsan.vn/thoi-su',
  'Báo Bình Phước',
  'Phòng Văn hóa – Thông tin huyện',
];

/** mulberry32: a few lines, good enough spread for test data, and the same on every machine. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A few distinct items in random order (Fisher–Yates on a copy). */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Splits the seed into its parts: between the dateline and `Nguồn:`, a line printed
 * twice or indented is a caption and anything else is a paragraph, cut into sentences.
 */
function readSeed(seedText: string): SeedParts {
  const lines = seedText.split(/\r\n|\r|\n/);
  const sourceIndex = lines.findIndex((line) => /^\s*Nguồn\s*:/u.test(line));
  if (sourceIndex === -1) throw new Error('the seed dump has no "Nguồn:" line');
  const content = lines.slice(0, sourceIndex);
  const nonBlank = content.map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== '');
  // Title and dateline come first; the rest is the article.
  const captions = new Set<string>();
  const sentences: string[] = [];
  for (const { line, index } of nonBlank.slice(2)) {
    const text = line.trim();
    const printedTwice = content[index - 1]?.trim() === text || content[index + 1]?.trim() === text;
    if (printedTwice || /^\s/u.test(line)) captions.add(text);
    else sentences.push(...toSentences(text));
  }
  if (sentences.length === 0) throw new Error('the seed dump has no paragraphs to recombine');
  return {
    sentences,
    captions: [...captions, ...EXTRA_CAPTIONS],
    sourcePrefix: /^\s*Nguồn\s*:\s*/u.exec(lines[sourceIndex]!)![0].trimStart(),
    footer: lines.slice(sourceIndex + 1),
  };
}

/** `./.` is how the portal's reporters ended an article; mid-paragraph it would read wrong. */
function toSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…])\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.replace(/\.\/\.$/u, '.'))
    .filter((sentence) => sentence !== '');
}

function makeTitle(random: Random, subject: string, topic: string, year: number): string {
  const suffix = pick(random, [
    ` năm ${year}`,
    ` năm ${year - 1}`,
    ` giai đoạn ${year - 5}–${year}`,
    ` 6 tháng đầu năm ${year}`,
    '',
  ]);
  return `${subject} ${pick(random, ACTIONS)} ${topic}${suffix}`;
}

/** `Thứ bảy - 26/10/2019 19:18 386 0`, with the weekday the date really fell on. */
function makeDateline(random: Random): { line: string; year: number } {
  const days = (LAST_DAY - FIRST_DAY) / DAY_MS;
  const date = new Date(FIRST_DAY + between(random, 0, days) * DAY_MS);
  const time = `${pad(between(random, 6, 22))}:${pad(between(random, 0, 59))}`;
  // Most articles are read a few hundred times; a few go viral. Comments are rare.
  const views = Math.floor(random() ** 3 * 20_000);
  const comments = random() < 0.8 ? 0 : between(random, 1, 25);
  const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  return { line: `${WEEKDAYS[date.getUTCDay()]} - ${day} ${time} ${views} ${comments}`, year: date.getUTCFullYear() };
}

function retopic(sentence: string, topic: string): string {
  return sentence.replace(SEED_TOPIC, (match) =>
    match.startsWith('D') ? `${topic[0]!.toUpperCase()}${topic.slice(1)}` : topic,
  );
}

function makeParagraph(random: Random, seed: SeedParts, topic: string, topicSentence: string | undefined): string {
  const sentences = sample(random, seed.sentences, between(random, 1, 4)).map((sentence) => retopic(sentence, topic));
  if (topicSentence) sentences.splice(between(random, 0, sentences.length), 0, topicSentence);
  return sentences.join(' ');
}

/** A caption left in the body by its `<img>`: one or two no-break spaces in front. */
const indent = (random: Random, caption: string) => `${random() < 0.5 ? NBSP : `${NBSP}${NBSP} `}${caption}`;

function makeDump(random: Random, seed: SeedParts): string {
  const subject = pick(random, SUBJECTS);
  const topic = pick(random, TOPICS);
  const dateline = makeDateline(random);
  const topicSentence = () => pick(random, TOPIC_SENTENCES)(topic);

  const lead = makeParagraph(random, seed, topic, topicSentence());
  const paragraphs = Array.from({ length: between(random, 3, 12) }, () =>
    makeParagraph(random, seed, topic, random() < 0.35 ? topicSentence() : undefined),
  );
  paragraphs[paragraphs.length - 1] = paragraphs.at(-1)!.replace(/\.$/u, './.');
  const captions = sample(random, seed.captions, between(random, 0, 3));
  const cover = captions.length > 0 && random() < 0.6 ? captions.shift() : undefined;

  // Blocks are separated by blank lines; the cover is the one thing printed twice in a row.
  const body: string[] = [...paragraphs];
  for (const caption of captions) body.splice(between(random, 0, body.length), 0, indent(random, caption));
  // The portal often printed the featured photo again inside the body, as in the seed.
  if (cover && random() < 0.3) body.splice(between(random, 0, body.length), 0, indent(random, cover));

  const head = [makeTitle(random, subject, topic, dateline.year), '', dateline.line, lead];
  if (cover) head.push(cover, cover);
  const source = `${seed.sourcePrefix}${pick(random, SOURCES)}`;
  return [...head, '', ...body.flatMap((block) => [block, '']), source, ...seed.footer].join('\n');
}

/** Each dump draws from its own stream, so dump `i` is the same whatever `count` is. */
const streamFor = (index: number) => mulberry32(Math.imul(index + 1, 0x9e3779b1));

/** `count` raw dumps in the seed's layout, named `bench-000001.txt` onwards. */
export function generateDumps(seedText: string, count: number): GeneratedDump[] {
  const seed = readSeed(seedText);
  return Array.from({ length: count }, (_, index) => ({
    name: `bench-${String(index + 1).padStart(6, '0')}.txt`,
    text: makeDump(streamFor(index), seed),
  }));
}
