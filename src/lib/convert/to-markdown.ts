import type { Root, RootContent } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import type { Article, BodyBlock } from '../article/model.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]!);
}

function toMdast(block: BodyBlock): RootContent {
  if (block.kind === 'paragraph') return { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
  // Markdown has no figure; an HTML block on one line is one the native renderer passes through as is.
  return { type: 'html', value: `<figure><figcaption>${escapeHtml(block.caption)}</figcaption></figure>` };
}

const markdown = unified().use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/**
 * Article → the markdown file an editor will own. The body is built as an mdast tree
 * and stringified, so every character markdown would read as syntax (`*`, `#`, `<`,
 * `[`…) comes out escaped and renders as the literal words of the dump.
 */
export function toMarkdown(article: Article): string {
  // Every value quoted: a title such as `2019-10-26` or `yes` must read back as text in
  // every YAML reader (Astro's and gray-matter's resolve plain scalars by YAML 1.1 rules).
  const frontMatter = stringifyYaml(article.frontMatter, {
    lineWidth: 0,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
  });
  const tree: Root = { type: 'root', children: article.body.map(toMdast) };
  const body = article.body.length > 0 ? `\n${markdown.stringify(tree)}` : '';
  return `---\n${frontMatter}---\n${body}`;
}
