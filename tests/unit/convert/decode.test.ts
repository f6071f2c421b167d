import { describe, it, expect } from 'vitest';
import { decode } from '../../../src/lib/convert/decode.ts';
import { readProjectFile } from '../support/content.ts';

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

  it('refuses bytes too short to tell Windows-1258 from Latin-1, saying they are not UTF-8', () => {
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

  it('refuses a PNG, JPEG, PDF or ZIP file as binary, naming the kind', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00];
    const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10];
    const pdf = [...Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1')];
    const zip = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00];
    const reasons = [png, jpeg, pdf, zip].map((bytes) => refusal(new Uint8Array(bytes)));
    expect(reasons).toEqual([
      expect.stringMatching(/nhị phân.*PNG/),
      expect.stringMatching(/nhị phân.*JPEG/),
      expect.stringMatching(/nhị phân.*PDF/),
      expect.stringMatching(/nhị phân.*ZIP/),
    ]);
  });

  it('refuses text with more than 1% control characters as binary', () => {
    const bytes = Buffer.from(`${'abc\x01\x1b'.repeat(20)}\nTỉnh Bình Phước`, 'utf8');
    expect(refusal(bytes)).toContain('nhị phân');
  });

  it('keeps tab, form feed, carriage return and a DOS end-of-file mark in a long text', () => {
    const text = `${TEXT}\t\f\r\n${'Đoạn văn. '.repeat(20)}\x1a`;
    expect(decode(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('returns NFC text, composing tones typed as combining marks', () => {
    const decomposed = TEXT.normalize('NFD');
    expect(decode(Buffer.from(decomposed, 'utf8'))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });
});

/**
 * Text → Windows-1258 the way Windows writes it: a precomposed letter when the code page
 * has one, otherwise the toneless letter (`ê`, `ư`, …) followed by the tone's combining mark.
 */
function cp1258(text: string): Uint8Array {
  const table = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, byte) => byte));
  const byteOf = new Map([...table].map((char, byte) => [char, byte]));
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const byte = byteOf.get(char);
    if (byte !== undefined) {
      bytes.push(byte);
      continue;
    }
    const [base, tone] = [...char.normalize('NFD')].reduce(
      ([base, tone], part) =>
        /[\u0300\u0301\u0303\u0309\u0323]/u.test(part) ? [base, tone + part] : [base + part, tone],
      ['', ''],
    );
    for (const part of [...base.normalize('NFC'), ...tone]) bytes.push(byteOf.get(part)!);
  }
  return Uint8Array.from(bytes);
}

/** A seeded byte generator (xorshift32), so a failing case can be replayed. */
function randomBytes(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) & 0xff;
  };
}

function refusal(bytes: Uint8Array): string {
  const result = decode(bytes);
  if (result.ok) throw new Error(`expected a refusal, got ${result.encoding}: ${result.text.slice(0, 80)}`);
  return result.reason;
}

const SEED = readProjectFile('seeds/000_7fa307ade4fb8d9e.txt');

