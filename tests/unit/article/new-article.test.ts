import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  bodyPlaceholderLine,
  BODY_PLACEHOLDER,
  freeArticleName,
  isLeadPlaceholder,
  LEAD_PLACEHOLDER,
  newArticle,
} from '../../../src/lib/article/new-article.ts';
import { articleSchemaFor } from '../../../src/lib/article/schema.ts';

const now = new Date('2026-11-27T01:02:03Z');

describe('newArticle', () => {
  const text = newArticle({ title: 'Hội nghị: "Dân vận khéo" năm 2026', category: 'dan-van', now });
  const [, frontMatter, body] = text.split(/^---$/m);

  it('is a draft the schema accepts, dated now in Vietnam time', () => {
    const data = parse(frontMatter!);
    expect(data).toEqual({
      title: 'Hội nghị: "Dân vận khéo" năm 2026',
      date: '2026-11-27T08:02:03+07:00',
      category: 'dan-van',
      tags: [],
      summary: LEAD_PLACEHOLDER,
      draft: true,
    });
    expect(articleSchemaFor(['dan-van']).safeParse(data).success).toBe(true);
  });

  it('says above each line what the field is for', () => {
    expect(frontMatter).toContain('# Sapo (phần mở đầu)');
    expect(frontMatter!.split('\n').filter((line) => line.startsWith('# '))).toHaveLength(6);
  });

  it('leaves the lead and the body as placeholders the check recognises', () => {
    expect(isLeadPlaceholder(LEAD_PLACEHOLDER)).toBe(true);
    expect(isLeadPlaceholder('Sáng 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị.')).toBe(false);
    expect(body).toBe(`\n\n${BODY_PLACEHOLDER}\n`);
    expect(bodyPlaceholderLine(body!)).toBe(2);
    expect(bodyPlaceholderLine('Đoạn đã viết.')).toBe(-1);
  });
});

describe('freeArticleName', () => {
  it('is the slug when no article has it, else the slug with -2, -3…, case aside', () => {
    expect(freeArticleName('tin-ngan', ['khac'])).toBe('tin-ngan');
    expect(freeArticleName('tin-ngan', ['Tin-Ngan'])).toBe('tin-ngan-2');
    expect(freeArticleName('tin-ngan', ['tin-ngan', 'tin-ngan-2'])).toBe('tin-ngan-3');
  });
});
