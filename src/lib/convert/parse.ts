import type { Article, TextBlock } from '../article/model.ts';
import type { Category } from '../article/schema.ts';
import { formatVietnamIso } from '../article/vietnam-time.ts';
import { isCaption, toBlocks, wrapWidth, type Block } from './blocks.ts';
import type { Classifier } from './category.ts';
import { dropChrome, type CompiledChrome, type DroppedLine } from './chrome.ts';
import { readShortcodes } from './shortcodes.ts';
import { parseCounters, parseDateline, weekdayContradicts, type Dateline } from './dateline.ts';
import { toLines, type RawLine } from './lines.ts';
import { creditFor, isByline, parseCreditLine, type SourceCredit } from './source.ts';

/** What the converter knows of the newsroom: data from `content/`, passed in so parsing stays pure. */
export interface ConvertRules {
  chrome: CompiledChrome;
  /** Categories in menu order, to recognise a category label printed near the title. */
  categories: readonly Category[];
  classify: Classifier;
}

/** A problem tied to a line of the dump when there is one. */
export interface Problem {
  line?: number;
  message: string;
}

export type ParseResult =
  | { ok: true; article: Article<TextBlock>; warnings: Problem[]; dropped: DroppedLine[] }
  | { ok: false; errors: Problem[] };

/**
 * The dateline sits near the top, under the title or above it, after breadcrumbs and
 * menus at most; further down, a date is part of the story.
 */
const HEADER_SEARCH_DEPTH = 12;
/**
 * Breadcrumbs, menus and letterheads above a title are not sentences; two sentences
 * mean the story has begun, and a date found after them is the story's own.
 */
const MAX_PROSE_ABOVE_DATELINE = 2;
const ENDS_SENTENCE = /[.!?…]["”’)]?$/u;
/** Credits sit at the foot: a source line and a byline, in either order. */
const FOOT_SEARCH_DEPTH = 3;
/** `(TTXVN) - `, `VOV.VN - `, `(Chinhphu.vn) – `, `BPO - ` opening a lead. */
const OUTLET_TAG =
  /^(?:\((?<paren>[^()]{2,30})\)|(?<bare>[\p{Lu}\d.]{2,15}|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org)))\s*[-–—]\s+/u;

const fail = (message: string, line?: number): ParseResult => ({
  ok: false,
  errors: [line === undefined ? { message } : { line, message }],
});

interface Header {
  /** Indexes into the lines of the first and last line of the dateline group. */
  start: number;
  end: number;
  dateline: Dateline;
  line: number;
}

/**
 * Finds the dateline and the lines printed with it (`Lượt xem: 1.234`, `Cập nhật: …`).
 * A dateline naming an impossible date is returned as the failure it is.
 */
function findHeader(lines: readonly RawLine[]): Header | { error: Problem } | undefined {
  let seen = 0;
  let prose = 0;
  for (let index = 0; index < lines.length && seen < HEADER_SEARCH_DEPTH && prose < MAX_PROSE_ABOVE_DATELINE; index++) {
    const line = lines[index]!;
    if (line.text === '') continue;
    seen++;
    if (ENDS_SENTENCE.test(line.text)) prose++;
    const result = parseDateline(line.text);
    if (!result) continue;
    if (!result.ok) return { error: { line: line.number, message: result.reason } };
    const header: Header = { start: index, end: index, dateline: result.dateline, line: line.number };
    extendHeader(lines, header);
    return header;
  }
  return undefined;
}

/** Takes in the counter and update lines printed right under the dateline. */
function extendHeader(lines: readonly RawLine[], header: Header): void {
  for (let index = header.end + 1; index < lines.length; index++) {
    const text = lines[index]!.text;
    if (text === '') continue;
    const counters = parseCounters(text);
    const another = counters ? undefined : parseDateline(text);
    if (!counters && !another?.ok) return;
    if (counters) header.dateline = { ...header.dateline, ...counters };
    else if (another?.ok) {
      const views = header.dateline.views ?? another.dateline.views;
      if (header.dateline.label === 'updated' && another.dateline.label !== 'updated') {
        header.dateline = another.dateline;
        header.line = lines[index]!.number;
      }
      if (views !== undefined) header.dateline = { ...header.dateline, views };
    }
    header.end = index;
  }
}

const nonBlank = (lines: readonly RawLine[]) => lines.filter((line) => line.text !== '');

/** Source and byline from the foot of the article; the lines are removed from `lines`. */
function takeCredits(lines: RawLine[]): { source?: SourceCredit; author?: string } {
  const credits: { source?: SourceCredit; author?: string } = {};
  let seen = 0;
  for (let index = lines.length - 1; index >= 0 && seen < FOOT_SEARCH_DEPTH; index--) {
    const line = lines[index]!;
    if (line.text === '') continue;
    seen++;
    const credit = parseCreditLine(line.text);
    if (!credit) break;
    if ('source' in credit) credits.source ??= credit.source;
    else credits.author ??= credit.author;
    lines.splice(index, 1);
  }
  return credits;
}

function isCategoryLabel(text: string, categories: readonly Category[]): Category | undefined {
  const label = text.toLowerCase();
  return categories.find((category) => category.name.toLowerCase() === label);
}

