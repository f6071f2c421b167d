import type { Article } from '../article/model.ts';
import { articleSlugOf } from '../article/slug.ts';
import { instantToVietnamIso } from '../article/vietnam-time.ts';
import { bodyFromHtml, plainText, type PlaceImage } from './body-html.ts';

/**
 * One article of a NukeViet 4.x news module as the importer reads it: its `_rows` row,
 * the `_detail` columns it needs, and what `_tags_id` and the author list hold for it.
 * Names are NukeViet's columns (modules/news/action_mysql.php); times are Unix seconds.
 */
export interface NewsRow {
  id: number;
  catid: number;
  /** Every category the article is in, comma-separated; `catid` is the one its address uses. */
  listcatid: string;
  topicid: number;
  /** The byline as typed. */
  author: string;
  sourceid: number;
  addtime: number;
  /** 1 published, 2 scheduled, 3 expired; 0 awaiting review, 4 saved as a draft, 5 declined, 6+ with an editor. */
  status: number;
  publtime: number;
  /** 0 when the article never expires. */
  exptime: number;
  title: string;
  alias: string;
  hometext: string;
  /** A path under `uploads/<module>/`, or a full URL. */
  homeimgfile: string;
  homeimgalt: string;
  hitstotal: number;
  /** Comments. */
  hitscm: number;
  /** `undefined` when the row has no `_detail` row. */
  bodyhtml: string | undefined;
  sourcetext: string;
  /** `_detail.keywords` (NukeViet 4.3+), comma-separated. */
  keywords: string;
  /** `_tags_id.keyword` of the article's tags. */
  tags: string[];
  /** Pseudonyms of its authors in `_authorlist` (NukeViet 4.5+). */
  authors: string[];
}

export interface NewsSource {
  title: string;
  link: string;
}

/** What every row of one import is read against. */
export interface ImportContext {
  lang: string;
  module: string;
  /** Whether the portal ran this module as its home page, so its articles also had addresses without the module. */
  homeModule: boolean;
  /** The import's time: a published article dated after it is scheduled. */
  now: Date;
  /** catid → the category's slug here and its alias on the portal. */
  categories: ReadonlyMap<number, { slug: string; alias: string }>;
  sources: ReadonlyMap<number, NewsSource>;
  topics: ReadonlyMap<number, string>;
}

export type RowOutcome =
  { ok: true; article: Article; warnings: string[] } | { ok: false; errors: string[]; warnings: string[] };

/** `legacy.id` of an imported article: what finds it again on the next run, whatever its file is called. */
export const legacyIdOf = (lang: string, module: string, id: number) => `nukeviet/${lang}/${module}/${id}`;

/** The article's file name before clashes: its title's capped slug, else the portal's alias, else its id. */
export function rowSlugOf(row: Pick<NewsRow, 'title' | 'alias' | 'id'>): string {
  return articleSlugOf(plainText(row.title)) || articleSlugOf(row.alias) || `bai-${row.id}`;
}

const iso = (seconds: number) => instantToVietnamIso(new Date(seconds * 1000));

/** A list typed with commas, trimmed, without repeats (compared without regard to case), in order. */
function distinct(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of values) {
    const value = plainText(raw);
    const key = value.toLocaleLowerCase('vi');
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(value);
  }
  return kept;
}

const isWebUrl = (text: string) => {
  // Most texts are not addresses: parsing each as a URL was a tenth of an import. The URL
  // parser skips leading controls and spaces and drops tabs and line breaks anywhere.
  if (!/^[\x00-\x20]*https?:/i.test(text) && !/[\t\n\r]/.test(text)) return false;
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
};

/**
 * The source, as NukeViet credits it: the `_sources` row (`sourceid`) names the outlet
 * and links to it; `sourcetext`, when it is a link, is the original article.
 */
function sourceOf(row: NewsRow, sources: ReadonlyMap<number, NewsSource>) {
  const outlet = sources.get(row.sourceid);
  const text = plainText(row.sourcetext);
  const name = plainText(outlet?.title ?? '') || (text !== '' && !isWebUrl(text) ? text : '');
  const url = [text, outlet?.link ?? ''].find(isWebUrl);
  if (name === '' && url === undefined) return undefined;
  return { ...(name !== '' && { name }), ...(url !== undefined && { url }) };
}

