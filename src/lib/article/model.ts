import type { BlockContent } from 'mdast';
import type { ArticleFrontMatterInput } from './schema.ts';

/** A paragraph of body text, exactly as the reporter wrote it. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

/** A photo in the body. The dumps carry only its caption; the image may be added later. */
export interface FigureBlock {
  kind: 'figure';
  caption: string;
  /** The photo file, relative to the article, when it came with the article (a database import). */
  image?: string;
}

/**
 * A block read from an old portal's HTML whose structure is kept (links, emphasis, lists,
 * tables, headings, quotes), as an mdast node: remark writes it, so its escaping is
 * correct by construction.
 */
export interface MarkupBlock {
  kind: 'markup';
  node: BlockContent;
}

/** What a text dump can hold: paragraphs and captioned photos. */
export type TextBlock = ParagraphBlock | FigureBlock;

export type BodyBlock = TextBlock | MarkupBlock;

/** A front-matter value as written to a file: every time as ISO text, never a `Date`. */
type AsWritten<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? AsWritten<Item>[]
    : T extends object
      ? { [Key in keyof T]: AsWritten<T[Key]> }
      : T;

/** An article between parsing and serialisation: its front matter and its body in order. */
export interface Article<Block extends BodyBlock = BodyBlock> {
  frontMatter: AsWritten<ArticleFrontMatterInput>;
  body: Block[];
}
