import type { Image, PhrasingContent, Root as MdastRoot, RootContent, Table, TableCell, TableRow } from 'mdast';

/**
 * The fast reading of the bodies NukeViet's editor saves most: paragraphs of text with
 * spans, fonts, bold, italics, links and photos, captioned figures, and scripts or styles
 * to drop. It builds the mdast tree that rehype-parse and hast-util-to-mdast build for
 * them (white space minified as they minify it), without either: they were most of an
 * import's time. Plain tables (rows of cells of such text) are read the same way; other
 * tables, lists, headings, quotes and divs are handed whole to the full reading; anything
 * else (a `<br>`, a comment, a hidden block, an entity it does not know, HTML a browser
 * would repair) returns `undefined`, and the whole body is read the full way. A test holds
 * the two readings to the same markdown.
 */

interface InlineElement {
  tag: 'transparent' | 'strong' | 'emphasis' | 'link' | 'image';
  attributes: ReadonlyMap<string, string>;
  children: InlineNode[];
}
type InlineNode = string | InlineElement;

/** What each inline tag becomes in mdast; the editor's `<span>` and `<font>` leave only their content. */
const INLINE: Record<string, InlineElement['tag']> = {
  span: 'transparent',
  font: 'transparent',
  strong: 'strong',
  b: 'strong',
  em: 'emphasis',
  i: 'emphasis',
  a: 'link',
};

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITY = /&(?:(nbsp|amp|lt|gt|quot|apos);|#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});)/y;
const NAMED: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** White space as hast-util-minify-whitespace collapses it. */
const WHITESPACE = /[\t\n\v\f\r ]+/g;

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** A tag as the fast reading sees it: its name lower-cased, its attributes' source, where it ends. */
interface Tag {
  closing: boolean;
  selfClosing: boolean;
  name: string;
  rawAttributes: string;
  end: number;
}

/** The tag that starts at `lt` (a `<`); `undefined` when what stands there is not one the fast reading knows. */
function tagAt(html: string, lt: number): Tag | undefined {
  TAG.lastIndex = lt;
  const match = TAG.exec(html);
  if (!match) return undefined;
  const [, closing, rawName, rawAttributes, selfClosing] = match;
  return {
    closing: closing !== '',
    selfClosing: selfClosing !== '',
    name: rawName!.toLowerCase(),
    rawAttributes: rawAttributes!,
    end: TAG.lastIndex,
  };
}
/** Attributes that may hide an element; any other is read only on links and photos. */
const MAY_HIDE = /hidden|display/i;

function attributesOf(source: string, tagName: string): ReadonlyMap<string, string> | undefined {
  if (source === '') return NO_ATTRIBUTES;
  if (tagName !== 'a' && tagName !== 'img' && !MAY_HIDE.test(source))
    return source.includes('&') ? undefined : NO_ATTRIBUTES;
  const attributes = new Map<string, string>();
  for (const [, name, ...values] of source.matchAll(ATTRIBUTE)) {
    const value = values.find((v) => v !== undefined) ?? '';
    // Attributes decode entities their own way; a repeated one keeps its first value.
    if (value.includes('&')) return undefined;
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, value);
  }
  // Hidden blocks are dropped by the full reading.
  if (attributes.has('hidden') || attributes.get('aria-hidden') === 'true') return undefined;
  if (/display\s*:\s*none/i.test(attributes.get('style') ?? '')) return undefined;
  return attributes;
}

