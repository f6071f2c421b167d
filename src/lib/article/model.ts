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
}

export type BodyBlock = ParagraphBlock | FigureBlock;

/** A front-matter value as written to a file: every time as ISO text, never a `Date`. */
type AsWritten<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? AsWritten<Item>[]
    : T extends object
      ? { [Key in keyof T]: AsWritten<T[Key]> }
      : T;

/** An article between parsing and serialisation: its front matter and its body in order. */
export interface Article {
  frontMatter: AsWritten<ArticleFrontMatterInput>;
  body: BodyBlock[];
}
