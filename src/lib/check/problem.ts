/** One thing wrong in the content, where it is and how to put it right. */
export interface Problem {
  /** As the editor would open it: `content/articles/abc.md`. */
  file: string;
  line: number;
  /** The front-matter field (`cover.image`), or what else is at fault: {@link FILE_NAME}, {@link BODY}. */
  field: string;
  /** What is wrong, in Vietnamese, with the English term in brackets. */
  what: string;
  /** How to put it right. */
  fix: string;
  /** An error stops the build; a warning stops nothing (a draft's gaps, a caption whose photo is lost). */
  severity: 'error' | 'warning';
}

export const FILE_NAME = 'tên tệp (file name)';
export const BODY = 'nội dung (body)';
export const FRONT_MATTER = 'front matter';

/** `file:line — field — what is wrong — how to fix it`: the one line an editor reads. */
export function formatProblem(problem: Problem): string {
  const what = problem.severity === 'warning' ? `cảnh báo (warning): ${problem.what}` : problem.what;
  return `${problem.file}:${problem.line} — ${problem.field} — ${what} — ${problem.fix}`;
}

/** File by file, top to bottom, as an editor works through them. */
export function byPosition(a: Problem, b: Problem): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line;
}
