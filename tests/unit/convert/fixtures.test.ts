import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/article/model.ts';
import { decode } from '../../../src/lib/convert/decode.ts';
import { parseArticle, type ParseResult } from '../../../src/lib/convert/parse.ts';
import { loadContentRules } from '../support/content.ts';

/**
 * Raw dumps of real-looking articles and what a careful editor would extract from each
 * (`tests/fixtures/dumps/<name>.txt|.html` + `<name>.json`). The answer keys state the
 * policy, not what the parser happens to do: see the `note` of each key.
 *
 * `portal-<portal>-NN-….txt` dumps follow the layout of one real Vietnamese portal each
 * (national papers, provincial and district portals, Party, mass-organisation and school
 * sites), with articles written for these tests. Their keys also state the category, the
 * tags and the old addresses when the dump tells them.
 */

const DUMPS = new URL('../../fixtures/dumps/', import.meta.url);
const FROM_HTML = new URL('../../../src/lib/convert/from-html.ts', import.meta.url);
const MIN_DUMPS = 40;

const LAYOUTS = [
  'dateline',
  'title',
  'lead',
  'captions',
  'source',
  'chrome',
  'text',
  'html',
  'bad-input',
  'hostile',
  'portal',
] as const;
type Layout = (typeof LAYOUTS)[number];

/** Text that only the old portals print around an article: it must never reach the article. */
const CHROME_MARKERS = [
  'Tổng số điểm của bài viết',
  'Click để đánh giá bài viết',
  'Bạn đã không sử dụng Site',
  'Tin cùng chuyên mục',
  'Những tin mới hơn',
  'Những tin cũ hơn',
  'Ý kiến bạn đọc',
  'Viết bình luận',
  'Cỡ chữ:',
  'font-size',
  'Trang chủ »',
  'Trang chủ >',
  'nv_base_siteurl',
  'nv_open_browse',
  '.menu-top',
  'Bản quyền ©',
];

interface SourceKey {
  name?: string;
  url?: string;
}

interface KeyBase {
  layout: Layout;
  note: string;
}

interface ConvertedKey extends KeyBase {
  status: 'converted';
  title: string;
  date: string;
  views?: number;
  summary: string;
  cover: string | null;
  figures: string[];
  paragraphs: string[];
  source: SourceKey | null;
  author: string | null;
  dropped: string[];
  warnings?: string[];
  /** The category's slug, when the key states it. */
  category?: string;
  /** The tags, in order, when the key states them. */
  tags?: string[];
  /** The old addresses, when the key states them. */
  aliases?: string[];
}

interface FailedKey extends KeyBase {
  status: 'failed';
  error: string;
}

type AnswerKey = ConvertedKey | FailedKey;

interface Dump {
  name: string;
  file: string;
  kind: 'text' | 'html';
}

type Converted = Extract<ParseResult, { ok: true }>;

// ---------------------------------------------------------------- answer keys

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

class KeyError extends Error {}