/** Every address the article had on the portal: `/<module>/<cat alias>/<alias>-<id>.html`, and without the module on a home module. */
export function oldAddressesOf(row: Pick<NewsRow, 'id' | 'alias'>, catAlias: string, context: ImportContext): string[] {
  const segment = (text: string) => (/[\s?#%]/.test(text) ? encodeURIComponent(text) : text);
  const tail = `${segment(catAlias)}/${segment(`${row.alias}-${row.id}.html`)}`;
  return [`/${segment(context.module)}/${tail}`, ...(context.homeModule ? [`/${tail}`] : [])];
}

/**
 * One NukeViet row → the article, every field from its column, nothing guessed; or why
 * none can be made. Photos are placed by `placeImage` (copied beside the article by the
 * command, when it has the portal's uploads).
 */
export function articleFromRow(row: NewsRow, context: ImportContext, placeImage: PlaceImage): RowOutcome {
  const warnings: string[] = [];
  const errors: string[] = [];
  const title = plainText(row.title);
  if (title === '') errors.push('không có tiêu đề (title trống)');
  const published = row.publtime > 0 ? row.publtime : row.addtime;
  if (published <= 0) errors.push('không có ngày đăng (publtime và addtime bằng 0)');
  const catid = row.catid || Number(row.listcatid.split(',')[0]);
  const category = context.categories.get(catid);
  if (!category) errors.push(`chuyên mục catid=${catid} không có trong bảng _cat`);
  if (row.bodyhtml === undefined) errors.push('không có dòng nội dung trong bảng _detail');
  if (errors.length > 0 || !category) return { ok: false, errors, warnings };

  const body = bodyFromHtml(row.bodyhtml ?? '', placeImage);
  warnings.push(...body.warnings);
  let summary = plainText(row.hometext);
  if (summary === '') {
    const lead = body.blocks.findIndex((block) => block.kind === 'paragraph');
    if (lead === -1)
      return { ok: false, errors: ['không có sapo (hometext) và nội dung không có đoạn văn nào'], warnings };
    summary = (body.blocks.splice(lead, 1)[0] as { text: string }).text;
    warnings.push('hometext trống: đoạn đầu của bài làm sapo');
  }

  const date = iso(published);
  const isOnline = row.status === 1 || row.status === 2 || row.status === 3;
  const expires = row.exptime > 0 ? iso(row.exptime) : undefined;
  if (expires !== undefined && row.exptime <= published)
    warnings.push(`exptime (${expires}) không sau giờ đăng: bỏ, bài để bản nháp`);
  const expiresValid = expires !== undefined && row.exptime > published;
  if (row.status === 3 && !expiresValid) warnings.push('bài hết hạn (status 3) không có exptime: để bản nháp');
  const draft = !isOnline || (row.status === 3 && !expiresValid) || (expires !== undefined && !expiresValid);
  const scheduled = !draft && (row.status === 2 || published * 1000 > context.now.getTime());

  let cover: Article['frontMatter']['cover'];
  if (row.homeimgfile.trim() !== '') {
    // NukeViet prints the title where a photo has no alt text of its own.
    const caption = plainText(row.homeimgalt) || title;
    // A path under the module's uploads folder, or (a photo kept on another site) a full URL.
    const file = row.homeimgfile.trim();
    const placed = placeImage(isWebUrl(file) ? file : `/uploads/${context.module}/${file.replace(/^\/+/, '')}`);
    if ('reason' in placed) warnings.push(`ảnh đại diện ${row.homeimgfile}: ${placed.reason}; chỉ giữ chú thích`);
    cover = { caption, ...('path' in placed && { image: placed.path }) };
  }

  const topic = context.topics.get(row.topicid);
  const tags = distinct([...row.tags, ...row.keywords.split(','), ...(topic ? [topic] : [])]);
  const author = distinct([row.author, ...row.authors]).join(', ');
  const source = sourceOf(row, context.sources);
  if (source === undefined && row.sourcetext.trim() !== '')
    warnings.push(`sourcetext không đọc được: ${row.sourcetext}`);

  const article: Article = {
    frontMatter: {
      title,
      date,
      category: category.slug,
      tags,
      summary,
      ...(cover && { cover }),
      ...(source && { source }),
      ...(author !== '' && { author }),
      legacy: { views: row.hitstotal, comments: row.hitscm, id: legacyIdOf(context.lang, context.module, row.id) },
      aliases: oldAddressesOf(row, category.alias, context),
      ...(draft && { draft: true }),
      ...(scheduled && { publishAt: date }),
      ...(expiresValid && { expires }),
    },
    body: body.blocks,
  };
  return { ok: true, article, warnings };
}

/**
 * Where a photo's address points in the portal's `uploads/<module>/` folder
 * (`/uploads/news/2019_10/anh.jpg`, with or without the portal's host or base folder),
 * or `undefined` when it points elsewhere.
 */
export function uploadPathOf(src: string, module: string): string | undefined {
  let path: string;
  const trimmed = src.trim();
  // A plain absolute path is its own URL path: nothing to resolve, encode or decode.
  if (/^\/(?!\/)[\w\-./]*$/.test(trimmed) && !/\/\.\.?(?:\/|$)/.test(trimmed)) path = trimmed;
  else
    try {
      path = decodeURIComponent(new URL(trimmed, 'http://portal.invalid/').pathname);
    } catch {
      return undefined;
    }
  const marker = `/uploads/${module}/`;
  const at = path.indexOf(marker);
  if (at === -1) return undefined;
  const rest = path.slice(at + marker.length);
  return rest === '' || rest.split('/').some((part) => part === '..' || part === '') ? undefined : rest;
}