/** Text between tags with its character references decoded, or `undefined` for one the fast reading does not know. */
function decodeText(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  let text = '';
  let from = 0;
  for (let at = raw.indexOf('&'); at !== -1; at = raw.indexOf('&', at + 1)) {
    ENTITY.lastIndex = at;
    const match = ENTITY.exec(raw);
    if (!match) {
      // A bare `&` (before a space, a digit…) is text; `&agrave`, `&nbsp` without `;`… are left to parse5.
      if (/[#A-Za-z]/.test(raw.charAt(at + 1))) return undefined;
      continue;
    }
    const [whole, name, decimal, hex] = match;
    let char: string;
    if (name !== undefined) char = NAMED[name]!;
    else {
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
      // Control characters, surrogates and the C1 range parse5 maps to other characters.
      if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
        return undefined;
      char = String.fromCodePoint(code);
    }
    text += raw.slice(from, at) + char;
    from = at + whole.length;
  }
  return text + raw.slice(from);
}

interface Figure {
  src: string;
  alt: string;
  caption: string | undefined;
}
/** A block read apart: its HTML, and a plain table's cells (else the full reading reads it). */
interface WholeBlock {
  html: string;
  rows?: InlineNode[][][];
}
type Block = InlineNode[] | Figure | WholeBlock;

/**
 * Blocks read the full way one by one, the rest of the body still read fast: block-level
 * in HTML, so white space around them is dropped and nothing outside them changes how
 * they read. A `<div>` of text reads as the paragraphs it wraps, alone as in a body.
 */
const READ_WHOLE = new Set(['table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'div']);
/** What could hide a closing tag from a count of tags, or hold raw text. */
const RAW_TEXT = /<(?:script|style|textarea|title|xmp|plaintext|noscript|noembed|noframes|iframe)[\s>/]|<!/i;

/** Where the element opened just before `from` ends (after its closing tag), counting nested ones of its name. */
function endOfElement(html: string, name: string, from: number): number | undefined {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth !== 0) continue;
    const inside = html.slice(from, tag.index);
    return RAW_TEXT.test(inside) || !formattingClosed(inside) ? undefined : tags.lastIndex;
  }
  return undefined;
}

const FORMATTING = /<(\/?)(a|b|big|code|em|font|i|nobr|s|small|strike|strong|tt|u)(?=[\s/>])/gi;

/** Whether bold, italics, links… all close in order inside: a browser carries one left open on to the next blocks. */
function formattingClosed(html: string): boolean {
  const open: string[] = [];
  for (const [, closing, name] of html.matchAll(FORMATTING)) {
    const tagName = name!.toLowerCase();
    if (!closing) open.push(tagName);
    else if (open.pop() !== tagName) return false;
  }
  return open.length === 0;
}

type OpenElement = InlineElement & { name: string };

/**
 * An inline tag in a paragraph or a cell, `content` being what holds text there now:
 * the element opened (added to `content` and `open`) or closed; `false` for a tag or a
 * nesting the fast reading leaves to the full one (and a photo, where `photos` is false).
 */
function inlineTag(
  { closing, selfClosing, name }: Tag,
  attributes: ReadonlyMap<string, string>,
  content: InlineNode[],
  open: OpenElement[],
  photos: boolean,
): boolean {
  if (name === 'img') {
    if (closing || !photos) return false;
    content.push({ tag: 'image', attributes, children: [] });
    return true;
  }
  if (!(name in INLINE)) return false;
  if (closing) return open.pop()?.name === name;
  if (selfClosing || (name === 'a' && open.some((element) => element.name === 'a'))) return false;
  const element = { name, tag: INLINE[name]!, attributes, children: [] };
  content.push(element);
  open.push(element);
  return true;
}

/**
 * Attributes a table's parts may carry and still read as a plain table: any other
 * (`align`, `colspan`, `rowspan`, `nowrap`, `hidden`…) changes how it reads.
 */
const TABLE_ATTRIBUTE = /^(?:class|style|width|height|border|cellpadding|cellspacing|valign|bgcolor)$/i;

function plainTableAttributes(source: string, name: string): boolean {
  if (!attributesOf(source, name)) return false;
  for (const [, attribute] of source.matchAll(ATTRIBUTE)) if (!TABLE_ATTRIBUTE.test(attribute!)) return false;
  return true;
}

/**
 * A plain table, from after its `<table>` tag: rows (in a `<tbody>` or not) of `<td>`
 * cells of inline content, and where it ends (after `</table>`); `undefined` for any
 * other shape (a heading cell, a photo, a block, a table in a cell, text between cells,
 * a tag left open), which the full reading reads.
 */
function readTable(html: string, from: number): { rows: InlineNode[][][]; end: number } | undefined {
  const rows: InlineNode[][][] = [];
  let row: InlineNode[][] | undefined;
  let cell: InlineNode[] | undefined;
  const open: OpenElement[] = [];
  let body: 'before' | 'in' | 'after' = 'before';
  let at = from;
  for (;;) {
    const lt = html.indexOf('<', at);
    if (lt === -1) return undefined;
    if (lt > at) {
      const text = decodeText(html.slice(at, lt));
      if (text === undefined) return undefined;
      if (cell) (open.at(-1)?.children ?? cell).push(text);
      else if (text.replace(WHITESPACE, '') !== '') return undefined;
    }
    const tag = tagAt(html, lt);
    if (!tag) return undefined;
    at = tag.end;
    const { closing, selfClosing, name, rawAttributes } = tag;
    if (cell && !(closing && name === 'td')) {
      const attributes = attributesOf(rawAttributes, name);
      if (!attributes || !inlineTag(tag, attributes, open.at(-1)?.children ?? cell, open, false)) return undefined;
      continue;
    }
    if (selfClosing || !plainTableAttributes(rawAttributes, name)) return undefined;
    if (name === 'td') {
      if (closing) {
        if (open.length > 0) return undefined;
        row!.push(cell!);
        cell = undefined;
      } else if (row) cell = [];
      else return undefined;
    } else if (name === 'tr') {
      if (closing ? !row || row.length === 0 : row || body === 'after') return undefined;
      if (closing) rows.push(row!);
      row = closing ? undefined : [];
    } else if (name === 'tbody') {
      if (row || (closing ? body !== 'in' : body !== 'before' || rows.length > 0)) return undefined;
      body = closing ? 'after' : 'in';
    } else if (name === 'table' && closing && !row && rows.length > 0) return { rows, end: at };
    else return undefined;
  }
}

/** The body as top-level blocks: paragraphs' inline content, figures; `undefined` outside the fast reading's shapes. */
function tokenize(html: string): Block[] | undefined {
  const blocks: Block[] = [];
  /** The open `<p>` (its content) and the inline elements open in it. */
  let paragraph: InlineNode[] | undefined;
  const open: OpenElement[] = [];
  let figure: (Figure & { state: 'start' | 'image' | 'caption' | 'captioned' }) | undefined;
  const contentNow = () => open.at(-1)?.children ?? paragraph;

  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const end = lt === -1 ? html.length : lt;
    if (end > at) {
      const text = decodeText(html.slice(at, end));
      if (text === undefined) return undefined;
      const blank = text.replace(WHITESPACE, '') === '';
      if (figure) {
        if (figure.state === 'caption') figure.caption += text;
        else if (!blank) return undefined;
      } else if (paragraph) contentNow()!.push(text);
      else if (!blank) return undefined;
    }
    if (lt === -1) break;
    const tag = tagAt(html, lt);
    if (!tag) return undefined;
    at = tag.end;
    const { closing, selfClosing, name, rawAttributes } = tag;
    const attributes = attributesOf(rawAttributes, name);
    if (!attributes) return undefined;

    if (name === 'script' || name === 'style') {
      if (closing || selfClosing || paragraph || figure) return undefined;
      const close = html.toLowerCase().indexOf(`</${name}`, at);
      if (close === -1) return undefined;
      const end = tagAt(html, close)?.end;
      if (end === undefined) return undefined;
      at = end;
      continue;
    }

    if (figure) {
      if (name === 'img' && !closing && figure.state === 'start') {
        const src = attributes.get('src') ?? attributes.get('data') ?? '';
        Object.assign(figure, { src, alt: attributes.get('alt') ?? '', state: 'image' });
      } else if (name === 'figcaption' && !closing && !selfClosing && figure.state === 'image')
        Object.assign(figure, { caption: '', state: 'caption' });
      else if (name === 'figcaption' && closing && figure.state === 'caption') figure.state = 'captioned';
      else if (figure.state === 'caption' && name in INLINE && name !== 'a' && !selfClosing) continue;
      else if (name === 'figure' && closing && figure.state !== 'start' && figure.state !== 'caption') {
        const { src, alt, caption } = figure;
        blocks.push({ src, alt, caption });
        figure = undefined;
      } else return undefined;
      continue;
    }

    if (!paragraph) {
      if (closing || selfClosing) return undefined;
      if (name === 'p') paragraph = [];
      else if (name === 'figure') figure = { src: '', alt: '', caption: undefined, state: 'start' };
      else if (READ_WHOLE.has(name)) {
        const table = name === 'table' && plainTableAttributes(rawAttributes, name) ? readTable(html, at) : undefined;
        const end = table?.end ?? endOfElement(html, name, at);
        if (end === undefined) return undefined;
        blocks.push({ html: html.slice(lt, end), ...(table && { rows: table.rows }) });
        at = end;
      } else return undefined;
      continue;
    }

    if (name === 'p') {
      if (!closing || open.length > 0) return undefined;
      blocks.push(paragraph);
      paragraph = undefined;
    } else if (!inlineTag(tag, attributes, contentNow()!, open, true)) return undefined;
  }
  return paragraph || figure ? undefined : blocks;
}

/**
 * hast-util-minify-whitespace over a paragraph's inline content (no block or hidden
 * element in it): runs of white space become one space, and a space is dropped at the
 * paragraph's edges and after another. Returns whether a space right after may be dropped.
 */
function minify(nodes: InlineNode[], before: boolean, after: boolean): boolean {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (typeof node === 'string') {
      const value = node.replace(WHITESPACE, ' ');
      let start = 0;
      let end = value.length;
      let stripAtStart = false;
      if (before && value.startsWith(' ')) start++;
      if (start !== end && value.endsWith(' ')) {
        if (collapsibleAfter(nodes, index, after)) end--;
        else stripAtStart = true;
      }
      if (start === end) {
        nodes.splice(index--, 1);
        continue;
      }
      nodes[index] = value.slice(start, end);
      before = stripAtStart;
    } else if (node.tag === 'image') before = false;
    else before = minify(node.children, before, collapsibleAfter(nodes, index, after));
  }
  return before || after;
}

