/** A photo or a link in an article's body, as the editor wrote it. */
export interface Reference {
  kind: 'image' | 'link';
  /** The path or URL, as written. */
  target: string;
  /** A photo's caption (its alternative text), a link's text. */
  text: string;
  /** 0-based line of the body. */
  line: number;
}

/** `![caption](path "title")` and `[text](url)`, the destination possibly in `<…>`. */
const MARKDOWN = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*>/gi;
const HTML_LINK = /<a\b[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*>/gi;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/**
 * Every photo and link of a markdown body, in order, with its line: markdown syntax and
 * the HTML `<img>` and `<a>` an editor may paste. Code (fenced blocks, `code spans`) is
 * text, not links, so it is skipped.
 */
export function bodyReferences(body: string): Reference[] {
  const references: Reference[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, line) => {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (opening && (!fence || opening.startsWith(fence))) {
      fence = fence ? undefined : opening;
      return;
    }
    if (fence) return;
    const text = raw.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));
    for (const [, bang, label, destination] of text.matchAll(MARKDOWN)) {
      const target = destination!.replace(/^<(.*)>$/, '$1');
      references.push({ kind: bang ? 'image' : 'link', target, text: label!.trim(), line });
    }
    for (const [tag] of text.matchAll(HTML_IMAGE)) {
      const target = attribute(tag, 'src');
      if (target !== undefined) references.push({ kind: 'image', target, text: attribute(tag, 'alt') ?? '', line });
    }
    for (const [, target] of text.matchAll(HTML_LINK))
      references.push({ kind: 'link', target: target!, text: '', line });
  });
  return references;
}
