import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { BlockContent, Image, Root as MdastRoot, Nodes, Paragraph, PhrasingContent, Table } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { BodyBlock } from '../article/model.ts';
import { DROPPED, findElement, isHidden } from '../convert/from-html.ts';
import { collapse, readSimpleHtml } from './simple-html.ts';

/** Where a photo of the old portal goes in the new site: a path from the article, or why it cannot. */
export type PlacedImage = { path: string } | { reason: string };
export type PlaceImage = (src: string) => PlacedImage;

export interface ImportedBody {
  blocks: BodyBlock[];
  /** What was left out or could not be brought over, one line each, for the report. */
  warnings: string[];
}

const parser = unified().use(rehypeParse, { fragment: true });

/** Embedded media: no text of the article, but a reader would miss them, so each is named in the report. */
const EMBEDS = new Set(['iframe', 'video', 'audio', 'object', 'embed']);

function textOf(node: HastContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && node.tagName === 'br') return ' ';
  return node.children.map(textOf).join('');
}

const srcOf = (element: Element) => String(element.properties.src ?? element.properties.data ?? '');

/**
 * The portal's scripts, styles, hidden blocks and embeds removed, as the converter drops
 * them from a page; a link to `javascript:` keeps its words and loses the link.
 */
function clean(parent: HastRoot | Element, warnings: string[]): void {
  const kept: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'comment') continue;
    if (child.type !== 'element') {
      kept.push(child);
      continue;
    }
    if (EMBEDS.has(child.tagName)) warnings.push(`bỏ nội dung nhúng <${child.tagName}> ${srcOf(child)}`.trimEnd());
    if (DROPPED.has(child.tagName) || isHidden(child.properties)) continue;
    clean(child, warnings);
    if (child.tagName === 'a' && /^\s*(?:javascript|vbscript|data):/i.test(String(child.properties.href ?? ''))) {
      kept.push(...child.children);
      continue;
    }
    kept.push(child);
  }
  parent.children = kept;
}

/** A `<figure>` with a photo is that photo, its `<figcaption>` the caption (else its alt text). */
function figureNode(element: Element): Paragraph | undefined {
  const image = findElement(element, 'img');
  if (!image) return undefined;
  const caption = findElement(element, 'figcaption');
  const alt = collapse((caption ? textOf(caption) : '') || String(image.properties.alt ?? ''));
  return { type: 'paragraph', children: [{ type: 'image', url: srcOf(image), alt }] };
}

const isBlank = (node: PhrasingContent) => (node.type === 'text' && node.value.trim() === '') || node.type === 'break';

/** A paragraph's content cut at each photo (a photo in a link is the photo), in order. */
function splitAtImages(children: PhrasingContent[]): (PhrasingContent[] | Image)[] {
  const parts: (PhrasingContent[] | Image)[] = [[]];
  const current = () => parts.at(-1) as PhrasingContent[];
  for (const child of children) {
    if (child.type === 'image') {
      parts.push(child, []);
    } else if (child.type === 'link' && child.children.some((inner) => inner.type === 'image')) {
      const inside = splitAtImages(child.children);
      for (const part of inside) {
        if (!Array.isArray(part)) parts.push(part, []);
        else if (part.some((node) => !isBlank(node)))
          current().push({ ...child, children: part as typeof child.children });
      }
    } else {
      current().push(child);
    }
  }
  return parts;
}

/** Photos anywhere inside a block (a table, a list) are taken out of it, in order, to follow it as figures. */
function takeImages(node: Nodes, found: Image[]): void {
  if (!('children' in node)) return;
  const parent = node as { children: Nodes[] };
  parent.children = parent.children.filter((child) => {
    if (child.type === 'image') {
      found.push(child);
      return false;
    }
    takeImages(child, found);
    return true;
  });
}