/** Whether nothing but white space follows `index` up to the end of the paragraph. */
function collapsibleAfter(nodes: InlineNode[], index: number, after: boolean): boolean {
  const found = boundaryAfter(nodes, index);
  return found ?? after;
}

function boundaryAfter(nodes: InlineNode[], index: number): boolean | undefined {
  for (let next = index + 1; next < nodes.length; next++) {
    const node = nodes[next]!;
    if (typeof node === 'string') {
      if (node.replace(WHITESPACE, '') !== '') return false;
    } else if (node.tag === 'image') return false;
    else {
      const inside = boundaryAfter(node.children, -1);
      if (inside !== undefined) return inside;
    }
  }
  return undefined;
}

/** The inline content as hast-util-to-mdast makes it; `undefined` for an element left empty or a link it cannot keep. */
function phrasing(nodes: InlineNode[]): PhrasingContent[] | undefined {
  const result: PhrasingContent[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      const last = result.at(-1);
      if (last?.type === 'text') last.value += node;
      else result.push({ type: 'text', value: node });
      continue;
    }
    const { tag, attributes } = node;
    if (tag === 'image') {
      const url = attributes.get('src') ?? '';
      if (url === '' || attributes.has('title')) return undefined;
      // hast-util-to-mdast collapses and trims HTML's white space (not the no-break space) in alt text.
      const alt = (attributes.get('alt') ?? '').replace(WHITESPACE, ' ').replace(/^ | $/g, '');
      result.push({ type: 'image', url, title: null, alt });
      continue;
    }
    const children = phrasing(node.children);
    if (!children) return undefined;
    if (tag === 'transparent') {
      for (const child of children) {
        const last = result.at(-1);
        if (child.type === 'text' && last?.type === 'text') last.value += child.value;
        else result.push(child);
      }
    } else if (children.length === 0) return undefined;
    else if (tag === 'link') {
      const url = attributes.get('href') ?? '';
      // The full reading drops script links (keeping their words); a titled link keeps its title.
      if (url === '' || attributes.has('title') || /^\s*(?:javascript|vbscript|data):/i.test(url)) return undefined;
      result.push({ type: 'link', url, title: null, children });
    } else result.push({ type: tag, children } as PhrasingContent);
  }
  return result;
}

