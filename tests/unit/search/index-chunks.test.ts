import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunksForQuery, indexChunksOf, pagefindTerms, type IndexChunk } from '../../../src/lib/search/index-chunks.ts';

/** Words enough for Pagefind to split its index into several chunks. */
const WORDS = Array.from({ length: 4000 }, (_, at) => `${'bcdđghklmnpqrstvx'[at % 17]}${at.toString(36)}`);

let files: { path: string; content: Uint8Array }[] = [];

beforeAll(async () => {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (let page = 0; page < 40; page++) {
    const content = Array.from({ length: 2000 }, (_, at) => WORDS[(at * 7 + page * 13) % WORDS.length]).join(' ');
    await index!.addCustomRecord({ url: `/bai-viet/${page}/`, content, language: 'vi' });
  }
  ({ files } = await index!.getFiles());
}, 60_000);

afterAll(async () => {
  await pagefind.close();
});

describe('indexChunksOf', () => {
  it('reads the index chunks from metadata Pagefind wrote, in order, each a file of the index', () => {
    const meta = files.find((file) => file.path.endsWith('.pf_meta'))!;
    const chunks = indexChunksOf(gunzipSync(meta.content));
    expect(chunks.length).toBeGreaterThan(1);
    for (const [at, chunk] of chunks.entries()) {
      expect(chunk.from <= chunk.to, JSON.stringify(chunk)).toBe(true);
      if (at > 0) expect(chunks[at - 1]!.to < chunk.from).toBe(true);
      expect(files.map((file) => file.path)).toContain(`index/${chunk.hash}.pf_index`);
    }
  });

  it('refuses what is not Pagefind metadata', () => {
    expect(() => indexChunksOf(new TextEncoder().encode('{"version":"1.6.0"}'))).toThrow(/signature/);
    const wrongShape = new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), 0x81, 0x01]);
    expect(() => indexChunksOf(wrongShape)).toThrow(/index chunks/);
  });
});

describe('chunksForQuery', () => {
  const chunks: IndexChunk[] = [
    { from: 'a', to: 'cuu', hash: 'one' },
    { from: 'd', to: 'dong', hash: 'two' },
    { from: 'du', to: 'nhan', hash: 'three' },
    { from: 'nhanh', to: 'xa', hash: 'four' },
    { from: 'đa', to: 'đuoc', hash: 'five' },
  ];

  it('folds the query as Pagefind does: lower case, no marks, no punctuation, đ kept', () => {
    expect(pagefindTerms('  Đảng viên, ĐƯỢC khen!  ')).toEqual(['đang', 'vien', 'đuoc', 'khen']);
    expect(pagefindTerms('"dân vận"')).toEqual(['dan', 'van']);
    expect(pagefindTerms('snake_case')).toEqual(['snake_case']);
  });

  it('takes for each word the chunks whose range holds it, each chunk once', () => {
    expect(chunksForQuery('dân vận', chunks)).toEqual(['four', 'two']);
    expect(chunksForQuery('được đảng', chunks)).toEqual(['five']);
    expect(chunksForQuery('cao', chunks)).toEqual(['one']);
  });

  it('takes, for a word no range holds, the chunks it could extend into', () => {
    // `nhan` < `nhana` < `nhanh`: between two ranges; to the length of their ends, only the first holds it.
    expect(chunksForQuery('nhana', chunks)).toEqual(['three']);
    expect(chunksForQuery('z', chunks)).toEqual([]);
    expect(chunksForQuery('', chunks)).toEqual([]);
  });
});
