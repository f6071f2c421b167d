import type { Article, TextBlock } from '../article/model.ts';
import type { Category } from '../article/schema.ts';
import { formatVietnamIso } from '../article/vietnam-time.ts';
import { futureDate } from '../check/article-checks.ts';
import { isCaption, toBlocks, wrapWidth, type Block } from './blocks.ts';
import { categoryInTrail, categoryNamed, type Classifier } from './category.ts';
import { dropChrome, type CompiledChrome, type DroppedLine } from './chrome.ts';
import { readShortcodes } from './shortcodes.ts';
import {
  parseBareViews,
  parseCounters,
  parseDateline,
  parseTimeLine,
  weekdayContradicts,
  type Dateline,
} from './dateline.ts';
import { toLines, type RawLine } from './lines.ts';
import { creditFor, isByline, parseCreditLine, parseLabelledCredit, type SourceCredit } from './source.ts';

/** What the converter knows of the newsroom: data from `content/`, passed in so parsing stays pure. */
export interface ConvertRules {
  chrome: CompiledChrome;
  /** Categories in menu order, to recognise a category printed near the title. */
  categories: readonly Category[];
  /** The catch-all category (`Tin tức`): printed above every article, it says nothing of this one. */
  defaultCategory: string;
  classify: Classifier;
  /** The run's time: a publish date after it is refused, by the rule `npm run check` applies. */
  now: Date;
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
/**
 * Credits sit at the foot: a source line and a byline, in either order, and on some portals
 * the date the article went online and its view counter.
 */
const FOOT_SEARCH_DEPTH = 5;
/**
 * `(TTXVN) - `, `VOV.VN - `, `VOV4.VN - `, `(Chinhphu.vn) – `, `BPO -` opening a lead, or
 * a wire's dateline: the place, the day at times, and the agency's initials
 * (`Phnom Penh (TTXVN) - `, `Hà Nội, 4/9 (TTXVN) - `, `Đồng Xoài (BPO) - `). The dash
 * has a space on one side at least, so `COVID-19` and `SARS-CoV-2` are not tags; after a
 * place only initials or a web address are an outlet, so `Chị Lan (xã Tân Lập) - ` is text.
 */
const OUTLET_TAG =
  /^(?:\((?<paren>[^()]{2,30})\)|(?<bare>[\p{Lu}\d.]{2,15}|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org))|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}(?:, \d{1,2}\/\d{1,2}(?:\/\d{4})?)? \((?<wire>[\p{Lu}\d.]{2,15}|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org))\))(?:\s+[-–—]\s*|\s*[-–—]\s+)/u;
/** The page's own address, printed above the article by the tool that saved it. */
const PAGE_ADDRESS = /^(?:(?:url|link|địa\s+chỉ(?:\s+bài(?:\s+viết)?)?)\s*:\s*)?(?<url>https?:\/\/\S+)$/iu;
/** Breadcrumb separators: a headline holds none of them. */
const BREADCRUMB = /\s[»›>]\s|[»›]/u;
/** The crumb a breadcrumb starts with. */
const HOME_CRUMB = /^(?:trang\s+chủ|trang\s+nhất|home)(?:\s|$)/iu;
/** A title in another language is a line; anything longer is text. */
const MAX_FOREIGN_TITLE_LENGTH = 200;
/** Letters only Vietnamese writes (with its tone marks): a line of several words without any is another language. */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

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
    const error = extendHeaderUp(lines, header) ?? extendHeader(lines, header);
    return error ?? header;
  }
  return undefined;
}

/**
 * Takes in a time or a view counter printed on a line of its own beside the date line:
 * `16:02 (GMT +7)` is the article's time, `1745` its views, and neither is a title.
 * Returns the failure when the printed time does not exist.
 */
function takeTimeOrViews(line: RawLine, header: Header): boolean | { error: Problem } {
  const { dateline } = header;
  const time = dateline.hasTime ? undefined : parseTimeLine(line.text);
  if (time && !time.ok) return { error: { line: line.number, message: time.reason } };
  if (time) {
    const { hour, minute, second } = time;
    header.dateline = { ...dateline, time: { ...dateline.time, hour, minute, second }, hasTime: true };
    return true;
  }
  const views = dateline.views === undefined ? parseBareViews(line.text) : undefined;
  if (views === undefined) return false;
  header.dateline = { ...dateline, views };
  return true;
}