/** A paragraph's text trimmed of spaces and tabs at its edges, as hast-util-to-mdast trims it. */
function trimEdges(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[\t ]+/, '');
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/[\t ]+$/, '');
  return children.filter((child) => child.type !== 'text' || child.value !== '');
}

/**
 * A plain table as hast-util-to-mdast makes it: an empty heading row on top (the HTML
 * marks none), every row as wide as the widest, no alignment; `undefined` when a cell
 * holds what `phrasing` leaves to the full reading.
 */
function tableOf(rows: InlineNode[][][]): Table | undefined {
  const columns = Math.max(...rows.map((row) => row.length));
  const tableRows: TableRow[] = [{ type: 'tableRow', children: [] }];
  for (const row of rows) {
    const cells: TableCell[] = [];
    for (const cell of row) {
      minify(cell, true, true);
      const content = phrasing(cell);
      if (!content) return undefined;
      cells.push({ type: 'tableCell', children: content });
    }
    tableRows.push({ type: 'tableRow', children: cells });
  }
  for (const { children } of tableRows)
    while (children.length < columns) children.push({ type: 'tableCell', children: [] });
  return { type: 'table', align: Array<null>(columns).fill(null), children: tableRows };
}

/** Runs of HTML white space (not the no-break space) collapse to one space, as a browser renders them. */
export const collapse = (text: string) => text.replace(/[ \t\n\f\r]+/g, ' ').trim();

