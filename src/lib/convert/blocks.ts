import type { RawLine } from './lines.ts';
import { parseLabelledCredit } from './source.ts';

/** A paragraph of the dump before it is known to be text or a photo caption. */
export interface Block {
  line: number;
  /** Last line of the block: a hard-wrapped paragraph or a caption with its credit spans several. */
  endLine: number;
  text: string;
  indented: boolean;
  /**
   * Lines where the portal printed it again right below itself (a photo's alt text, then
   * its caption); empty for ordinary paragraphs.
   */
  reprintedAt: number[];
  /** Known to be a caption whatever its shape. */
  caption?: boolean;
}

/** A caption is at most a couple of sentences; a longer block is text. */
const MAX_CAPTION_LENGTH = 300;
/** A line standing alone between paragraphs is a caption only when it is this short. */
const MAX_LONE_CAPTION_LENGTH = 200;
const ENDS_SENTENCE = /[.!?…:;]["”’)]?$/u;
/** `(Ảnh: Minh Anh)`, `(Ảnh minh họa)`, `(Nguồn ảnh: TTXVN)` closing a line. */
const PHOTO_CREDIT_AT_END = /\((?:ảnh|nguồn ảnh)(?:\s+minh\s+họa)?(?:\s*:[^()]*)?\)\.?$/iu;
/** A credit alone on the line under its caption: `(Ảnh: Minh Anh)`, `Ảnh: TTXVN`. */
const CREDIT_LINE = /^\(?\s*(?:ảnh|nguồn ảnh)\s*:\s*[^.()]{1,40}\)?$/iu;
const STARTS_WITH_PHOTO = /^ảnh\s*:/iu;
/** Hard-wrapped dumps break lines at a fixed width between these (72 is the classic). */
const MIN_WRAP_WIDTH = 50;
const MAX_WRAP_WIDTH = 100;
/** A wrapped line this close to the width was broken by the wrapping, not by the writer. */
const WRAP_SLACK = 15;

/**
 * Dumps saved from a mail client or a terminal break every paragraph at ~72 columns. They
 * are recognised by their shape: no line wider than a screen, and many lines ending near
 * the same width followed by more text.
 */
export function wrapWidth(lines: readonly RawLine[]): number | undefined {
  const texts = lines.map((line) => line.text);
  const width = Math.max(0, ...texts.map((text) => text.length));
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return undefined;
  let full = 0;
  let continued = 0;
  texts.forEach((text, index) => {
    if (text.length < width - WRAP_SLACK) return;
    full++;
    if ((texts[index + 1] ?? '') !== '') continued++;
  });
  const nonBlank = texts.filter((text) => text !== '').length;
  return continued >= 2 && full >= nonBlank * 0.4 ? width : undefined;
}

/**
 * The portal writes one paragraph per line: every non-blank line is a block, and a line
 * repeated on the very next line is one block printed twice. A paragraph repeated after
 * a blank line is left as two paragraphs: that is the reporter's text, not the template.
 * A photo credit on the line under a caption joins the caption; in a hard-wrapped dump
 * (`wrappedAt` set) a line broken by the wrapping joins the next.
 */
export function toBlocks(lines: readonly RawLine[], wrappedAt?: number): Block[] {
  const blocks: Block[] = [];
  let previous: RawLine | undefined;
  for (const line of lines) {
    const block = blocks.at(-1);
    const follows = block !== undefined && previous !== undefined && previous.text !== '';
    if (line.text === '') {
      // blank lines only separate blocks
    } else if (follows && previous!.text === line.text) {
      block.reprintedAt.push(line.number);
    } else if (follows && CREDIT_LINE.test(line.text) && block.text.length <= MAX_LONE_CAPTION_LENGTH) {
      block.text = `${block.text} ${line.text}`;
      block.endLine = line.number;
    } else if (follows && wrappedAt !== undefined && previous!.text.length >= wrappedAt - WRAP_SLACK) {
      block.text = `${block.text} ${line.text}`;
      block.endLine = line.number;
    } else {
      const { number, text, indented, caption } = line;
      blocks.push({ line: number, endLine: number, text, indented, reprintedAt: [], ...(caption && { caption }) });
    }
    previous = line;
  }
  return blocks;
}

/**
 * A block is a photo caption when the portal printed it twice (the image's alt text, then
 * the caption); when it carries a photo credit (`(Ảnh: …)`, `Ảnh: …`); when it is a short
 * unfinished sentence left indented by the `<img>` it stood beside; or when such a short
 * unfinished line stands alone between two paragraphs (`between`). A labelled credit
 * (`Nguồn: …`) never is.
 */
export function isCaption(block: Block, between = false): boolean {
  if (block.caption || block.reprintedAt.length > 0) return true;
  // `Theo: http://…`, `Nguồn: …` left between paragraphs credit the article, not a photo.
  if (block.text.length > MAX_CAPTION_LENGTH || parseLabelledCredit(block.text)) return false;
  if (PHOTO_CREDIT_AT_END.test(block.text) || STARTS_WITH_PHOTO.test(block.text)) return true;
  if (ENDS_SENTENCE.test(block.text)) return false;
  return block.indented || (between && block.text.length <= MAX_LONE_CAPTION_LENGTH);
}