/**
 * Raw text of one article, as scraped from an old portal → the article, or the reasons no
 * honest article can be made of it. Never invents a title or a date.
 *
 * The layout it reads (NukeViet and its cousins): breadcrumbs or a letterhead at most,
 * the title, the dateline (or the dateline, then the title); the lead; the featured
 * photo's caption printed twice; body paragraphs with captions between them; credits
 * (`Nguồn: …`, a byline); the portal's footer. Portal chrome is dropped by the rules in
 * `content/chrome.yaml`; every line left out is listed in `dropped`.
 */
export function parseArticle(text: string, file: string, rules: ConvertRules): ParseResult {
  const { kept, dropped } = dropChrome(readShortcodes(toLines(text)), rules.chrome);
  if (nonBlank(kept).length === 0) return fail('tệp trống, không có tiêu đề và nội dung');
  const header = findHeader(kept);
  if (header && 'error' in header) return { ok: false, errors: [header.error] };
  if (!header) {
    return fail('không thấy dòng ngày đăng (dateline) ở đầu bài, ví dụ "Thứ bảy - 26/10/2019 19:18"');
  }
  const warnings: Problem[] = [];
  const { dateline } = header;

  // The title is right above the dateline, or, when the dateline comes first, right under it.
  const above = nonBlank(kept.slice(0, header.start));
  let labelCategory = dateline.rest ? isCategoryLabel(dateline.rest, rules.categories) : undefined;
  if (above.length > 1 && isCategoryLabel(above.at(-1)!.text, rules.categories)) {
    const label = above.pop()!;
    labelCategory ??= isCategoryLabel(label.text, rules.categories);
    dropped.push({ line: label.number, text: label.text, reason: 'nhãn chuyên mục' });
  }
  let content = kept.slice(header.end + 1);
  let title = above.pop();
  if (!title) {
    title = nonBlank(content)[0];
    if (!title) return fail('chỉ có ngày đăng, không có tiêu đề và nội dung', header.line);
    content = content.slice(content.indexOf(title) + 1);
  }
  for (const line of above) dropped.push({ line: line.number, text: line.text, reason: 'trước tiêu đề' });

  if (weekdayContradicts(dateline)) {
    warnings.push({ line: header.line, message: 'thứ trong tuần không khớp với ngày; giữ ngày, bỏ qua thứ' });
  }
  if (!dateline.hasTime) {
    warnings.push({ line: header.line, message: 'dòng ngày đăng không có giờ; ghi 00:00' });
  }

  const credits = takeCredits(content);
  const author =
    credits.author ?? (dateline.rest && !labelCategory && isByline(dateline.rest) ? dateline.rest : undefined);
  const blocks = toBlocks(content, wrapWidth(content));
  const body = buildBody(blocks, dropped);
  if (!body) {
    const reason = blocks.length === 0 ? 'chỉ có tiêu đề và ngày đăng' : 'chỉ có chú thích ảnh, không có đoạn văn nào';
    return fail(`${reason}: không có nội dung bài`, title.number);
  }

  const tag = OUTLET_TAG.exec(body.lead)?.groups;
  const summary = tag ? body.lead.replace(OUTLET_TAG, '') : body.lead;
  const outlet = tag?.paren ?? tag?.bare;
  const source = credits.source ?? (outlet ? creditFor(outlet) : undefined);

  const allText = [summary, ...body.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.caption))];
  const classified = rules.classify(title.text, allText.join('\n'));

  const article: Article<TextBlock> = {
    frontMatter: {
      title: title.text,
      date: formatVietnamIso(dateline.time),
      category: labelCategory?.slug ?? classified.category,
      tags: classified.tags,
      summary,
      ...(body.cover && { cover: { caption: body.cover } }),
      ...(source && { source }),
      ...(author && { author }),
      legacy: {
        ...(dateline.views !== undefined && { views: dateline.views }),
        ...(dateline.comments !== undefined && { comments: dateline.comments }),
        file,
      },
    },
    body: body.blocks,
  };
  return { ok: true, article, warnings, dropped: dropped.sort((a, b) => a.line - b.line) };
}

/**
 * Lead, cover and body from the blocks under the header, or `undefined` when there is no
 * paragraph of text at all.
 */
function buildBody(
  blocks: readonly Block[],
  dropped: DroppedLine[],
): { lead: string; cover?: string; blocks: TextBlock[] } | undefined {
  const captions = blocks.map((block, index) => isCaption(block, index > 0 && index < blocks.length - 1));
  const leadIndex = captions.indexOf(false);
  if (leadIndex === -1) return undefined;
  for (const block of blocks) {
    for (const line of block.reprintedAt) dropped.push({ line, text: block.text, reason: 'chú thích ảnh in lặp' });
  }
  // The featured photo: its caption printed twice right after the lead.
  const coverBlock = blocks[leadIndex + 1];
  const cover = coverBlock && coverBlock.reprintedAt.length > 0 ? coverBlock.text : undefined;

  const body: TextBlock[] = [];
  blocks.forEach((block, index) => {
    if (index === leadIndex || (cover && index === leadIndex + 1)) return;
    if (!captions[index]) {
      body.push({ kind: 'paragraph', text: block.text });
    } else if (block.text === cover) {
      // The featured photo printed again inside the body: readers see it once, as the cover.
      dropped.push({ line: block.line, text: block.text, reason: 'ảnh đại diện in lại trong thân bài' });
    } else {
      // A caption printed above the lead stays too, as the body's first figure.
      body.push({ kind: 'figure', caption: block.text });
    }
  });
  return { lead: blocks[leadIndex]!.text, ...(cover && { cover }), blocks: body };
}
