import {
  ArchiveVocabulary,
  between,
  mulberry32,
  pick,
  sentences,
  type ArticleTopic,
  type Random,
} from './article-text.ts';
import { documentProfile, EXCERPT_SYLLABLES, profileTable } from './profile.ts';

/**
 * Synthetic raw dumps for the benchmarks, in the old portal's layout (see `seeds/`): the
 * site has one real dump, and timing a migration or a search needs thousands. The seed
 * gives the layout (captions, source line, footer); the words are drawn so that they
 * spread over the articles as real news' do (`article-text.ts`). Pure and deterministic,
 * so two runs of a benchmark use the very same files.
 */

export interface GeneratedDump {
  /** File name inside the raw folder, `bench-000001.txt`. */
  name: string;
  text: string;
}

/** What a dump takes from the seed: its captions, source line and footer. */
interface SeedParts {
  captions: string[];
  sourcePrefix: string;
  footer: string[];
}

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
  'Hội Cựu chiến binh tỉnh',
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
 * Takes the seed's parts: between the dateline and `Nguồn:`, a line printed twice or
 * indented is a caption.
 */
function readSeed(seedText: string): SeedParts {
  const lines = seedText.split(/\r\n|\r|\n/);
  const sourceIndex = lines.findIndex((line) => /^\s*Nguồn\s*:/u.test(line));
  if (sourceIndex === -1) throw new Error('the seed dump has no "Nguồn:" line');
  const content = lines.slice(0, sourceIndex);
  const nonBlank = content.map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== '');
  // Title and dateline come first; the rest is the article.
  const captions = new Set<string>();
  for (const { line, index } of nonBlank.slice(2)) {
    const text = line.trim();
    const printedTwice = content[index - 1]?.trim() === text || content[index + 1]?.trim() === text;
    if (printedTwice || /^\s/u.test(line)) captions.add(text);
  }
  return {
    captions: [...captions, ...EXTRA_CAPTIONS],
    sourcePrefix: /^\s*Nguồn\s*:\s*/u.exec(lines[sourceIndex]!)![0].trimStart(),
    footer: lines.slice(sourceIndex + 1),
  };
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

/** A caption left in the body by its `<img>`: one or two no-break spaces in front. */
const indent = (random: Random, caption: string) => `${random() < 0.5 ? NBSP : `${NBSP}${NBSP} `}${caption}`;

/** Each article's length in syllables, around the ~700 of a real one. */
const MIN_SYLLABLES = 450;
const MAX_SYLLABLES = 950;

interface MadeDump {
  text: string;
  /** The article's own words (title, lead and body), what its profile is measured on. */
  article: string;
}

function makeDump(random: Random, seed: SeedParts, vocabulary: ArchiveVocabulary): MadeDump {
  const subject = pick(random, SUBJECTS);
  const topic: ArticleTopic = vocabulary.topic(random);
  const dateline = makeDateline(random);
  const title = makeTitle(random, subject, topic.keyword, dateline.year);

  const lead = sentences(random, vocabulary.articleWords(random, topic, between(random, 30, 50))).join(' ');
  const told = sentences(random, vocabulary.articleWords(random, topic, between(random, MIN_SYLLABLES, MAX_SYLLABLES)));
  const count = Math.min(told.length, between(random, 3, 12));
  // Paragraphs of whole sentences, each at least one.
  const cuts = sample(
    random,
    Array.from({ length: told.length - 1 }, (_, at) => at + 1),
    count - 1,
  ).sort((a, b) => a - b);
  const paragraphs = [0, ...cuts].map((start, at) => told.slice(start, cuts[at] ?? told.length).join(' '));
  paragraphs[paragraphs.length - 1] = paragraphs.at(-1)!.replace(/\.$/u, './.');
  const captions = sample(random, seed.captions, between(random, 0, 3));
  const cover = captions.length > 0 && random() < 0.6 ? captions.shift() : undefined;

  // Blocks are separated by blank lines; the cover is the one thing printed twice in a row.
  const body: string[] = [...paragraphs];
  for (const caption of captions) body.splice(between(random, 0, body.length), 0, indent(random, caption));
  // The portal often printed the featured photo again inside the body, as in the seed.
  if (cover && random() < 0.3) body.splice(between(random, 0, body.length), 0, indent(random, cover));

  const head = [title, '', dateline.line, lead];
  if (cover) head.push(cover, cover);
  const source = `${seed.sourcePrefix}${pick(random, SOURCES)}`;
  return {
    text: [...head, '', ...body.flatMap((block) => [block, '']), source, ...seed.footer].join('\n'),
    article: [title, lead, ...paragraphs].join('\n'),
  };
}

/** Each dump draws from its own stream, so dump `i` is the same whatever `count` is. */
const streamFor = (index: number) => mulberry32(Math.imul(index + 1, 0x9e3779b1));

function* madeDumps(seedText: string, count: number): Generator<MadeDump> {
  const seed = readSeed(seedText);
  const vocabulary = new ArchiveVocabulary();
  for (let index = 0; index < count; index += 1) yield makeDump(streamFor(index), seed, vocabulary);
}

const nameOf = (index: number) => `bench-${String(index + 1).padStart(6, '0')}.txt`;

/** `count` raw dumps in the seed's layout, named `bench-000001.txt` onwards. */
export function generateDumps(seedText: string, count: number): GeneratedDump[] {
  return Array.from(madeDumps(seedText, count), (dump, index) => ({ name: nameOf(index), text: dump.text }));
}

/** Articles the profile is measured on, at most: enough for shares to a point, in seconds. */
const PROFILE_SAMPLE = 1000;

/**
 * How the words of an archive of `count` generated dumps spread over its articles, next
 * to real news' (`profile.ts`): measured on its first articles, up to 1 000, as excerpts
 * of 300 syllables (what the real profile was measured on) and whole.
 */
export function archiveProfile(seedText: string, count: number): string[] {
  const articles = Array.from(madeDumps(seedText, Math.min(count, PROFILE_SAMPLE)), (dump) => dump.article);
  const twoSyllableWords = new Set(
    [...new ArchiveVocabulary().compounds].filter((word) => word.split(' ').length === 2),
  );
  return [
    `Document shares of the archive's words (${articles.length} articles measured) and of real news:`,
    ...profileTable(
      documentProfile(articles, twoSyllableWords, EXCERPT_SYLLABLES),
      documentProfile(articles, twoSyllableWords),
    ),
  ];
}
