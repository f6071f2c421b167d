import type { RawLine } from './lines.ts';

/** A paragraph of the dump before it is known to be text or a photo caption. */
export interface Block {
  line: number;
  text: string;
  indented: boolean;
  /**
   * Lines where the portal printed it again right below itself (a photo's alt text, then
   * its caption); empty for ordinary paragraphs.
   */
  reprintedAt: number[];
}

/**
 * The portal writes one paragraph per line: every non-blank line is a block, and a line
 * repeated on the very next line is one block printed twice. A paragraph repeated after
 * a blank line is left as two paragraphs: that is the reporter's text, not the template.
 */
export function toBlocks(lines: readonly RawLine[]): Block[] {
  const blocks: Block[] = [];
  let previous: RawLine | undefined;
  for (const line of lines) {
    if (line.text !== '') {
      const block = blocks.at(-1);
      if (block && previous?.text === line.text) block.reprintedAt.push(line.number);
      else blocks.push({ line: line.number, text: line.text, indented: line.indented, reprintedAt: [] });
    }
    previous = line;
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
  if (block.reprintedAt.length > 0) return true;
  return block.indented && block.text.length <= MAX_CAPTION_LENGTH && !ENDS_SENTENCE.test(block.text);
}