function field<T>(json: Json, name: string, guard: (value: unknown) => value is T, expected: string): T {
  const value = json[name];
  if (!guard(value)) throw new KeyError(`"${name}" must be ${expected}, found ${JSON.stringify(value)}`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isStringOrNull = (value: unknown): value is string | null => value === null || isString(value);
const isLayout = (value: unknown): value is Layout => LAYOUTS.some((layout) => layout === value);
const isViews = (value: unknown): value is number | undefined =>
  value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
const isWarnings = (value: unknown): value is string[] | undefined => value === undefined || isStringArray(value);
const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/.test(value);
const isSource = (value: unknown): value is SourceKey | null =>
  value === null ||
  (isRecord(value) &&
    Object.keys(value).every((key) => key === 'name' || key === 'url') &&
    Object.values(value).every(isString) &&
    Object.keys(value).length > 0);

const CONVERTED_FIELDS = [
  'layout',
  'note',
  'status',
  'title',
  'date',
  'views',
  'summary',
  'cover',
  'figures',
  'paragraphs',
  'source',
  'author',
  'dropped',
  'warnings',
  'category',
  'tags',
  'aliases',
];
const FAILED_FIELDS = ['layout', 'note', 'status', 'error'];

/** `<name>.json` → a typed answer key, or a `KeyError` saying what is wrong with it. */
function parseKey(json: unknown): AnswerKey {
  if (!isRecord(json)) throw new KeyError('the answer key must be a JSON object');
  const base: KeyBase = {
    layout: field(json, 'layout', isLayout, `one of ${LAYOUTS.join(', ')}`),
    note: field(json, 'note', isString, 'a sentence saying what the dump exercises'),
  };
  const status = json.status;
  const allowed = status === 'failed' ? FAILED_FIELDS : CONVERTED_FIELDS;
  const unknown = Object.keys(json).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw new KeyError(`unexpected fields for status "${String(status)}": ${unknown.join(', ')}`);
  if (status === 'failed') {
    return { ...base, status, error: field(json, 'error', isString, 'a substring of the expected error message') };
  }
  if (status !== 'converted') throw new KeyError(`"status" must be "converted" or "failed", found ${String(status)}`);
  const key: ConvertedKey = {
    ...base,
    status,
    title: field(json, 'title', isString, 'the headline'),
    date: field(json, 'date', isIsoDate, 'an ISO 8601 date in Vietnam time with seconds (…T09:30:00+07:00)'),
    summary: field(json, 'summary', isString, 'the lead'),
    cover: field(json, 'cover', isStringOrNull, 'a caption or null'),
    figures: field(json, 'figures', isStringArray, 'an array of captions'),
    paragraphs: field(json, 'paragraphs', isStringArray, 'an array of paragraphs'),
    source: field(json, 'source', isSource, '{ name?, url? } or null'),
    author: field(json, 'author', isStringOrNull, 'a byline or null'),
    dropped: field(json, 'dropped', isStringArray, 'an array of lines'),
  };
  const views = field(json, 'views', isViews, 'a non-negative integer, or absent');
  const warnings = field(json, 'warnings', isWarnings, 'an array of substrings, or absent');
  if (views !== undefined) key.views = views;
  if (warnings !== undefined) key.warnings = warnings;
  const optionalList = (value: unknown): value is string[] | undefined => value === undefined || isStringArray(value);
  const category = field(
    json,
    'category',
    (value: unknown): value is string | undefined => value === undefined || isString(value),
    'a slug',
  );
  const tags = field(json, 'tags', optionalList, 'an array of tags, or absent');
  const aliases = field(json, 'aliases', optionalList, 'an array of paths, or absent');
  if (category !== undefined) key.category = category;
  if (tags !== undefined) key.tags = tags;
  if (aliases !== undefined) key.aliases = aliases;
  return key;
}

// ---------------------------------------------------------------- the dumps

function listDumps(): Dump[] {
  return readdirSync(DUMPS)
    .filter((file) => /\.(txt|html)$/.test(file))
    .sort()
    .map((file) => ({
      name: file.replace(/\.(txt|html)$/, ''),
      file,
      kind: file.endsWith('.html') ? 'html' : 'text',
    }));
}

function loadKey(dump: Dump): { key: AnswerKey } | { problem: string } {
  const keyFile = new URL(`${dump.name}.json`, DUMPS);
  if (!existsSync(keyFile)) return { problem: `no answer key: expected tests/fixtures/dumps/${dump.name}.json` };
  try {
    const key = parseKey(JSON.parse(readFileSync(keyFile, 'utf8')));
    if (!dump.name.startsWith(`${key.layout}-`)) {
      return { problem: `the file name must start with the layout "${key.layout}-"` };
    }
    return { key };
  } catch (error) {
    return { problem: `tests/fixtures/dumps/${dump.name}.json: ${error instanceof Error ? error.message : error}` };
  }
}

type FromHtml = (html: string) => string;
let fromHtmlModule: Promise<FromHtml> | undefined;

/** `src/lib/convert/from-html.ts` may not exist yet: the HTML dumps then fail (never skip) with this reason. */
function loadFromHtml(): Promise<FromHtml> {
  fromHtmlModule ??= import(/* @vite-ignore */ FROM_HTML.href).then(
    (module: unknown) => {
      const fromHtml = isRecord(module) ? module.fromHtml : undefined;
      if (typeof fromHtml !== 'function') throw new Error('src/lib/convert/from-html.ts does not export fromHtml()');
      return (html: string) => {
        const text: unknown = fromHtml(html);
        if (typeof text !== 'string') throw new Error(`fromHtml() returned ${typeof text}, not a string`);
        return text;
      };
    },
    (error: unknown) => {
      throw new Error(
        `cannot load src/lib/convert/from-html.ts (export function fromHtml(html: string): string): ${String(error)}`,
      );
    },
  );
  return fromHtmlModule;
}

const rules = loadContentRules();
const results = new Map<string, Promise<ParseResult>>();

/** Bytes → decode() → [fromHtml()] → parseArticle(), once per dump. */
function convert(dump: Dump): Promise<ParseResult> {
  let result = results.get(dump.name);
  if (!result) {
    result = (async (): Promise<ParseResult> => {
      const decoded = decode(new Uint8Array(readFileSync(new URL(dump.file, DUMPS))));
      if (!decoded.ok) return { ok: false, errors: [{ message: decoded.reason }] };
      const text = dump.kind === 'html' ? (await loadFromHtml())(decoded.text) : decoded.text;
      return parseArticle(text, dump.file, rules);
    })();
    results.set(dump.name, result);
  }
  return result;
}

async function converted(dump: Dump): Promise<Converted> {
  const result = await convert(dump);
  if (!result.ok) {
    const errors = result.errors.map((error) => `${error.line ? `line ${error.line}: ` : ''}${error.message}`);
    throw new Error(`${dump.name} was not converted: ${errors.join('; ')}`);
  }
  return result;
}

// ---------------------------------------------------------------- what the article holds

const nfc = (text: string) => text.normalize('NFC');
const nfcAll = (texts: readonly string[]) => texts.map(nfc);
const nfcSource = (source: SourceKey | null | undefined): SourceKey | null =>
  source
    ? {
        ...(source.name !== undefined && { name: nfc(source.name) }),
        ...(source.url !== undefined && { url: source.url }),
      }
    : null;

const figuresOf = (article: Article) =>
  article.body.flatMap((block) => (block.kind === 'figure' ? [block.caption] : []));
const paragraphsOf = (article: Article) =>
  article.body.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));