/** Trims a paragraph's edges and returns it as plain text when it holds nothing but text. */
function paragraphBlock(children: PhrasingContent[]): BodyBlock | undefined {
  while (children.length > 0 && isBlank(children[0]!)) children.shift();
  while (children.length > 0 && isBlank(children.at(-1)!)) children.pop();
  // Emphasis or a link around nothing (`<em><!-- --></em>`) would be written as an empty paragraph.
  if (children.every(isEmpty)) return undefined;
  const first = children[0]!;
  const last = children.at(-1)!;
  if (first.type === 'text') first.value = first.value.replace(/^[\s\u00a0]+/, '');
  if (last.type === 'text') last.value = last.value.replace(/[\s\u00a0]+$/, '');
  if (children.every((child) => child.type === 'text')) {
    const text = children.map((child) => (child as { value: string }).value).join('');
    return text === '' ? undefined : { kind: 'paragraph', text };
  }
  return { kind: 'markup', node: { type: 'paragraph', children } };
}

/** How a body's HTML becomes an mdast tree, with the warnings of what it dropped. */
export type ReadHtml = (html: string, warnings: string[]) => MdastRoot;

/** The full reading: rehype-parse, the portal's markup cleaned away, hast-util-to-mdast. */
export const readHtmlFully: ReadHtml = (html, warnings) => {
  const tree = parser.parse(html);
  clean(tree, warnings);
  return toMdast(tree, { handlers: { figure: (_state, element) => figureNode(element) } }) as MdastRoot;
};

/**
 * The common bodies read the fast way (same tree, a test holds them to it), their tables
 * and lists the full way; any other body the full way. The warnings of blocks read whole
 * count only when the fast reading holds, else the full one names them again.
 */
const readHtml: ReadHtml = (html, warnings) => {
  const found: string[] = [];
  const tree = readSimpleHtml(html, (part) => readHtmlFully(part, found).children);
  if (!tree) return readHtmlFully(html, warnings);
  warnings.push(...found);
  return tree;
};

/**
 * The HTML body of an article, as NukeViet's editor saved it → body blocks: paragraphs,
 * headings, lists, tables, quotes and links kept (through hast → mdast, so remark writes
 * and escapes them); the portal's markup (spans, fonts, classes, inline styles), scripts,
 * hidden blocks and embeds dropped; each photo a figure of its own with its caption
 * (`<figcaption>`, else its alt text), placed by `placeImage`. A photo with no caption, or
 * one that cannot be placed, is named in the warnings: the figure keeps its caption alone.
 */
export function bodyFromHtml(html: string, placeImage: PlaceImage, read: ReadHtml = readHtml): ImportedBody {
  const warnings: string[] = [];
  const mdast = read(html, warnings);
  const blocks: BodyBlock[] = [];

  const figure = (image: Image) => {
    const caption = collapse(image.alt ?? '');
    if (caption === '') {
      warnings.push(`ảnh không có chú thích (alt, figcaption), bỏ khỏi bài: ${image.url}`);
      return;
    }
    const placed = placeImage(image.url);
    if ('reason' in placed) warnings.push(`ảnh ${image.url}: ${placed.reason}; chỉ giữ chú thích`);
    blocks.push({ kind: 'figure', caption, ...('path' in placed && { image: placed.path }) });
  };

  for (const node of mdast.children) {
    if (node.type === 'paragraph') {
      for (const part of splitAtImages(node.children)) {
        if (!Array.isArray(part)) figure(part);
        else {
          const block = paragraphBlock(part);
          if (block) blocks.push(block);
        }
      }
      continue;
    }
    const images: Image[] = [];
    takeImages(node, images);
    if (node.type === 'table') dropEmptyHeader(node);
    if (node.type !== 'html' && !isEmpty(node)) blocks.push({ kind: 'markup', node: node as BlockContent });
    images.forEach(figure);
  }
  return { blocks, warnings };
}

/**
 * Markdown tables need a header row. The portal's tables rarely mark one (`<th>`), and
 * hast-util-to-mdast then adds an empty row on top: the table's own first row heads it instead.
 */
function dropEmptyHeader(table: Table): void {
  if (table.children.length > 1 && isEmpty(table.children[0]!)) table.children.shift();
}

function isEmpty(node: Nodes): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  if (node.type === 'thematicBreak' || node.type === 'image') return false;
  if (!('children' in node)) return 'value' in node ? String(node.value).trim() === '' : false;
  return (node.children as Nodes[]).every(isEmpty);
}

/** Text that may hold HTML (NukeViet stores titles with entities, and leads may carry tags) → plain text. */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return collapse(html);
  const tree = parser.parse(html);
  clean(tree, []);
  return collapse(textOf(tree).replace(/\u00a0/g, ' '));
}
