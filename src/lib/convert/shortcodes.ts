import { fromHtml } from './from-html.ts';
import type { RawLine } from './lines.ts';

/** `[caption id=… align=… width=…]<img … /> Caption text[/caption]`, WordPress's photo with caption. */
const CAPTION_SHORTCODE = /^\[caption\b[^\]]*\](?<inner>.*)\[\/caption\]$/iu;

/**
 * Turns a WordPress caption shortcode line into its caption, marked as one. Only the
 * shortcode's brackets are matched here; the HTML inside goes through rehype like any
 * HTML dump, so the image contributes nothing and the caption's text comes out as read.
 */
export function readShortcodes(lines: readonly RawLine[]): RawLine[] {
  return lines.map((line) => {
    const inner = CAPTION_SHORTCODE.exec(line.text)?.groups?.inner;
    if (inner === undefined) return line;
    const caption = fromHtml(inner).replace(/\s+/gu, ' ').trim();
    return { ...line, text: caption, caption: caption !== '' };
  });
}
