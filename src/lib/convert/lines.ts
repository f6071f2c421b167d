/** One line of a dump, as the parser sees it. */
export interface RawLine {
  /** 1-based line number in the file, for messages an editor can act on. */
  number: number;
  /** The line in NFC with runs of white space (no-break spaces included) folded to one space and trimmed. */
  text: string;
  /**
   * The line began with white space. In NukeViet dumps a photo's caption sits in the
   * same paragraph as its `<img>`, which leaves a no-break space in front of it.
   */
  indented: boolean;
  /** Known to be a photo's caption whatever its shape (it came out of a WordPress `[caption]`). */
  caption?: boolean;
}

/** White space that folding changes inside a line: a run, or anything but a plain space. */
const FOLDABLE_SPACE = /\s\s|[^\S ]/;

/**
 * Text → lines. NFC first, so `ệ` typed as `e` + two combining marks and `ệ` as one
 * code point compare, search and slug the same.
 */
export function toLines(text: string): RawLine[] {
  return text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({
      number: index + 1,
      text: FOLDABLE_SPACE.test(line) ? line.replace(/\s+/g, ' ').trim() : line.trim(),
      indented: /^\s/.test(line) && line.trim() !== '',
    }));
}
