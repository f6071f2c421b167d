import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EDITING_DOCS, renderEditingDocs } from '../../../scripts/lib/editing-docs.ts';

describe('docs/editing.md', () => {
  it('is what npm run docs makes from the schema and content/ now', async () => {
    const written = await readFile(EDITING_DOCS, 'utf8');
    expect(written, 'docs/editing.md is out of date: run `npm run docs`').toBe(await renderEditingDocs());
  });

  it('documents every field, with the check’s real words for the three commonest mistakes', async () => {
    const guide = await renderEditingDocs();
    for (const field of ['`title`', '`cover.caption`', '`publishAt`', '`expires`']) expect(guide).toContain(field);
    expect(guide).toContain(
      'content/articles/sai-chuyen-muc.md:4 — category — chuyên mục "tin-moi" không có (unknown category)',
    );
    expect(guide).toContain('content/articles/thieu-tieu-de.md:1 — title — thiếu trường bắt buộc (required)');
    expect(guide).toContain('content/articles/sai-ngay.md:3 — date — "26/10/2019" không đúng dạng');
  });
});
