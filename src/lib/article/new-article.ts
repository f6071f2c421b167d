import { toYaml } from './front-matter.ts';
import { fieldDocs } from './fields.ts';
import { articleSchema, type ArticleFrontMatterInput } from './schema.ts';
import { instantToVietnamIso } from './vietnam-time.ts';

/**
 * What `npm run new` writes where the editor has still to write. Each starts with words no
 * article would print, which is how `npm run check` knows it was left in.
 */
const LEAD_MARK = 'VIẾT SAPO Ở ĐÂY';
const BODY_MARK = 'VIẾT NỘI DUNG BÀI Ở ĐÂY';
export const LEAD_PLACEHOLDER = `${LEAD_MARK}: một, hai câu tóm tắt bài, in dưới tiêu đề.`;
export const BODY_PLACEHOLDER = `${BODY_MARK}. Mỗi đoạn văn cách nhau một dòng trống.`;

export const isLeadPlaceholder = (summary: string) => summary.includes(LEAD_MARK);
/** The line of `body` (0-based) where the placeholder was left, if it was. */
export const bodyPlaceholderLine = (body: string) => body.split('\n').findIndex((line) => line.includes(BODY_MARK));

/**
 * A new article as `npm run new` writes it: a draft dated now in Vietnam time, every line
 * of its front matter headed by what the field is for, since editors fill it in by hand.
 */
export function newArticle(options: { title: string; category: string; now: Date }): string {
  const frontMatter = {
    title: options.title,
    date: instantToVietnamIso(options.now),
    category: options.category,
    tags: [],
    summary: LEAD_PLACEHOLDER,
    draft: true,
  } satisfies ArticleFrontMatterInput;
  const descriptions = new Map(fieldDocs(articleSchema).map((field) => [field.path, field.description]));
  const lines = Object.entries(frontMatter).map(
    ([key, value]) => `# ${descriptions.get(key)}\n${toYaml({ [key]: value })}`,
  );
  return `---\n${lines.join('')}---\n\n${BODY_PLACEHOLDER}\n`;
}

/**
 * The file name (without `.md`) for a new article: its slug, or the slug with `-2`, `-3`…
 * when an article has that id already. Ids are compared without regard to case, as two
 * files differing only in case are one file on Windows and macOS.
 */
export function freeArticleName(slug: string, takenIds: Iterable<string>): string {
  const taken = new Set(Array.from(takenIds, (id) => id.toLowerCase()));
  let name = slug;
  for (let n = 2; taken.has(name); n++) name = `${slug}-${n}`;
  return name;
}
