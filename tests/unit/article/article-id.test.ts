import { describe, expect, it } from 'vitest';
import { articleIdOf } from '../../../src/lib/article/article-id.ts';

describe('articleIdOf', () => {
  it('is the file name without .md, whatever the folder', () => {
    expect(articleIdOf('content/articles/2019/10/hoi-nghi.md')).toBe('hoi-nghi');
    expect(articleIdOf('hoi-nghi.md')).toBe('hoi-nghi');
  });
});
