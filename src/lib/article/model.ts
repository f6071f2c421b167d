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

/** An article between parsing and serialisation: its front matter and its body in order. */
export interface Article {
  /** As written to the file: times as ISO text, never `Date`s. */
  frontMatter: ArticleFrontMatterInput & { date: string; updated?: string; publishAt?: string; expires?: string };
  body: BodyBlock[];
}