/**
 * The mdast tree of a body in the shapes NukeViet's editor saves most, equal to what
 * rehype-parse, the importer's cleaning and hast-util-to-mdast make of it (figures as the
 * importer's figure handler makes them); its plain tables too, its other tables, lists,
 * headings, quotes and divs read one by one by `readWhole` (the full way); `undefined` for
 * any other body.
 */
export function readSimpleHtml(html: string, readWhole: (html: string) => RootContent[]): MdastRoot | undefined {
  // parse5 reads a vertical tab and a NUL its own way: rare enough to leave to it. Line ends it makes `\n`.
  if (/[\v\0]/.test(html)) return undefined;
  const blocks = tokenize(html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html);
  if (!blocks) return undefined;
  const children: RootContent[] = [];
  for (const block of blocks) {
    if ('html' in block) {
      const table = block.rows && tableOf(block.rows);
      if (table) children.push(table);
      else children.push(...readWhole(block.html));
      continue;
    }
    if (!Array.isArray(block)) {
      // The caption as minified (HTML white space only), else the alt text; then collapsed, as the figure handler does.
      const caption = (block.caption ?? '').replace(WHITESPACE, ' ').replace(/^ | $/g, '');
      const alt = collapse(caption || block.alt);
      const image: Image = { type: 'image', url: block.src, alt };
      children.push({ type: 'paragraph', children: [image] });
      continue;
    }
    minify(block, true, true);
    const content = phrasing(block);
    if (!content) return undefined;
    const trimmed = trimEdges(content);
    if (trimmed.length > 0) children.push({ type: 'paragraph', children: trimmed });
  }
  return { type: 'root', children };
}