/** Each piece of article text that contains a line of chrome, as `"chrome" in "text…"`. */
function leaks(texts: readonly string[], chrome: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const line of chrome) {
      if (nfc(text).includes(nfc(line))) found.push(`"${line}" in "${text.slice(0, 80)}…"`);
    }
  }
  return found;
}

const quoted = (texts: readonly string[]) => (texts.length === 0 ? '(none)' : texts.map((t) => `"${t}"`).join(', '));

// ---------------------------------------------------------------- the checks

function checkConverted(dump: Dump, key: ConvertedKey): void {
  const { name } = dump;
  const check = (group: string, assert: (result: Converted) => void) =>
    it(`${name}: ${group}`, async () => assert(await converted(dump)));

  it(`${name}: status`, async () => {
    const result = await convert(dump);
    const errors = result.ok ? [] : result.errors.map((error) => error.message);
    expect(result.ok, `${name} should convert (${key.note}); errors: ${quoted(errors)}`).toBe(true);
  });

  check('title', ({ article }) => {
    expect(nfc(article.frontMatter.title), `${name}: title`).toBe(nfc(key.title));
  });

  check('date', ({ article }) => {
    expect(article.frontMatter.date, `${name}: publish date`).toBe(key.date);
  });

  check('views', ({ article }) => {
    const views = article.frontMatter.legacy?.views;
    const expected = key.views === undefined ? 'no view count' : `views ${key.views}`;
    expect(views, `${name}: legacy.views (expected ${expected})`).toBe(key.views);
  });

  check('summary', ({ article }) => {
    expect(nfc(article.frontMatter.summary), `${name}: summary (the lead)`).toBe(nfc(key.summary));
  });

  check('cover', ({ article }) => {
    const caption = article.frontMatter.cover?.caption;
    expect(caption === undefined ? null : nfc(caption), `${name}: cover caption`).toBe(
      key.cover === null ? null : nfc(key.cover),
    );
  });

  check('figures', ({ article }) => {
    expect(nfcAll(figuresOf(article)), `${name}: captions of the body’s figures, in order`).toEqual(
      nfcAll(key.figures),
    );
  });

  check('paragraphs', ({ article }) => {
    expect(nfcAll(paragraphsOf(article)), `${name}: body paragraphs, in order, without the lead`).toEqual(
      nfcAll(key.paragraphs),
    );
  });

  check('source', ({ article }) => {
    expect(nfcSource(article.frontMatter.source), `${name}: source`).toEqual(nfcSource(key.source));
  });

  check('author', ({ article }) => {
    const author = article.frontMatter.author;
    expect(author === undefined ? null : nfc(author), `${name}: author`).toBe(
      key.author === null ? null : nfc(key.author),
    );
  });

  if (key.category !== undefined) {
    check('category', ({ article }) => {
      expect(article.frontMatter.category, `${name}: category`).toBe(key.category);
    });
  }

  if (key.tags !== undefined) {
    check('tags', ({ article }) => {
      expect(nfcAll(article.frontMatter.tags ?? []), `${name}: tags`).toEqual(nfcAll(key.tags!));
    });
  }

  if (key.aliases !== undefined) {
    check('aliases', ({ article }) => {
      expect(article.frontMatter.aliases ?? [], `${name}: aliases (old addresses)`).toEqual(key.aliases);
    });
  }

  check('dropped', ({ dropped }) => {
    const droppedTexts = new Set(dropped.map((line) => nfc(line.text)));
    const kept = key.dropped.filter((line) => !droppedTexts.has(nfc(line)));
    expect(kept, `${name}: lines that should be in result.dropped but are not`).toEqual([]);
  });

  check('chrome', ({ article }) => {
    const { frontMatter } = article;
    const texts = [
      frontMatter.title,
      frontMatter.summary,
      ...(frontMatter.cover ? [frontMatter.cover.caption] : []),
      ...article.body.map((block) => (block.kind === 'paragraph' ? block.text : block.caption)),
    ];
    expect(leaks(texts, [...key.dropped, ...CHROME_MARKERS]), `${name}: portal chrome inside the article`).toEqual([]);
  });

  check('warnings', ({ warnings }) => {
    const messages = warnings.map((warning) => nfc(warning.message));
    if (key.warnings === undefined) {
      expect(messages, `${name}: no warning expected`).toEqual([]);
      return;
    }
    const missing = key.warnings.filter((expected) => !messages.some((message) => message.includes(nfc(expected))));
    expect(missing, `${name}: expected warnings mentioning these; warnings were ${quoted(messages)}`).toEqual([]);
  });
}

