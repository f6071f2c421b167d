import { decode } from './decode.ts';
import { fromHtml, looksLikeHtml } from './from-html.ts';
import { parseArticle, type ConvertRules, type ParseResult } from './parse.ts';

/**
 * The bytes of one dump, as scraped → the article, or why none can be made. Text and HTML
 * dumps take the same road after decoding: an HTML page is first laid out as the text
 * dumps are (through rehype), so one parser reads both.
 */
export function convertDump(bytes: Uint8Array, file: string, rules: ConvertRules): ParseResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, errors: [{ message: decoded.reason }] };
  const text = looksLikeHtml(decoded.text) ? fromHtml(decoded.text) : decoded.text;
  return parseArticle(text, file, rules);
}
