import { describe, expect, it } from 'vitest';
import { dSpelling, withoutMarks } from '../../../src/lib/search/fold.ts';

describe('withoutMarks and dSpelling', () => {
  it('drop tone and vowel marks but keep đ, which has no decomposition', () => {
    expect(withoutMarks('ĐẢNG Viên được')).toBe('đang vien đuoc');
  });

  it('spell đ as d in either case, touching nothing else', () => {
    expect(dSpelling('Đảng đường')).toBe('Dảng dường');
  });
});
