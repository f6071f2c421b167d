export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/**
 * Raw bytes of a dump → text. A byte-order mark decides UTF-16; everything else must be
 * valid UTF-8. Bytes that are neither are refused rather than guessed at, because a
 * wrong guess writes mojibake into an article that an editor then has to find by eye.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) return { ok: false, reason: 'tệp nhị phân (có byte NUL), không phải văn bản' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return decodeAs('utf-8', body);
}

function decodeAs(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.includes('\u0000')) return { ok: false, reason: 'tệp nhị phân (có ký tự NUL), không phải văn bản' };
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: `không đọc được: các byte không phải ${encoding.toUpperCase()} hợp lệ` };
  }
}
