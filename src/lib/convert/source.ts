import { domainToUnicode } from 'node:url';

/** The outlet an article is credited to. */
export interface SourceCredit {
  name?: string;
  url?: string;
}

/** What a line at the foot of an article says: where it came from, or who wrote it. */
export type Credit = { source: SourceCredit } | { author: string };

const SOURCE_LINE = /^(?:nguồn(?:\s+tin)?|theo)\s*:\s*(?<value>.+)$/iu;
/** `Theo Báo Nhân Dân`, `Theo baochinhphu.vn`: without a colon, only a short credit, not `Theo kế hoạch, …`. */
const THEO_LINE = /^theo\s+(?<value>[^,;:]{2,60})$/iu;
const AUTHOR_LINE =
  /^(?:tác\s+giả(?:\s+bài(?:\s+viết)?)?|bài(?:\s+và\s+ảnh|,\s*ảnh)?|người\s+viết|phóng\s+viên|nhóm\s+phóng\s+viên)\s*:\s*(?<value>.+)$/iu;
const DOMAIN = /^(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+[\p{L}]{2,}$/iu;
/** `(tổng hợp)`, `(TH)`, `(t/h)`, `(sưu tầm)`: how a writer marks a compiled piece. */
const COMPILED_MARK = /\((?:tổng\s+hợp|t\/h|th|st|sưu\s+tầm)\)/giu;
/** `- Khánh Huy -`: dashes some portals set a byline between. */
const DECORATION = /^[-–—\s]+|[-–—\s]+$/gu;
/** `Khánh Huy (Trung tâm VH-TT huyện)`: where the writer works, in brackets, is not checked as a name. */
const AFFILIATION = /\s*\((?!\s*(?:ảnh|nguồn\s+ảnh))[^()]{1,60}\)$/iu;
/** A byline is a name or two, never a sentence. */
const MAX_BYLINE_LENGTH = 60;
const MAX_BYLINE_WORDS = 8;

/** `https://www.example.vn/a.html` → named by its host; `baoquankhu7.vn` → a link to it; anything else a name. */
export function creditFor(value: string): SourceCredit {
  if (/^https?:\/\//iu.test(value) && URL.canParse(value)) {
    return { name: domainToUnicode(new URL(value).hostname).replace(/^www\./u, ''), url: value };
  }
  // A bare domain is how Vietnamese outlets credit each other; it names a real site.
  if (DOMAIN.test(value)) return { name: value, url: `https://${value.toLowerCase()}` };
  return { name: value };
}

/**
 * A name as bylines print it: `Minh Anh`, `P.V`, `Thu Hòa/VOV4`, `Minh Anh (tổng hợp)`,
 * `Minh Anh – Thu Hà`. Every word is capitalised (or `và`), so a short sentence such as
 * `Lễ ký kết` is not taken for one.
 */
export function isByline(text: string): boolean {
  if (text.length > MAX_BYLINE_LENGTH || /[!?…:;]$/u.test(text)) return false;
  const words = text
    .replace(COMPILED_MARK, ' ')
    .split(/[\s–—\-/&,]+/u)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_BYLINE_WORDS) return false;
  // A full stop ends a sentence, unless it closes initials such as `P.V.`.
  if (text.endsWith('.') && !/(?:^|[\s.])\p{Lu}\.$/u.test(text)) return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word) || word === 'và');
}

/**
 * A credit that says what it is (`Nguồn: …`, `Theo: …`, `Tác giả bài viết: …`): one is
 * never a photo's caption, wherever the portal printed it.
 */
export function parseLabelledCredit(line: string): Credit | undefined {
  const source = SOURCE_LINE.exec(line)?.groups?.value?.trim();
  if (source) return { source: creditFor(source) };
  const author = AUTHOR_LINE.exec(line)?.groups?.value?.trim();
  return author ? { author } : undefined;
}

/** Reads a credit line from the foot of an article: `Nguồn: …`, `Theo …`, `Tác giả: …`, or a bare byline. */
export function parseCreditLine(line: string): Credit | undefined {
  const labelled = parseLabelledCredit(line);
  if (labelled) return labelled;
  const source = THEO_LINE.exec(line)?.groups?.value?.trim();
  if (source) return { source: creditFor(source) };
  const name = line.replace(DECORATION, '');
  return name !== '' && isByline(name.replace(AFFILIATION, '')) ? { author: name } : undefined;
}
