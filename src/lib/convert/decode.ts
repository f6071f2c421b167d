export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

/**
 * Raw bytes of a dump → NFC text, or the reason it is not a text we can read.
 *
 * A byte-order mark decides UTF-16 (or UTF-8). Without one, valid UTF-8 is UTF-8; bytes
 * that are not get one more chance as Windows-1258, the code page of the old Vietnamese
 * portals, and are accepted only when the result reads as Vietnamese (see
 * {@link vietnameseDoubt}). Anything else is refused rather than guessed at, because a
 * wrong guess writes mojibake into an article that an editor then has to find by eye.
 *
 * Each check is one pass over the input, with nothing that backtracks: a 12 MB dump takes about a second.
 */
export function decode(bytes: Uint8Array): Decoded {
  const kind = binaryKind(bytes);
  if (kind) return refuse(`tệp nhị phân (${kind}), không phải văn bản`);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeStrict('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decodeStrict('utf-16be', bytes.subarray(2));
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeStrict('utf-8', bytes.subarray(3));
  // Checked on the bytes so that UTF-16 without a mark is not read as Windows-1258 either.
  if (bytes.includes(0)) return refuse('tệp nhị phân (có byte NUL), không phải văn bản');
  const utf8 = strictly('utf-8', bytes);
  return utf8 === undefined ? decodeWindows1258(bytes) : accept(utf8, 'utf-8');
}

/** Formats an editor is likely to drop into the dump folder by mistake, by their first bytes. */
const SIGNATURES: readonly { kind: string; bytes: readonly number[] }[] = [
  { kind: 'ảnh PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'ảnh JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'ảnh GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'ZIP, có thể là .docx hay .xlsx', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'Word hay Excel đời cũ, .doc hay .xls', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

function binaryKind(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => startsWith(bytes, signature.bytes))?.kind;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const refuse = (reason: string): Decoded => ({ ok: false, reason });

/** The text, or undefined when the bytes are not valid in that encoding. */
function strictly(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A byte-order mark names the encoding: bytes that break it are a damaged file, not another encoding. */
function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  const text = strictly(encoding, bytes);
  if (text === undefined) {
    return refuse(`lỗi mã hóa: các byte không phải ${encoding.toUpperCase()} hợp lệ dù tệp có dấu BOM (tệp bị cắt?)`);
  }
  return accept(text, encoding);
}

/**
 * Text keeps tab, line feed, form feed and carriage return; other C0 controls turn up in
 * text only by accident (a DOS end-of-file mark, a stray escape), so more than one
 * character in a hundred means the file is not text at all.
 */
const MAX_CONTROL_SHARE = 0.01;

/** Any C0 control but tab, line feed, form feed and carriage return, NUL included. */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f]/;

function binaryReason(text: string): string | undefined {
  // Nearly every dump has none: one native scan answers for it before any counting.
  if (!CONTROL.test(text)) return undefined;
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return 'tệp nhị phân (có ký tự NUL), không phải văn bản';
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) controls++;
  }
  if (controls > text.length * MAX_CONTROL_SHARE) {
    return `tệp nhị phân (${controls} ký tự điều khiển trên ${text.length} ký tự), không phải văn bản`;
  }
  return undefined;
}

function accept(text: string, encoding: Encoding): Decoded {
  const binary = binaryReason(text);
  return binary ? refuse(binary) : { ok: true, text: text.normalize('NFC'), encoding };
}

function decodeWindows1258(bytes: Uint8Array): Decoded {
  const raw = new TextDecoder('windows-1258').decode(bytes);
  const binary = binaryReason(raw);
  if (binary) return refuse(binary);
  const text = raw.normalize('NFC');
  const doubt = vietnameseDoubt(raw, text);
  if (doubt === undefined) return { ok: true, text, encoding: 'windows-1258' };
  return refuse(
    `không nhận ra mã hóa: không phải UTF-8 (byte sai đầu tiên ở dòng ${firstInvalidUtf8Line(bytes)}), ` +
      `UTF-16 hay Windows-1258 (${doubt})`,
  );
}

