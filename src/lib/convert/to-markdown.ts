import type { Root, RootContent } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';
import type { Article, BodyBlock, TextBlock } from '../article/model.ts';
import { escapeMarkup } from '../text/escape-markup.ts';
import { toYaml } from '../article/front-matter.ts';

export const STRINGIFY_OPTIONS = { bullet: '-', emphasis: '_', rule: '-' } as const;
const markdown = unified().use(remarkStringify, STRINGIFY_OPTIONS);

/** Tables are GFM's, which the site's markdown renderer reads (remark-gfm's table part, without the rest). */
function gfmTables(this: Processor) {
  const data = this.data();
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), gfmTableToMarkdown()];
}
/** For blocks kept from HTML, which may hold tables: plain paragraphs keep the converter's escaping. */
const markupMarkdown = unified().use(gfmTables).use(remarkStringify, STRINGIFY_OPTIONS);

const stringify = (nodes: RootContent[], processor = markdown) =>
  processor.stringify({ type: 'root', children: nodes } satisfies Root).replace(/\n$/, '');

/** Characters markdown may read as syntax wherever they stand, and line breaks. */
const SYNTAX_ANYWHERE = /[#&*<>[\]\\_`~\n\r]/;
/** What markdown reads as syntax at the start of a paragraph (lists, setext rules), and a leading space. */
const SYNTAX_AT_START = /^(?:[-+=\s]|\d+[.)])/;
const SPACE_AT_END = /\s$/;

/**
 * Most paragraphs hold no character markdown could take for syntax and are written as
 * they are; the others go through remark-stringify as an mdast paragraph, so their
 * escaping is correct by construction. The result is what remark-stringify writes for
 * the whole body (a test holds it to that); escaping every paragraph through remark was
 * a quarter of a 10 000-article conversion.
 */
function textBlockToMarkdown(block: TextBlock): string {
  // Markdown has no figure; an HTML block on one line is one the native renderer passes through as is.
  if (block.kind === 'figure') return `<figure><figcaption>${escapeMarkup(block.caption)}</figcaption></figure>`;
  const { text } = block;
  if (!SYNTAX_ANYWHERE.test(text) && !SYNTAX_AT_START.test(text) && !SPACE_AT_END.test(text)) return text;
  return stringify([{ type: 'paragraph', children: [{ type: 'text', value: text }] }]);
}

/** A block kept from HTML, or a photo with its file: an mdast node. */
function nodeOf(block: BodyBlock): RootContent | undefined {
  if (block.kind === 'markup') return block.node;
  // A photo alone in its paragraph, its caption the alt text: the site renders it as a figure.
  if (block.kind === 'figure' && block.image !== undefined)
    return { type: 'paragraph', children: [{ type: 'image', url: block.image, alt: block.caption }] };
  return undefined;
}

/**
 * The body's blocks as markdown. A run of blocks kept from HTML goes through remark as one
 * tree: remark then keeps two lists in a row apart, and is called once rather than per block.
 */
function bodyToMarkdown(body: readonly BodyBlock[]): string[] {
  const parts: string[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(stringify(run, markupMarkdown));
    run = [];
  };
  for (const block of body) {
    const node = nodeOf(block);
    if (node) run.push(node);
    else {
      flush();
      parts.push(textBlockToMarkdown(block as TextBlock));
    }
  }
  flush();
  return parts;
}

/**
 * Article → the markdown file an editor will own: the front matter, then the body, in
 * which every character markdown would read as syntax (`*`, `#`, `<`, `[`…) is escaped,
 * so it renders as the literal words of the dump.
 */
export function toMarkdown(article: Article): string {
  const frontMatter = toYaml(article.frontMatter);
  const body = article.body.length > 0 ? `\n${bodyToMarkdown(article.body).join('\n\n')}\n` : '';
  return `---\n${frontMatter}---\n${body}`;
}
