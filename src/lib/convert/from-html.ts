import type { Element, Properties, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const NBSP = '\u00a0';

/** Elements that start and end a line of their own, as a browser lays them out. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/**
 * Elements whose text is never article text: code, embedded media, the portal's menus
 * and widgets. `<form>` is one too, with an exception: see {@link isDropped}.
 */
export const DROPPED = new Set([
  'audio',
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'input',
  'math',
  'nav',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

interface Context {
  /** Inside `<article>`, `<header>` and `<footer>` belong to the story (its kicker, its byline). */
  inArticle: boolean;
  inCaption: boolean;
}

const parser = unified().use(rehypeParse);

/**
 * A whole HTML page → its text in the layout of the text dumps, so that one parser reads
 * both: one line per block, a blank line between blocks, `<br>` a line break, and a
 * photo's caption indented by a no-break space (a `<figcaption>`, or the text of a
 * paragraph holding an `<img alt>`). The portal's head, scripts, menus and forms are
 * dropped here; its other chrome (rating widget, footer lines) is left to the text
 * parser's chrome rules, which know the portal. The page's own address (`<link
 * rel="canonical">`, `og:url`) opens the text as `URL: …`, as a scraper prints it: the
 * parser keeps it as the article's old address.
 */
export function fromHtml(html: string): string {
  const layout = new Layout();
  const context: Context = { inArticle: false, inCaption: false };
  const root = parser.parse(html);
  const address = pageAddress(root.children);
  for (const node of root.children) walk(node, layout, context);
  layout.endBlock();
  const text = layout.toText();
  return address ? `URL: ${address}\n\n${text}` : text;
}

/** The address the page gives itself, when it is a web address. */
function pageAddress(nodes: readonly RootContent[]): string | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const { rel, href, property, content } = node.properties;
    const canonical = node.tagName === 'link' && Array.isArray(rel) && rel.includes('canonical') ? href : undefined;
    const og = node.tagName === 'meta' && property === 'og:url' ? content : undefined;
    const url = canonical ?? og;
    if (typeof url === 'string' && /^https?:\/\/\S+$/u.test(url)) return url;
    const inner = pageAddress(node.children);
    if (inner) return inner;
  }
  return undefined;
}

function walk(node: RootContent, layout: Layout, context: Context): void {
  if (node.type === 'text') {
    layout.text(node.value);
    if (context.inCaption) layout.markCaption();
  } else if (node.type === 'element' && !isDropped(node, context)) {
    walkElement(node, layout, context);
  }
}

function walkElement(element: Element, layout: Layout, context: Context): void {
  const tag = element.tagName;
  if (tag === 'br') return layout.lineBreak();
  // An image without alt text is decoration (an icon, a spacer), not a photo with a caption.
  if (tag === 'img') {
    if (element.properties.alt) layout.markCaption();
    return;
  }
  // Table cells share their row's line, set apart by a space.
  if (tag === 'td' || tag === 'th') layout.text(' ');
  const block = BLOCKS.has(tag);
  if (block) layout.endBlock();
  const inner: Context = {
    inArticle: context.inArticle || tag === 'article',
    inCaption: context.inCaption || tag === 'figcaption',
  };
  for (const child of element.children) walk(child, layout, inner);
  if (block) layout.endBlock();
  // The text dumps print a photo's alt text and then its caption, and the parser reads a
  // caption printed twice right after the lead as the featured photo's: a figure whose
  // alt and caption agree is printed twice here too, so both kinds of dump read alike.
  if (tag === 'figure' && hasMatchingAlt(element)) layout.repeatLastLine();
}

function hasMatchingAlt(figure: Element): boolean {
  const image = findElement(figure, 'img');
  const caption = findElement(figure, 'figcaption');
  const alt = typeof image?.properties.alt === 'string' ? collapse(image.properties.alt) : '';
  return alt !== '' && caption !== undefined && collapse(textOf(caption)) === alt;
}

/** The first element named `tagName` inside `element`, depth first. */
export function findElement(element: Element, tagName: string): Element | undefined {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

function textOf(element: Element): string {
  return element.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''))
    .join('');
}

function isDropped(element: Element, context: Context): boolean {
  const { tagName, properties } = element;
  // ASP.NET WebForms wraps the whole page in one <form>: that one holds the story, search and comment boxes do not.
  if (tagName === 'form') return !findElement(element, 'h1');
  if (DROPPED.has(tagName)) return true;
  if ((tagName === 'header' || tagName === 'footer') && !context.inArticle) return true;
  return isHidden(properties);
}

export function isHidden(properties: Properties): boolean {
  if (properties.hidden || properties.ariaHidden === 'true') return true;
  // Portals hide keyword lists and templates with an inline style; other CSS is out of reach and not needed.
  return typeof properties.style === 'string' && /display\s*:\s*none/i.test(properties.style);
}

/** Runs of HTML white space (not the no-break space) collapse to one space, as a browser renders them. */
const collapse = (line: string) => line.replace(/[ \t\n\f\r]+/g, ' ').trim();

/** The text of the page, gathered line by line into blocks. */
class Layout {
  private readonly blocks: string[] = [];
  /** The current block's lines, split at `<br>`. */
  private lines: string[] = [''];
  private caption = false;

  text(value: string): void {
    this.lines[this.lines.length - 1] += value;
  }

  lineBreak(): void {
    this.lines.push('');
  }

  markCaption(): void {
    this.caption = true;
  }

  /**
   * Edges are trimmed of no-break spaces too: editors indent with `&nbsp;`, and a
   * leading no-break space is what tells the text parser that a line is a caption.
   */
  endBlock(): void {
    const lines = this.lines.map(collapse).filter((line) => line !== '');
    if (lines.length > 0) this.blocks.push((this.caption ? NBSP : '') + lines.join('\n'));
    this.lines = [''];
    this.caption = false;
  }

  /** Prints the last line of the last block once more, right under itself. */
  repeatLastLine(): void {
    const last = this.blocks.at(-1);
    if (last !== undefined) this.blocks[this.blocks.length - 1] = `${last}\n${last.split('\n').at(-1)!}`;
  }

  toText(): string {
    return this.blocks.map((block) => `${block}\n`).join('\n');
  }
}

/** A text dump has one paragraph per line; pages put a block tag on about every line, or all on one. */
const MIN_BLOCK_TAGS = 3;
const MAX_LINES_PER_BLOCK_TAG = 2;
const BLOCK_TAG = /<\/?(?:p|div|br)(?=[\s/>])/gi;
const PAGE_START = /^(?:<!doctype\s+html|<html[\s>])/i;

/**
 * Whether a dump is an HTML page rather than text. It is when it starts (after a
 * byte-order mark and white space) with `<!doctype html` or `<html`, or when its
 * `<p>`, `<div>` and `<br>` tags, opening or closing, number at least 3 and at least one
 * for every two non-blank lines. A text dump with a stray tag or a hostile `<script>`
 * line stays text: its lines are paragraphs, and few of them carry a tag.
 */
export function looksLikeHtml(text: string): boolean {
  // trimStart() drops a byte-order mark as well: JavaScript counts U+FEFF as white space.
  if (PAGE_START.test(text.trimStart())) return true;
  const tags = text.match(BLOCK_TAG)?.length ?? 0;
  if (tags < MIN_BLOCK_TAGS) return false;
  const lines = text.split('\n').filter((line) => line.trim() !== '').length;
  return tags * MAX_LINES_PER_BLOCK_TAG >= lines;
}
