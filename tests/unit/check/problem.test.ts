import { describe, expect, it } from 'vitest';
import { byPosition, formatProblem, type Problem } from '../../../src/lib/check/problem.ts';

const problem = (file: string, line: number, severity: Problem['severity'] = 'error'): Problem => ({
  file,
  line,
  field: 'category',
  what: 'chuyên mục "tin-moi" không có (unknown category)',
  fix: 'dùng một trong: thoi-su, dan-van',
  severity,
});

describe('problems', () => {
  it('print as file:line — field — what is wrong — how to fix it', () => {
    expect(formatProblem(problem('content/articles/abc.md', 4))).toBe(
      'content/articles/abc.md:4 — category — chuyên mục "tin-moi" không có (unknown category) — dùng một trong: thoi-su, dan-van',
    );
  });

  it('say so when they are warnings', () => {
    expect(formatProblem(problem('a.md', 1, 'warning'))).toContain(' — cảnh báo (warning): chuyên mục');
  });

  it('sort by file, then by line', () => {
    const sorted = [problem('b.md', 1), problem('a.md', 10), problem('a.md', 2)].sort(byPosition);
    expect(sorted.map((p) => `${p.file}:${p.line}`)).toEqual(['a.md:2', 'a.md:10', 'b.md:1']);
  });
});
