import { fieldDocs } from '../../../src/lib/article/fields.ts';
import { articleSchema, articleSchemaFor } from '../../../src/lib/article/schema.ts';
import { readArticle, type CheckedArticle } from '../../../src/lib/check/read-article.ts';

export const CATEGORIES = ['thoi-su', 'dan-van', 'tin-tuc'];
const schema = articleSchemaFor(CATEGORIES);
const fields = fieldDocs(articleSchema);

/** An article file as `npm run check` reads it, from its front-matter lines and its body. */
export function articleText(frontMatter: Record<string, string>, body = 'Nội dung bài.'): string {
  const lines = Object.entries({
    title: '"Hội nghị tổng kết"',
    date: '"2019-10-26T19:18:00+07:00"',
    category: 'dan-van',
    summary: '"Sáng 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị."',
    ...frontMatter,
  }).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

export function readArticleText(text: string, file = 'content/articles/hoi-nghi.md') {
  return readArticle(file, text, schema, fields);
}

/** A checked article: its front matter as given (over a valid default), its body. */
export function checkedArticle(frontMatter: Record<string, string> = {}, body?: string, file?: string): CheckedArticle {
  const read = readArticleText(articleText(frontMatter, body), file);
  if (!read.article) throw new Error(`not an article: ${JSON.stringify(read.problems)}`);
  return read.article;
}
