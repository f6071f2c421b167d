import { readdirSync, readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../../src/lib/article/model.ts';
import { convertDump } from '../../../src/lib/convert/convert-dump.ts';
import { STRINGIFY_OPTIONS, toMarkdown } from '../../../src/lib/convert/to-markdown.ts';
import { loadContentRules } from '../support/content.ts';

/** The body as remark-stringify writes it from one mdast tree: what the converter's fast path must equal. */
function remarkBody(body: readonly BodyBlock[]): string {
  const children: RootContent[] = body.map((block) =>
    block.kind === 'paragraph'
      ? { type: 'paragraph', children: [{ type: 'text', value: block.text }] }
      : {
          type: 'html',
          value: toMarkdown({ frontMatter: {} as never, body: [block] })
            .split('---\n\n')[1]!
            .trim(),
        },
  );
  const tree: Root = { type: 'root', children };
  return unified().use(remarkStringify, STRINGIFY_OPTIONS).stringify(tree);
}

const bodyOf = (body: BodyBlock[]) => toMarkdown({ frontMatter: {} as never, body }).slice('---\n---\n\n'.length);

/** A deterministic stream of awkward paragraphs: markdown's punctuation, digits, Vietnamese, spaces. */
function* awkwardParagraphs(count: number): Generator<string> {
  const alphabet = [
    'a',
    'đ',
    'Ư',
    ' ',
    '1',
    '2',
    '.',
    ')',
    '(',
    '-',
    '+',
    '=',
    '*',
    '_',
    '#',
    '<',
    '>',
    '[',
    ']',
    '!',
    '`',
    '~',
    '&',
    ';',
    ':',
    '|',
    '\\',
    '"',
    '“',
    '…',
    'x',
    'ế',
  ];
  // xorshift32: a fixed, well-spread sequence, so every run compares the same paragraphs.
  let state = 20191026;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  for (let n = 0; n < count; n++) {
    const length = 1 + (next() % 12);
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
    yield text.replace(/\s+/g, ' ').trim() || 'a';
  }
}

describe('toMarkdown writes exactly what remark-stringify writes for the whole body', () => {
  it('for every fixture dump and the seed', () => {
    const rules = loadContentRules();
    const dumps = [
      'seeds/000_7fa307ade4fb8d9e.txt',
      ...readdirSync('tests/fixtures/dumps')
        .filter((name) => !name.endsWith('.json'))
        .map((name) => `tests/fixtures/dumps/${name}`),
    ];
    let compared = 0;
    for (const path of dumps) {
      const result = convertDump(readFileSync(path), path, rules);
      if (!result.ok || result.article.body.length === 0) continue;
      expect(bodyOf(result.article.body), path).toBe(remarkBody(result.article.body));
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('for 5 000 paragraphs made of markdown’s punctuation, digits and Vietnamese letters', () => {
    for (const text of awkwardParagraphs(5000)) {
      const body: BodyBlock[] = [{ kind: 'paragraph', text }];
      expect(bodyOf(body), JSON.stringify(text)).toBe(remarkBody(body));
    }
  });
});
