import { describe, it, expect } from 'vitest';
import { decode } from '../../../src/lib/convert/decode.ts';

const TEXT = 'Tỉnh Bình Phước tổng kết công tác dân vận năm 2018\n“Bộ đội Cụ Hồ”';

const utf16be = (text: string) => {
  const bytes = Buffer.from(text, 'utf16le');
  for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return bytes;
};

describe('decode', () => {
  it('reads UTF-8', () => {
    expect(decode(Buffer.from(TEXT, 'utf8'))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
    expect(decode(bytes)).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16LE with a byte-order mark, without the mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decode(bytes)).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with a byte-order mark, without the mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]);
    expect(decode(bytes)).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  it('reads an empty file as empty text', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it('refuses Windows-1258 bytes rather than guess, saying they are not UTF-8', () => {
    const result = decode(new Uint8Array([0x54, 0x69, 0xe0, 0x20, 0x6e]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('UTF-8');
  });

  it('refuses a lone UTF-8 lead byte at the end of the file', () => {
    expect(decode(new Uint8Array([0x41, 0xe1])).ok).toBe(false);
  });

  it('refuses a file with a NUL byte as binary', () => {
    const result = decode(new Uint8Array([0x41, 0x00, 0x42]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('NUL');
  });

  it('refuses UTF-16 without a byte-order mark instead of reading it as UTF-8', () => {
    expect(decode(Buffer.from(TEXT, 'utf16le')).ok).toBe(false);
  });

  it('refuses UTF-16 text that contains a NUL character', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\u0000b', 'utf16le')]);
    const result = decode(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('NUL');
  });

  it('refuses UTF-16 cut off in the middle of a character', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le').subarray(0, 3)]);
    const result = decode(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('UTF-16LE');
  });
});
