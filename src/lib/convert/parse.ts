import type { Category } from '../article/schema.ts';
import type { Article, BodyBlock } from '../article/model.ts';
import { formatVietnamIso } from '../article/vietnam-time.ts';
import { isCaption, toBlocks } from './blocks.ts';
import { classify } from './category.ts';
import { dropChrome, type CompiledChrome, type DroppedLine } from './chrome.ts';
import { parseDateline, weekdayContradicts, type Dateline } from './dateline.ts';
import { toLines, type RawLine } from './lines.ts';
import { parseSourceLine, type SourceCredit } from './source.ts';

/** What the converter knows of the newsroom: data from `content/`, passed in so parsing stays pure. */
export interface ConvertRules {
  chrome: CompiledChrome;
  categories: readonly Category[];
  defaultCategory: string;
}

/** A problem tied to a line of the dump when there is one. */
export interface Problem {
  line?: number;
  message: string;
}

export type ParseResult =
  { ok: true; article: Article; warnings: Problem[]; dropped: DroppedLine[] } | { ok: false; errors: Problem[] };

/** The dateline sits right under the title; further down, a date is part of the story. */
const DATELINE_SEARCH_DEPTH = 3;
/** The source credit is at the foot, give or take a byline. */
const SOURCE_SEARCH_DEPTH = 3;

const fail = (message: string, line?: number): ParseResult => ({
  ok: false,
  errors: [line === undefined ? { message } : { line, message }],
});

function findDateline(lines: readonly RawLine[]): { index: number; result: ReturnType<typeof parseDateline> } {
  let seen = 0;
  for (let index = 1; index < lines.length && seen < DATELINE_SEARCH_DEPTH; index++) {
    const line = lines[index]!;
    if (line.text === '') continue;
    seen++;
    const result = parseDateline(line.text);
    if (result) return { index, result };
  }
  return { index: -1, result: undefined };
}

function takeSource(lines: RawLine[]): SourceCredit | undefined {
  let seen = 0;
  for (let index = lines.length - 1; index >= 0 && seen < SOURCE_SEARCH_DEPTH; index--) {
    const line = lines[index]!;
    if (line.text === '') continue;
    seen++;
    const source = parseSourceLine(line.text);
    if (source) {
      lines.splice(index, 1);
      return source;
    }
  }
  return undefined;
}

/**
 * Raw text of one article, as scraped from the old portal → the article, or the reasons
 * no honest article can be made of it. Never invents a title or a date.
 *
 * The layout it reads (NukeViet): title; dateline `Thứ bảy - 26/10/2019 19:18 386 0`
 * (weekday - date time views comments); the lead; the featured photo's caption printed
 * twice; body paragraphs with captions between them; `Nguồn: …`; the portal's footer.
 */
export function parseArticle(text: string, file: string, rules: ConvertRules): ParseResult {
  const { kept, dropped } = dropChrome(toLines(text), rules.chrome);
  const start = kept.findIndex((line) => line.text !== '');
  if (start === -1) return fail('tệp trống, không có tiêu đề và nội dung');
  const lines = kept.slice(start);
  const title = lines[0]!;

  const { index: datelineIndex, result } = findDateline(lines);
  if (!result) return fail('không thấy dòng ngày đăng (dateline) dưới tiêu đề, ví dụ "Thứ bảy - 26/10/2019 19:18"');
  const datelineLine = lines[datelineIndex]!.number;
  if (!result.ok) return fail(result.reason, datelineLine);
  const dateline: Dateline = result.dateline;

  const warnings: Problem[] = [];
  for (const line of lines.slice(1, datelineIndex)) {
    if (line.text === '') continue;
    dropped.push({ line: line.number, text: line.text, reason: 'dòng giữa tiêu đề và ngày đăng' });
    warnings.push({ line: line.number, message: `bỏ dòng giữa tiêu đề và ngày đăng: "${line.text}"` });
  }
  if (weekdayContradicts(dateline)) {
    warnings.push({ line: datelineLine, message: 'thứ trong tuần không khớp với ngày; giữ ngày, bỏ qua thứ' });
  }

  const content = lines.slice(datelineIndex + 1);
  const source = takeSource(content);
  const blocks = toBlocks(content);
  const leadIndex = blocks.findIndex((block) => !isCaption(block));
  if (leadIndex === -1) {
    const reason = blocks.length === 0 ? 'chỉ có tiêu đề và ngày đăng' : 'chỉ có chú thích ảnh, không có đoạn văn nào';
    return fail(`${reason}: không có nội dung bài`, title.number);
  }
  const lead = blocks[leadIndex]!;
  for (const block of blocks) {
    for (const line of block.reprintedAt) dropped.push({ line, text: block.text, reason: 'chú thích ảnh in lặp' });
  }

  // The featured photo: its caption printed twice right after the lead.
  const coverBlock = blocks[leadIndex + 1];
  const cover = coverBlock && coverBlock.reprintedAt.length > 0 ? { caption: coverBlock.text } : undefined;

  const body: BodyBlock[] = [];
  for (const block of blocks.slice(leadIndex + (cover ? 2 : 1))) {
    if (!isCaption(block)) {
      body.push({ kind: 'paragraph', text: block.text });
    } else if (cover && block.text === cover.caption) {
      // The featured photo printed again inside the body: readers see it once, as the cover.
      dropped.push({ line: block.line, text: block.text, reason: 'ảnh đại diện in lại trong thân bài' });
    } else {
      body.push({ kind: 'figure', caption: block.text });
    }
  }
  // A caption printed above the lead has no photo slot left; keep it in the body rather than lose it.
  for (const block of blocks.slice(0, leadIndex).reverse()) body.unshift({ kind: 'figure', caption: block.text });

  const allText = [lead.text, ...body.map((block) => (block.kind === 'paragraph' ? block.text : block.caption))].join(
    '\n',
  );
  const { category, tags } = classify(title.text, allText, rules.categories, rules.defaultCategory);

  const article: Article = {
    frontMatter: {
      title: title.text,
      date: formatVietnamIso(dateline.time),
      category,
      tags,
      summary: lead.text,
      ...(cover && { cover }),
      ...(source && { source }),
      legacy: {
        ...(dateline.views !== undefined && { views: dateline.views }),
        ...(dateline.comments !== undefined && { comments: dateline.comments }),
        file,
      },
    },
    body,
  };
  return { ok: true, article, warnings, dropped: dropped.sort((a, b) => a.line - b.line) };
}