/** A time or a counter printed right above the date line. */
function extendHeaderUp(lines: readonly RawLine[], header: Header): { error: Problem } | undefined {
  for (let index = header.start - 1; index >= 0; index--) {
    if (lines[index]!.text === '') continue;
    const taken = takeTimeOrViews(lines[index]!, header);
    if (taken !== true) return taken === false ? undefined : taken;
    header.start = index;
  }
  return undefined;
}

/** Takes in the time, counter and update lines printed right under the dateline. */
function extendHeader(lines: readonly RawLine[], header: Header): { error: Problem } | undefined {
  for (let index = header.end + 1; index < lines.length; index++) {
    const text = lines[index]!.text;
    if (text === '') continue;
    const taken = takeTimeOrViews(lines[index]!, header);
    if (taken !== false && taken !== true) return taken;
    if (taken) {
      header.end = index;
      continue;
    }
    const counters = parseCounters(text);
    const another = counters ? undefined : parseDateline(text);
    if (!counters && !another?.ok) return undefined;
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
  return undefined;
}

const nonBlank = (lines: readonly RawLine[]) => lines.filter((line) => line.text !== '');

interface Credits {
  source?: SourceCredit;
  author?: string;
  views?: number;
}

/**
 * Source, byline, view counter and the date the article went online (`Bài được đưa lên
 * Internet ngày: …`, dropped: the dateline says it) from the foot of the article; the
 * lines are removed from `lines`. One source and one byline: a second name-like line
 * above them is the article's own (a caption, a signature), and stays.
 */
function takeCredits(lines: RawLine[], dropped: DroppedLine[]): Credits {
  const credits: Credits = {};
  let seen = 0;
  for (let index = lines.length - 1; index >= 0 && seen < FOOT_SEARCH_DEPTH; index--) {
    const line = lines[index]!;
    if (line.text === '') continue;
    seen++;
    const counters = credits.views === undefined ? parseCounters(line.text) : undefined;
    const posted = counters ? undefined : parseDateline(line.text);
    if (counters?.views !== undefined || posted?.ok) {
      if (counters?.views !== undefined) credits.views = counters.views;
      else dropped.push({ line: line.number, text: line.text, reason: 'ngày đưa bài lên mạng' });
      lines.splice(index, 1);
      continue;
    }
    const credit = parseCreditLine(line.text);
    if (!credit || ('source' in credit ? credits.source : credits.author) !== undefined) break;
    if ('source' in credit) credits.source = credit.source;
    else credits.author = credit.author;
    lines.splice(index, 1);
  }
  return credits;
}

/** A byline under the title is a name, no more. */
const MAX_HEAD_BYLINE_WORDS = 4;
const MAX_HEAD_BYLINE_LENGTH = 80;

interface HeadNotes {
  source?: SourceCredit;
  author?: string;
  label?: Category;
}

/**
 * Whatever a portal prints between the header and the lead that is not the story: a
 * credit (`Theo: http://…`, `Nguồn: …`, `Tác giả: …`, a name alone), the section's
 * label, the date it went online, the title in the language it was written in. Taken
 * off the top of `lines`.
 */
function takeHeadNotes(
  lines: RawLine[],
  dropped: DroppedLine[],
  named: (text: string) => Category | undefined,
): HeadNotes {
  const notes: HeadNotes = {};
  while (lines.length > 0) {
    const line = lines[0]!;
    if (line.text !== '') {
      const credit = parseLabelledCredit(line.text);
      const label = credit ? undefined : named(line.text);
      const byline = credit || label ? undefined : headByline(line, lines);
      if (credit && 'source' in credit) notes.source ??= credit.source;
      else if (credit) notes.author ??= credit.author;
      else if (label) {
        notes.label ??= label;
        dropped.push({ line: line.number, text: line.text, reason: 'nhãn chuyên mục' });
      } else if (byline) notes.author ??= byline;
      else if (parseDateline(line.text)?.ok) {
        dropped.push({ line: line.number, text: line.text, reason: 'ngày đưa bài lên mạng' });
      } else if (isForeignTitle(line.text)) {
        dropped.push({ line: line.number, text: line.text, reason: 'tên bài bằng tiếng nước ngoài' });
      } else break;
    }
    lines.shift();
  }
  return notes;
}

/** A name alone under the title, with the story after it: not a caption (it would be printed twice or indented). */
function headByline(line: RawLine, lines: readonly RawLine[]): string | undefined {
  // Most lines here are leads: the length rules them out before anything is split.
  if (line.indented || line.text.length > MAX_HEAD_BYLINE_LENGTH || wordsOf(line.text) > MAX_HEAD_BYLINE_WORDS) {
    return undefined;
  }
  const next = lines.find((other) => other !== line && other.text !== '');
  if (!next || next.text === line.text) return undefined;
  const credit = parseCreditLine(line.text);
  return credit && 'author' in credit ? credit.author : undefined;
}

/** A breadcrumb trail, or the home page's crumb that starts one (`Trang chủ Bạn đọc - Cần biết`, scraped flat). */
const isTrail = (text: string) => BREADCRUMB.test(text) || HOME_CRUMB.test(text);

/** A headline is words: never a number, a time, a counter, a web address or a breadcrumb trail. */
function isHeadline(text: string): boolean {
  if (PAGE_ADDRESS.test(text) || BREADCRUMB.test(text)) return false;
  if (parseTimeLine(text) || parseCounters(text) || parseBareViews(text) !== undefined) return false;
  return wordsOf(text) >= 2;
}

/** A section's name (`Tin tức - Sự kiện`, `Bạn đọc`) is a few words; a headline says more. */
const MAX_SECTION_NAME_WORDS = 4;

const wordsOf = (text: string) => text.split(' ').filter((word) => /\p{L}/u.test(word)).length;

function isSectionName(text: string): boolean {
  return wordsOf(text) <= MAX_SECTION_NAME_WORDS;
}

/**
 * When the date line comes first, a few words above it are the section's name, not the
 * title, if a headline twice as long stands right under it: a line that does not end as
 * a sentence (a lead does) and is not printed twice (a photo's caption is), followed by
 * a finished sentence (the lead).
 */
function headlineUnder(content: readonly RawLine[], above: string): boolean {
  const [first, next] = nonBlank(content);
  if (!first || !next || first.indented || first.text === next.text || !ENDS_SENTENCE.test(next.text)) return false;
  return isHeadline(first.text) && !ENDS_SENTENCE.test(first.text) && wordsOf(first.text) >= 2 * wordsOf(above);
}

/**
 * The original title of a translated piece, or a title in a minority language's script,
 * printed under the Vietnamese one: several words, none with a Vietnamese letter.
 */
function isForeignTitle(text: string): boolean {
  // Cheap tests first: this runs on every lead.
  if (text.length > MAX_FOREIGN_TITLE_LENGTH || ENDS_SENTENCE.test(text) || VIETNAMESE_LETTER.test(text)) return false;
  const letters = text.match(/[\p{L}\p{M}]/gu) ?? [];
  // A title is words: a line of code or markup is not one, whatever its letters.
  const printed = text.replace(/\s/gu, '').length;
  if (letters.length < 10 || letters.length < printed * 0.85) return false;
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  return latin < letters.length / 2 || text.split(' ').length >= 3;
}

/** The path of the page's old address, kept as an alias so the old link still leads to the article. */
function pageAddressOf(lines: readonly { text: string }[]): URL | undefined {
  for (const line of lines) {
    const url = PAGE_ADDRESS.exec(line.text)?.groups?.url;
    if (url && URL.canParse(url)) return new URL(url);
  }
  return undefined;
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
  // The article begins at its date line: a `Tin mới nhất` ticker above it does not end it.
  const begins = (line: string) => parseDateline(line) !== undefined;
  const { kept, dropped } = dropChrome(readShortcodes(toLines(text)), rules.chrome, begins);
  if (nonBlank(kept).length === 0) return fail('tệp trống, không có tiêu đề và nội dung');
  const header = findHeader(kept);
  if (header && 'error' in header) return { ok: false, errors: [header.error] };
  if (!header) {
    return fail('không thấy dòng ngày đăng (dateline) ở đầu bài, ví dụ "Thứ bảy - 26/10/2019 19:18"');
  }
  const warnings: Problem[] = [];
  const { dateline } = header;
  const future = futureDate({ date: new Date(formatVietnamIso(dateline.time)) }, rules.now);
  if (future) return fail(`${future.what}: sửa ngày trong tệp thô nếu gõ nhầm`, header.line);

  // The title is the nearest headline above the dateline, or, when the dateline comes
  // first, the first one under it; numbers, times, addresses and breadcrumbs are skipped.
  // A breadcrumb opens the article's part of the page: what stands above it (a ticker of the
  // latest headlines, a menu) is never the title.
  const trailLine = Math.max(
    0,
    ...[...dropped, ...kept.slice(0, header.start).map(({ number, text }) => ({ line: number, text }))]
      .filter(({ line, text }) => line < kept[header.start]!.number && isTrail(text))
      .map(({ line }) => line),
  );
  const above = nonBlank(kept.slice(0, header.start)).filter((line) => line.number > trailLine);
  const overTrail = nonBlank(kept.slice(0, header.start)).filter((line) => line.number < trailLine);
  const named = (text: string) => categoryNamed(text, rules.categories);
  const labelOnDateline = dateline.rest ? named(dateline.rest) : undefined;
  let labelAbove: Category | undefined;
  if (above.length > 1 && named(above.at(-1)!.text)) {
    const label = above.pop()!;
    labelAbove = named(label.text);
    dropped.push({ line: label.number, text: label.text, reason: 'nhãn chuyên mục' });
  }
  let content = kept.slice(header.end + 1);
  const notTitle: RawLine[] = [...overTrail];
  let title: RawLine | undefined;
  while (!title && above.length > 0) {
    const line = above.pop()!;
    if (isHeadline(line.text)) title = line;
    else notTitle.push(line);
  }
  if (title && isSectionName(title.text) && headlineUnder(content, title.text)) {
    notTitle.push(title);
    title = undefined;
  }
  while (!title && content.length > 0) {
    const line = content.shift()!;
    if (line.text === '') continue;
    if (isHeadline(line.text)) title = line;
    else dropped.push({ line: line.number, text: line.text, reason: 'không phải tiêu đề' });
  }
  if (!title) return fail('chỉ có ngày đăng, không có tiêu đề và nội dung', header.line);
  for (const line of [...above, ...notTitle]) {
    dropped.push({ line: line.number, text: line.text, reason: 'trước tiêu đề' });
  }
  // Breadcrumbs, labels and the old address, whether kept above the title or dropped as chrome.
  const headLines = [
    ...[...above, ...notTitle].map(({ number, text }) => ({ line: number, text })),
    ...dropped.filter((line) => line.line < title.number),
  ].sort((a, b) => b.line - a.line);
  if (weekdayContradicts(dateline)) {
    warnings.push({ line: header.line, message: 'thứ trong tuần không khớp với ngày; giữ ngày, bỏ qua thứ' });
  }
  if (!dateline.hasTime) {
    warnings.push({ line: header.line, message: 'dòng ngày đăng không có giờ; ghi 00:00' });
  }

  const headNotes = takeHeadNotes(content, dropped, named);
  const address = pageAddressOf(headLines);
  const printedCategory = [
    labelOnDateline,
    labelAbove,
    headNotes.label,
    ...headLines.map((line) => categoryInTrail(line.text, rules.categories, rules.defaultCategory)),
    ...(address?.pathname.split('/').slice(1, -1).reverse().map(named) ?? []),
  ].find((category) => category !== undefined && category.slug !== rules.defaultCategory);

  const credits = takeCredits(content, dropped);
  const views = dateline.views ?? credits.views;
  if (credits.author && headNotes.author && credits.author !== headNotes.author) {
    warnings.push({
      message: `hai tên tác giả: "${headNotes.author}" dưới tiêu đề và "${credits.author}" cuối bài; giữ tên cuối bài`,
    });
  }
  const author =
    credits.author ??
    headNotes.author ??
    (dateline.rest && !labelOnDateline && isByline(dateline.rest) ? dateline.rest : undefined);
  const blocks = toBlocks(content, wrapWidth(content));
  const body = buildBody(blocks, dropped);
  if (!body) {
    const reason = blocks.length === 0 ? 'chỉ có tiêu đề và ngày đăng' : 'chỉ có chú thích ảnh, không có đoạn văn nào';
    return fail(`${reason}: không có nội dung bài`, title.number);
  }

  const tag = OUTLET_TAG.exec(body.lead)?.groups;
  const summary = tag ? body.lead.replace(OUTLET_TAG, '') : body.lead;
  const outlet = tag?.paren ?? tag?.bare ?? tag?.wire;
  const source = credits.source ?? headNotes.source ?? (outlet ? creditFor(outlet) : undefined);

  const allText = [summary, ...body.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.caption))];
  const classified = rules.classify(title.text, allText.join('\n'));

  const article: Article<TextBlock> = {
    frontMatter: {
      title: title.text,
      date: formatVietnamIso(dateline.time),
      category: printedCategory?.slug ?? classified.category,
      tags: classified.tags,
      summary,
      ...(body.cover && { cover: { caption: body.cover } }),
      ...(source && { source }),
      ...(author && { author }),
      legacy: {
        ...(views !== undefined && { views }),
        ...(dateline.comments !== undefined && { comments: dateline.comments }),
        file,
      },
      ...(address && !address.search && { aliases: [address.pathname] }),
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