describe('decode: Windows-1258, the code page of the old Vietnamese portals', () => {
  // python3: bytes of 'Tỉnh ủy Bình Phước' in cp1258 (Python's codec, tones as combining marks).
  const TINH_UY = [
    84, 105, 210, 110, 104, 32, 117, 210, 121, 32, 66, 105, 204, 110, 104, 32, 80, 104, 253, 245, 236, 99,
  ];

  it("reads a Vietnamese sentence encoded by Python's cp1258 codec, as NFC", () => {
    const result = decode(new Uint8Array(TINH_UY));
    expect(result).toEqual({ ok: true, text: 'Tỉnh ủy Bình Phước', encoding: 'windows-1258' });
    if (result.ok) expect(result.text.normalize('NFC')).toBe(result.text);
  });

  it("writes test dumps the same way as Python's codec", () => {
    expect([...cp1258('Tỉnh ủy Bình Phước')]).toEqual(TINH_UY);
  });

  it('reads the seed dump written in Windows-1258', () => {
    expect(decode(cp1258(SEED))).toEqual({ ok: true, text: SEED.normalize('NFC'), encoding: 'windows-1258' });
  });

  it('reads a 12 MB Windows-1258 dump', () => {
    const seed = cp1258(SEED);
    const bytes = Buffer.concat(Array.from({ length: Math.ceil(12_000_000 / seed.length) }, () => seed));
    expect(bytes.length).toBeGreaterThan(12_000_000);
    const result = decode(bytes);
    expect(result.ok && result.encoding).toBe('windows-1258');
  });

  it('reads a 12 MB UTF-8 dump', () => {
    const bytes = Buffer.from(SEED.repeat(Math.ceil(12_000_000 / SEED.length)), 'utf8');
    expect(decode(bytes).ok).toBe(true);
  });

  it('refuses Shift-JIS text, saying the encoding is not recognised', () => {
    // python3: '日本語のテキストです。ベトナムのニュース'.encode('shift_jis')
    const bytes = [
      147, 250, 150, 123, 140, 234, 130, 204, 131, 101, 131, 76, 131, 88, 131, 103, 130, 197, 130, 183, 129, 66, 131,
      120, 131, 103, 131, 105, 131, 128, 130, 204, 131, 106, 131, 133, 129, 91, 131, 88,
    ];
    expect(refusal(new Uint8Array(bytes))).toContain('mã hóa');
  });

  it('refuses random high bytes, saying the encoding is not recognised', () => {
    const random = randomBytes(42);
    const bytes = Uint8Array.from({ length: 4096 }, () => 0x80 + (random() % 0x80));
    expect(refusal(bytes)).toContain('mã hóa');
  });

  it('refuses random high bytes even when every one is defined in Windows-1258', () => {
    const random = randomBytes(7);
    const bytes = Uint8Array.from({ length: 4096 }, () => 0xa0 + (random() % 0x60));
    expect(refusal(bytes)).toContain('mã hóa');
  });

  it('refuses Latin-1 French: é è à are the same bytes in Windows-1258, but ç is no Vietnamese letter', () => {
    expect(refusal(Buffer.from('café crème à la française', 'latin1'))).toMatch(/mã hóa.*không có trong tiếng Việt/);
  });

  it('refuses Latin-1 text whose accented letters all exist in Vietnamese but none is only Vietnamese', () => {
    expect(refusal(Buffer.from('café crème à la carte', 'latin1'))).toMatch(/mã hóa.*riêng của tiếng Việt/);
  });

  it('refuses Latin-1 Italian: its ì and ò are Windows-1258 tone marks, here after consonants', () => {
    const italian = 'Però la città è così bella, e più di ogni altra cosa ricordo il caffè. '.repeat(5);
    expect(refusal(Buffer.from(italian, 'latin1'))).toMatch(/mã hóa.*dấu thanh/);
  });

  it('refuses Latin-1 Portuguese prose: ã reads as the Vietnamese ă, but far too rarely for Vietnamese', () => {
    const portuguese = 'Os irmãos João e Sebastião moram em São Paulo há muitos anos e trabalham na mesma empresa. ';
    expect(refusal(Buffer.from(portuguese.repeat(5), 'latin1'))).toMatch(/mã hóa.*quá ít chữ có dấu/);
  });

  it('refuses UTF-8 with one stray byte, naming its line, rather than read it all as Windows-1258', () => {
    const lines = SEED.split('\n');
    const broken = Buffer.concat([
      Buffer.from(lines.slice(0, 3).join('\n') + '\nTi', 'utf8'),
      Buffer.from([0xd2]),
      Buffer.from('nh\n' + lines.slice(3).join('\n'), 'utf8'),
    ]);
    const reason = refusal(broken);
    expect(reason).toContain('mã hóa');
    expect(reason).toContain('dòng 4');
  });

  it('refuses tone marks that follow a space or a consonant', () => {
    const bytes = cp1258('Tỉnh Bình Phước tổng kết công tác dân vận năm 2018');
    expect(refusal(Uint8Array.from([...bytes, 0x20, 0xd2, 0x6e]))).toContain('dấu thanh');
  });

  it('refuses a UTF-8 byte-order mark followed by bytes that are not UTF-8, without trying Windows-1258', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cp1258('Tỉnh ủy Bình Phước'))]);
    expect(refusal(bytes)).toContain('UTF-8');
  });
});
