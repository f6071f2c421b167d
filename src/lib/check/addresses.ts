import { articleIdOf } from '../article/article-id.ts';
import { freeArticleName } from '../article/new-article.ts';
import { slugOf } from '../article/slug.ts';
import { redirectFile } from '../site/redirect-page.ts';
import { routes } from '../site/routes.ts';
import { FILE_NAME, type Problem } from './problem.ts';
import type { CheckedArticle } from './read-article.ts';

const onFileName = (file: string, problem: Pick<Problem, 'what' | 'fix'>): Problem => ({
  file,
  line: 1,
  field: FILE_NAME,
  ...problem,
  severity: 'error',
});

/**
 * An article's file name is its address: a `.md` the content collection reads (an `.MD`
 * or `.markdown` it skips, silently), made of lower-case letters without marks, digits
 * and hyphens, as the project's slugifier makes them from a title.
 */
export function checkFileNames(files: readonly string[]): Problem[] {
  return files.flatMap((file) => {
    const name = file.replace(/^.*\//, '');
    if (!name.endsWith('.md')) {
      const fixed = `${name.replace(/\.[^.]*$/, '')}.md`;
      return [
        onFileName(file, {
          what: `tệp ${name} không được đăng: đuôi tệp phải là .md, chữ thường (wrong extension)`,
          fix: `đổi tên thành ${fixed}`,
        }),
      ];
    }
    const id = articleIdOf(file);
    const slug = slugOf(id);
    if (slug === id) return [];
    return [
      onFileName(file, {
        what: `tên tệp là địa chỉ của bài nên chỉ gồm chữ thường không dấu, số và gạch nối (invalid file name)`,
        fix: slug ? `đổi tên thành ${slug}.md` : 'đặt tên tệp theo tiêu đề, ví dụ le-hoi-van-hoa-dan-toc.md',
      }),
    ];
  });
}

/**
 * Two files with one id would publish at one address, and the content collection keeps
 * only one of them, with a mere warning. The id is the file name whatever its folder,
 * and names that differ only in case are one file on Windows and macOS: they clash too.
 * The first file (in path order) keeps the address; each other one is named.
 */
export function checkDuplicateIds(files: readonly string[]): Problem[] {
  const ids = files.map(articleIdOf);
  const first = new Map<string, string>();
  return files.flatMap((file) => {
    const id = articleIdOf(file);
    const other = first.get(id.toLowerCase());
    if (other === undefined) {
      first.set(id.toLowerCase(), file);
      return [];
    }
    const caseOnly = articleIdOf(other) !== id ? ', chỉ khác chữ hoa, chữ thường' : '';
    return [
      onFileName(file, {
        what: `cùng địa chỉ ${routes.article(id.toLowerCase())} với ${other}${caseOnly} (duplicate slug)`,
        fix: `đổi tên một trong hai tệp, ví dụ thành ${freeArticleName(slugOf(id), ids)}.md`,
      }),
    ];
  });
}

/**
 * Old addresses: each may lead to one article only, and none may be an address the site
 * writes a file of its own at (`taken`, by the file a static host serves it from, so
 * `/a` and `/a/` are one address). The aliases that pass, by article file.
 */
export function checkAliases(
  articles: readonly CheckedArticle[],
  taken: (file: string) => boolean,
): { problems: Problem[]; kept: ReadonlyMap<string, string[]> } {
  const claimedBy = new Map<string, string>();
  const problems: Problem[] = [];
  const kept = new Map<string, string[]>();
  for (const article of articles) {
    const aliases = article.data.aliases ?? [];
    const ok = aliases.filter((alias, index) => {
      const file = redirectFile(alias);
      const other = claimedBy.get(file);
      const problem = (what: string, fix: string) =>
        problems.push({
          file: article.file,
          line: article.lineOf(['aliases', index]),
          field: 'aliases',
          what,
          fix,
          severity: 'error',
        });
      if (other !== undefined && other !== article.file) {
        problem(
          `địa chỉ cũ ${alias} đã được bài ${other} nhận (duplicate alias)`,
          'một địa chỉ cũ chỉ dẫn đến một bài: xóa dòng này ở một trong hai bài',
        );
        return false;
      }
      if (taken(file)) {
        problem(
          `${alias} là địa chỉ một trang của chính trang web, không phải địa chỉ cũ (alias is a page)`,
          'xóa dòng này',
        );
        return false;
      }
      claimedBy.set(file, article.file);
      return true;
    });
    if (ok.length > 0) kept.set(article.file, ok);
  }
  return { problems, kept };
}
