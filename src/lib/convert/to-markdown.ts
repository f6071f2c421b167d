import type { PhrasingContent, Root, RootContent } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { markdownTable } from 'markdown-table';
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

/** Whether a paragraph written as `text` reads back as exactly that text. */
const isPlainParagraph = (text: string) =>
  !SYNTAX_ANYWHERE.test(text) && !SYNTAX_AT_START.test(text) && !SPACE_AT_END.test(text);

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
  if (isPlainParagraph(text)) return text;
  return stringify([{ type: 'paragraph', children: [{ type: 'text', value: text }] }]);
}

/** Beside a table's syntax (`|`, `:` before `-`), which remark escapes once tables are on, even outside them. */
const TABLE_SYNTAX = /[|]|^:/;
/** A link or photo address remark writes as it is: no space, no bracket, no `&`, `*`, `!` or quote. */
const PLAIN_URL = /^[\p{L}\p{N}\-._~:/?#@$+,;=%]+$/u;
const isWordCharacter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * An attention run (`**…**`, `_…_`) that opens and closes where it stands with no
 * character around it encoded, as mdast-util-to-markdown decides (its encode-info table):
 * never white space inside, and beside a letter outside only a letter inside and `*`.
 */
function attentionHolds(outside: string | undefined, inside: string, marker: '*' | '_'): boolean {
  // Attention right inside attention: remark switches markers.
  if (inside === '' || isSpace(inside) || inside === '*' || inside === '_') return false;
  if (!isWordCharacter(outside)) return true;
  return marker === '*' && isWordCharacter(inside);
}

/**
 * A paragraph of text, bold, italics, links and photos written as remark-stringify writes
 * it with tables on, when no character in it needs escaping or encoding; `undefined`
 * otherwise (remark writes it). Kept from HTML, such paragraphs are most of an imported
 * body, and remark took a third of an import's time.
 */
function phrasingToMarkdown(
  nodes: readonly PhrasingContent[],
  inside: ReadonlySet<'strong' | 'emphasis'> = new Set(),
): string | undefined {
  const parts: string[] = [];
  for (const [index, node] of nodes.entries()) {
    let written: string | undefined;
    if (node.type === 'text') {
      const next = nodes[index + 1];
      // `!` before a link would make it a photo.
      if (node.value.endsWith('!') && next?.type === 'link') return undefined;
      written = SYNTAX_ANYWHERE.test(node.value) || TABLE_SYNTAX.test(node.value) ? undefined : node.value;
    } else if (node.type === 'strong' || node.type === 'emphasis') {
      // Inside itself, its markers could close the outer one: remark picks other markers then.
      if (inside.has(node.type)) return undefined;
      const inner = phrasingToMarkdown(node.children, new Set([...inside, node.type]));
      const marker = node.type === 'strong' ? '*' : '_';
      const nextNode = nodes[index + 1];
      if (inner === undefined || (nextNode && (nextNode.type === 'strong' || nextNode.type === 'emphasis')))
        return undefined;
      const before = parts.at(-1)?.at(-1);
      const after = nextNode?.type === 'text' ? nextNode.value[0] : nextNode ? '[' : undefined;
      if (!attentionHolds(before, inner.at(0) ?? '', marker) || !attentionHolds(after, inner.at(-1) ?? '', marker))
        return undefined;
      written = node.type === 'strong' ? `**${inner}**` : `_${inner}_`;
    } else if (node.type === 'link') {
      const inner = phrasingToMarkdown(node.children, inside);
      const text = node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : '';
      // remark writes a link whose words are its address as `<address>`.
      const autolink = text === node.url || `mailto:${text}` === node.url;
      if (inner === undefined || inner === '' || node.title || autolink || !PLAIN_URL.test(node.url)) return undefined;
      written = `[${inner}](${node.url})`;
    } else if (node.type === 'image') {
      const alt = node.alt ?? '';
      if (node.title || SYNTAX_ANYWHERE.test(alt) || TABLE_SYNTAX.test(alt) || !PLAIN_URL.test(node.url))
        return undefined;
      written = `![${alt}](${node.url})`;
    }
    if (written === undefined) return undefined;
    parts.push(written);
  }
  return parts.join('');
}

/** A paragraph kept from HTML, or a photo, written without remark when it can be. */
function paragraphToMarkdown(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const written = phrasingToMarkdown(node.children);
  // Its start and end as a paragraph's: the characters inside were checked node by node.
  return written !== undefined && written !== '' && !SYNTAX_AT_START.test(written) && !SPACE_AT_END.test(written)
    ? written
    : undefined;
}

/**
 * A table kept from HTML, written as mdast-util-gfm-table writes it (its cells laid out by
 * the same markdown-table call) when every cell can be written without remark. Remark
 * escapes nothing at a cell's start (a pipe stands before it), so the checks of a
 * paragraph's start and end do not apply.
 */
function tableToMarkdown(node: RootContent): string | undefined {
  if (node.type !== 'table') return undefined;
  const matrix: string[][] = [];
  for (const row of node.children) {
    const cells: string[] = [];
    for (const cell of row.children) {
      const written = phrasingToMarkdown(cell.children);
      if (written === undefined) return undefined;
      cells.push(written);
    }
    matrix.push(cells);
  }
  const head = matrix[0];
  if (head) {
    const columns = node.align?.length || Math.max(...matrix.map((cells) => cells.length));
    while (head.length < columns) head.push('');
  }
  return markdownTable(matrix, { align: node.align, fillRows: false });
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
    const written = node && (paragraphToMarkdown(node) ?? tableToMarkdown(node));
    if (node && written === undefined) run.push(node);
    else {
      flush();
      parts.push(written ?? textBlockToMarkdown(block as TextBlock));
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
