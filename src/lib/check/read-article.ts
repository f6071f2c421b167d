import type { z } from 'astro/zod';
import { articleIdOf } from '../article/article-id.ts';
import type { FieldDoc } from '../article/fields.ts';
import { FRONT_MATTER_BLOCK } from '../article/front-matter.ts';
import type { ArticleFrontMatter } from '../article/schema.ts';
import { FRONT_MATTER, type Problem } from './problem.ts';
import { issuesToProblems, vietnameseMessages } from './schema-issues.ts';
import { readYaml, type FieldPath } from './yaml-source.ts';

/** An article file's body, whatever its front matter: its photos and links are checked from it alone. */
export interface ArticleBody {
  file: string;
  /** Its id in the content collection, and so its address. */
  id: string;
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
}

/** An article whose front matter is right, with what the later checks need to point at its lines. */
export interface CheckedArticle extends ArticleBody {
  data: ArticleFrontMatter;
  lineOf(path: FieldPath): number;
}

const lineBreaks = (text: string) => text.split('\n').length - 1;

/**
 * One article file read as the content collection reads it and validated with the
 * schema it uses: the article, or the problems that stop it being one. YAML the parser
 * cannot read, or no front matter at all, is one problem, not one per missing field.
 */
export function readArticle(
  file: string,
  text: string,
  schema: z.ZodType<ArticleFrontMatter>,
  fields: readonly FieldDoc[],
): { problems: Problem[]; article?: CheckedArticle; body?: ArticleBody } {
  const match = FRONT_MATTER_BLOCK.exec(text);
  if (!match) {
    const problem: Problem = {
      file,
      line: 1,
      field: FRONT_MATTER,
      what: 'tệp không có phần thông tin đầu bài (missing front matter)',
      fix: 'dòng đầu tiên của tệp phải là ---, rồi các dòng tên: giá trị, rồi một dòng --- (tạo bài bằng npm run new để có mẫu)',
      severity: 'error',
    };
    return { problems: [problem] };
  }
  const [whole, before, yaml] = match as unknown as [string, string, string];
  // The YAML starts on the line of the opening `---`, the body on that of the closing one.
  const yamlLine = lineBreaks(before) + 1;
  const body: ArticleBody = {
    file,
    id: articleIdOf(file),
    body: text.slice(whole.length),
    bodyLine: yamlLine + lineBreaks(yaml),
  };
  // A wrong front matter leaves the body to be checked: every problem is told in one pass.
  const read = readYaml(file, yaml, yamlLine);
  if ('problem' in read) return { problems: [read.problem], body };

  // Astro takes empty front matter for no fields at all.
  const result = schema.safeParse(read.source.data ?? {}, { error: vietnameseMessages, reportInput: true });
  if (!result.success) return { problems: issuesToProblems(result.error.issues, file, read.source, fields), body };
  return { problems: [], article: { ...body, data: result.data, lineOf: read.source.lineOf } };
}
