/** An HTML tag or comment, with quoted attribute values that may hold `>`. */
const TAG = /<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>|<!--[\s\S]*?-->/g;

interface Span {
  start: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

/** The element whose opening tag holds the attribute at `at`, up to its matching closing tag. */
function elementAround(html: string, at: number): Span | undefined {
  const start = html.lastIndexOf('<', at);
  TAG.lastIndex = start;
  const open = TAG.exec(html);
  const name = /^<([a-zA-Z][^\s/>]*)/.exec(open?.[0] ?? '')?.[1];
  if (!open || open.index !== start || !name) return undefined;
  const contentStart = start + open[0].length;
  // Only tags of the same name matter for finding the end; searching for them alone is fast.
  const sameName = new RegExp(`<(/?)${name}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  sameName.lastIndex = contentStart;
  let depth = 1;
  for (let tag = sameName.exec(html); tag; tag = sameName.exec(html)) {
    depth += tag[1] ? -1 : tag[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return { start, contentStart, contentEnd: tag.index, end: sameName.lastIndex };
  }
  return { start, contentStart, contentEnd: html.length, end: html.length };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&[a-z]+;/gi, ' ');
}

export interface IndexedElement {
  /** The element, from its opening tag to its closing tag, as it stands in the page. */
  html: string;
  /** Where its content starts within `html`. */
  contentStart: number;
  /** The words Pagefind indexes from it, as plain text. */
  text: string;
}

/**
 * What Pagefind indexes on a page: the `data-pagefind-body` element, and its text without
 * the parts marked `data-pagefind-ignore`. Undefined for a page with no such element,
 * which Pagefind leaves out of the index.
 */
export function indexedElement(page: string): IndexedElement | undefined {
  const marker = page.indexOf('data-pagefind-body');
  const element = marker < 0 ? undefined : elementAround(page, marker);
  if (!element) return undefined;
  let inner = page.slice(element.contentStart, element.contentEnd);
  for (let ignored = inner.indexOf('data-pagefind-ignore'); ignored >= 0;) {
    const span = elementAround(inner, ignored);
    if (!span) break;
    inner = inner.slice(0, span.start) + ' ' + inner.slice(span.end);
    ignored = inner.indexOf('data-pagefind-ignore', span.start);
  }
  const text = decodeEntities(inner.replace(TAG, ' ')).replace(/\s+/g, ' ').trim();
  return { html: page.slice(element.start, element.end), contentStart: element.contentStart - element.start, text };
}
