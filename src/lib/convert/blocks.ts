import type { RawLine } from './lines.ts';

/** A paragraph of the dump before it is known to be text or a photo caption. */
export interface Block {
  line: number;
  text: string;
  indented: boolean;
  /** How many times the portal printed it in a row (a photo's alt text and its caption). */
  printed: number;
}

/** The portal writes one paragraph per line: every non-blank line is a block, and a line printed again right after itself is one block printed twice. */
export function toBlocks(lines: readonly RawLine[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    const previous = blocks.at(-1);
    if (previous && previous.text === line.text) {
      previous.printed += 1;
    } else {
      blocks.push({ line: line.number, text: line.text, indented: line.indented, printed: 1 });
    }
  }
  return blocks;
}

/** A caption is at most a couple of sentences; a longer indented block is text. */
const MAX_CAPTION_LENGTH = 300;
const ENDS_SENTENCE = /[.!?…:;]["”’)]?$/u;

/**
 * A block is a photo caption when the portal printed it twice (the image's alt text,
 * then the caption), or when it is a short unfinished sentence left indented by the
 * `<img>` it stood beside.
 */
export function isCaption(block: Block): boolean {
  if (block.printed > 1) return true;
  return block.indented && block.text.length <= MAX_CAPTION_LENGTH && !ENDS_SENTENCE.test(block.text);
}