/** Where a UTF-8 file went wrong: usually one pasted fragment in another encoding, which an editor can fix. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const end = text.indexOf('\uFFFD');
  let line = 1;
  for (let index = 0; index < end; index++) if (text.charCodeAt(index) === 0x0a) line++;
  return line;
}

const bothCases = (letters: string) => [...letters, ...letters.toUpperCase()];

/** The letters of the Vietnamese alphabet that ASCII lacks, precomposed (NFC). */
const VIETNAMESE_LETTERS = new Set(
  bothCases('àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ').map((c) => c.charCodeAt(0)),
);

/** Vowels that can still take a tone: Windows-1258 writes `ệ` as `ê` followed by a combining dot below. */
const TONELESS_VOWELS = new Set(bothCases('aăâeêioôơuưy').map((c) => c.charCodeAt(0)));

/** Grave, acute, tilde, hook above, dot below: bytes 0xCC 0xEC 0xDE 0xD2 0xF2 of Windows-1258. */
const TONE_MARKS = new Set([0x0300, 0x0301, 0x0303, 0x0309, 0x0323]);

/**
 * Vietnamese prose has 0.29 of its letters outside ASCII in the seed, Western European prose
 * under 0.05; 0.1 leaves room for a story full of English names and acronyms (LLVT, BHYT).
 */
const MIN_VIETNAMESE_SHARE = 0.1;

/** Foreign names (Zürich, François) are fine in a Vietnamese story; a text made of them is not one. */
const MAX_FOREIGN_SHARE = 0.1;

const LETTER = /\p{L}/u;
// Lower-casing by the 0x20 bit: cheaper than a regular expression on every character of a 10 MB file.
const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * Why a Windows-1258 reading of the bytes is not Vietnamese, or undefined when it is.
 * `raw` is the decoder's output, `text` its NFC form. The reading is accepted when:
 *
 * 1. no byte is one Windows-1258 leaves undefined (they decode to C1 controls);
 * 2. every combining tone mark directly follows a vowel that has no tone yet, as the
 *    code page writes them; in any other encoding these bytes land after arbitrary
 *    characters;
 * 3. letters of the Vietnamese alphabet outside ASCII are at least 10% of all letters;
 * 4. other non-ASCII letters are at most 10% of the non-ASCII letters;
 * 5. at least one letter is one only Vietnamese uses (ă đ ĩ ơ ư ạ ả ấ …): Latin-1 and
 *    Windows-1258 agree on à á â è é ê í ó ô ú ý, so a text with only those could be
 *    either, and it is refused rather than guessed.
 *
 * A short Latin-1 phrase can slip through (Portuguese `São João` reads as `Săo Joăo`),
 * but a dump is an article, long enough for rules 3 and 4 to tell: Vietnamese prose
 * has about three letters in ten with a diacritic, Western European prose one in twenty.
 */
function vietnameseDoubt(raw: string, text: string): string | undefined {
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code >= 0x80 && code <= 0x9f) return 'có byte mà Windows-1258 không dùng';
    if (TONE_MARKS.has(code) && !TONELESS_VOWELS.has(raw.charCodeAt(index - 1))) {
      return 'có dấu thanh không đứng sau nguyên âm';
    }
  }
  let letters = 0;
  let vietnamese = 0;
  let onlyVietnamese = 0;
  let foreign = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (isAsciiLetter(code)) letters++;
    } else if (VIETNAMESE_LETTERS.has(code)) {
      letters++;
      vietnamese++;
      if (code > 0xff) onlyVietnamese++;
    } else if (LETTER.test(text[index]!)) {
      letters++;
      foreign++;
    }
  }
  if (vietnamese < letters * MIN_VIETNAMESE_SHARE) return 'quá ít chữ có dấu tiếng Việt';
  if (foreign > (vietnamese + foreign) * MAX_FOREIGN_SHARE) return 'nhiều chữ không có trong tiếng Việt';
  if (onlyVietnamese === 0) return 'không có chữ nào riêng của tiếng Việt như ă, đ, ơ, ư, ạ, ả';
  return undefined;
}