function checkFailed(dump: Dump, key: FailedKey): void {
  const { name } = dump;

  it(`${name}: status`, async () => {
    const result = await convert(dump);
    const summary = result.ok ? `converted with title "${result.article.frontMatter.title}"` : 'refused';
    expect(result.ok, `${name} must be refused (${key.note}), but it was ${summary}`).toBe(false);
  });

  it(`${name}: error`, async () => {
    const result = await convert(dump);
    const messages = result.ok ? [] : result.errors.map((error) => nfc(error.message));
    expect(
      messages.some((message) => message.includes(nfc(key.error))),
      `${name}: an error message should contain "${key.error}"; errors were ${quoted(messages)}`,
    ).toBe(true);
  });
}

const dumps = listDumps();

describe('fixture dumps: what an editor would extract from each raw dump', () => {
  for (const dump of dumps) {
    const loaded = loadKey(dump);
    if ('problem' in loaded) {
      it(`${dump.name}: answer key`, () => {
        throw new Error(loaded.problem);
      });
      continue;
    }
    const { key } = loaded;

    it(`${dump.name}: answer key`, () => {
      expect(key.layout === 'html', `${dump.name}: .html dumps and layout "html" go together`).toBe(
        dump.kind === 'html',
      );
      if (key.status === 'converted') {
        // The key itself must not expect chrome in the article.
        const expectedText = [key.title, key.summary, ...(key.cover ? [key.cover] : []), ...key.figures];
        const chrome = [...key.dropped, ...CHROME_MARKERS];
        expect(leaks([...expectedText, ...key.paragraphs], chrome), `${dump.name}: chrome in the answer key`).toEqual(
          [],
        );
      }
    });

    if (key.status === 'converted') checkConverted(dump, key);
    else checkFailed(dump, key);
  }

  it('has no answer key without its dump', () => {
    const names = new Set(dumps.map((dump) => dump.name));
    const orphans = readdirSync(DUMPS).filter((file) => file.endsWith('.json') && !names.has(file.slice(0, -5)));
    expect(orphans, 'answer keys with no .txt or .html dump next to them').toEqual([]);
  });

  it(`has at least ${MIN_DUMPS} dumps`, () => {
    expect(dumps.length).toBeGreaterThanOrEqual(MIN_DUMPS);
  });
});
