import { dirname, join } from 'node:path/posix';
import { formatDateline } from '../article/format-dateline.ts';
import { bodyPlaceholderLine, BODY_PLACEHOLDER, isLeadPlaceholder, LEAD_PLACEHOLDER } from '../article/new-article.ts';
import { slugOf } from '../article/slug.ts';
import { instantToVietnamIso } from '../article/vietnam-time.ts';
import { HTML_FIGURE, isCaptionOnlyFigure } from '../markdown/caption-only-figure.ts';
import { bodyReferences } from './body-references.ts';
import { BODY, type Problem } from './problem.ts';
import type { ArticleBody, CheckedArticle } from './read-article.ts';
import type { FieldPath } from './yaml-source.ts';

/** A problem with one of the article's front-matter fields, at that field's line. */
function atField(article: CheckedArticle, path: FieldPath, problem: Omit<Problem, 'file' | 'line' | 'field'>): Problem {
  return { file: article.file, line: article.lineOf(path), field: path.join('.'), ...problem };
}

function inBody(article: ArticleBody, line: number, problem: Omit<Problem, 'file' | 'line' | 'field'>): Problem {
  return { file: article.file, line: article.bodyLine + line, field: BODY, ...problem };
}

/** What is left to write is an error only in an article that will go on the site by itself. */
const unfinished = (article: CheckedArticle): Problem['severity'] => (article.data.draft ? 'warning' : 'error');

/**
 * A date in the future on an article that is neither a draft nor scheduled is almost
 * always a typo (2091 for 2019): the article would wait, unseen, for that day. The
 * converter refuses such a dump by this same rule, so what it writes passes the check.
 */
export function futureDate(
  article: { date: Date; draft?: boolean | undefined; publishAt?: Date | undefined },
  now: Date,
): Pick<Problem, 'what' | 'fix'> | undefined {
  const { date, draft, publishAt } = article;
  if (draft || publishAt || date <= now) return undefined;
  return {
    what: `ngày đăng ${formatDateline(date)} còn ở tương lai (future date)`,
    fix: `sửa lại ngày nếu gõ nhầm; nếu muốn hẹn giờ đăng, thêm dòng publishAt: "${instantToVietnamIso(date)}"`,
  };
}

/**
 * A publish date in the future (see {@link futureDate}); a correction (`updated`) before
 * the article or after now; and an `expires` that is not after the publish time, which
 * takes the article off before it is on.
 */
export function checkDates(article: CheckedArticle, now: Date): Problem[] {
  const { date, publishAt, expires } = article.data;
  const problems: Problem[] = [];
  const future = futureDate(article.data, now);
  if (future) problems.push(atField(article, ['date'], { ...future, severity: 'error' }));
  const { updated, draft } = article.data;
  if (updated && (updated < date || (!draft && updated > now))) {
    problems.push(
      atField(article, ['updated'], {
        what:
          updated < date
            ? `giờ cập nhật ${formatDateline(updated)} trước giờ đăng ${formatDateline(date)} (updated before date)`
            : `giờ cập nhật ${formatDateline(updated)} còn ở tương lai (future updated)`,
        fix: `ghi giờ sửa bài, sau ${instantToVietnamIso(date)} và không quá giờ hiện tại`,
        severity: 'error',
      }),
    );
  }
  const from = publishAt ?? date;
  if (expires && expires <= from) {
    problems.push(
      atField(article, ['expires'], {
        what: `giờ gỡ bài ${formatDateline(expires)} không sau giờ đăng ${formatDateline(from)} (expires before publish)`,
        fix: `đặt expires sau ${instantToVietnamIso(from)}, hoặc xóa dòng expires`,
        severity: 'error',
      }),
    );
  }
  return problems;
}

/** The lead and the body still as `npm run new` left them, or a body never written. */
export function checkUnwritten(article: CheckedArticle): Problem[] {
  const severity = unfinished(article);
  const problems: Problem[] = [];
  if (isLeadPlaceholder(article.data.summary)) {
    problems.push(
      atField(article, ['summary'], {
        what: 'sapo vẫn là dòng mẫu (placeholder lead)',
        fix: `viết sapo của bài thay cho "${LEAD_PLACEHOLDER}"`,
        severity,
      }),
    );
  }
  const placeholder = bodyPlaceholderLine(article.body);
  if (placeholder >= 0) {
    problems.push(
      inBody(article, placeholder, {
        what: 'nội dung vẫn là dòng mẫu (placeholder body)',
        fix: `viết nội dung bài thay cho "${BODY_PLACEHOLDER}"`,
        severity,
      }),
    );
  } else if (article.body.trim() === '') {
    problems.push(
      inBody(article, 0, {
        what: 'bài chưa có nội dung (empty body)',
        fix: 'viết nội dung bài bên dưới dòng --- thứ hai',
        severity,
      }),
    );
  }
  return problems;
}

/** A path or URL with a scheme (`https:`, `data:`) or a host (`//…`): not a file of this site. */
const isExternal = (target: string) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target);

/**
 * Where the build looks for a photo: `/…` in the public folder, any other path from the
 * article's own folder (photos kept next to the article, or in a shared images folder).
 */
export function imageFile(target: string, articleFile: string, publicDir: string): string {
  let path = target.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not percent-encoding after all: the path is taken as written.
  }
  return path.startsWith('/') ? join(publicDir, path) : join(dirname(articleFile), path);
}

/**
 * A photo's file name with spaces or capitals: a space breaks markdown's photo syntax
 * unless escaped, and a web server tells `Anh.JPG` from `anh.jpg` where a laptop does not,
 * so the photo shows in the preview and not on the site. A warning: the site still builds.
 */
function awkwardFileName(target: string): Omit<Problem, 'file' | 'line' | 'field'> | undefined {
  if (isExternal(target)) return undefined;
  let name =
    target
      .replace(/[?#].*$/, '')
      .split('/')
      .at(-1) ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoding after all: the name is taken as written.
  }
  if (!/[\sA-Z]/.test(name)) return undefined;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot).toLowerCase()] : [name, ''];
  return {
    what: `tên tệp ảnh ${JSON.stringify(name)} có dấu cách hoặc chữ hoa (file name with spaces or capitals)`,
    fix: `đổi tên tệp thành ${slugOf(stem) || 'anh'}${extension} và sửa đường dẫn theo`,
    severity: 'warning',
  };
}

/** Whether the front matter was read right: a body alone is checked without its front matter's fields. */
const hasFrontMatter = (article: ArticleBody | CheckedArticle): article is CheckedArticle => 'data' in article;

/**
 * Every photo the article shows exists where the build will look for it (`cover.image`,
 * markdown and HTML images in the body), and every photo in the body has a caption: it is
 * the photo's alternative text.
 */
export function checkImages(
  article: ArticleBody | CheckedArticle,
  exists: (path: string) => boolean,
  publicDir: string,
): Problem[] {
  const problems: Problem[] = [];
  const missing = (target: string) => {
    if (isExternal(target)) return undefined;
    const file = imageFile(target, article.file, publicDir);
    if (exists(file)) return undefined;
    return {
      what: `không có tệp ảnh ${file} (image not found)`,
      fix: `tải ảnh lên đúng chỗ đó, hoặc sửa đường dẫn ${target} theo tên và chỗ của tệp ảnh`,
      severity: 'error' as const,
    };
  };
  const cover = hasFrontMatter(article) ? article.data.cover?.image : undefined;
  if (hasFrontMatter(article) && cover !== undefined) {
    for (const problem of [missing(cover), awkwardFileName(cover)]) {
      if (problem) problems.push(atField(article, ['cover', 'image'], problem));
    }
  }
  for (const reference of bodyReferences(article.body)) {
    if (reference.kind !== 'image') continue;
    const notFound = missing(reference.target);
    if (notFound) problems.push(inBody(article, reference.line, notFound));
    const awkward = awkwardFileName(reference.target);
    if (awkward) problems.push(inBody(article, reference.line, awkward));
    if (reference.text === '') {
      problems.push(
        inBody(article, reference.line, {
          what: `ảnh ${JSON.stringify(reference.target)} chưa có chú thích (missing alt text)`,
          fix: `viết chú thích trong ngoặc vuông: ![chú thích ảnh](${reference.target})`,
          severity: 'error',
        }),
      );
    }
  }
  return problems;
}

/**
 * A caption whose photo the old portal lost (a `cover` without `image`, a body figure with
 * only its caption) is kept as data but not printed: the editor is told, in case the photo
 * can still be found. A warning: the article is right as it stands.
 */
export function checkCaptionOnlyFigures(article: ArticleBody | CheckedArticle): Problem[] {
  const problems: Problem[] = [];
  const cover = hasFrontMatter(article) ? article.data.cover : undefined;
  if (hasFrontMatter(article) && cover && cover.image === undefined) {
    problems.push(
      atField(article, ['cover', 'caption'], {
        what: 'ảnh đại diện chỉ có chú thích, không có ảnh: trang không in chú thích này (caption without a photo)',
        fix: 'tải ảnh lên và thêm dòng image: "./ten-anh.jpg" trong cover, hoặc xóa cover nếu không còn ảnh',
        severity: 'warning',
      }),
    );
  }
  for (const figure of article.body.matchAll(HTML_FIGURE)) {
    if (!isCaptionOnlyFigure(figure[0])) continue;
    const line = article.body.slice(0, figure.index).split('\n').length - 1;
    problems.push(
      inBody(article, line, {
        what: 'hình chỉ có chú thích, không có ảnh: trang không in hình này (caption without a photo)',
        fix: 'thay bằng ![chú thích](./ten-anh.jpg) khi có ảnh, hoặc xóa dòng này',
        severity: 'warning',
      }),
    );
  }
  return problems;
}

/**
 * The editors' choice for the home page must be able to take effect: a story pinned or
 * featured until a time before it is even published never shows, and one both kept off the
 * home page and pinned to it says two things at once.
 */
export function checkFrontPage(article: CheckedArticle): Problem[] {
  const { home, date, publishAt } = article.data;
  if (!home) return [];
  const from = publishAt ?? date;
  const problems: Problem[] = [];
  for (const field of ['lead', 'featured'] as const) {
    const until = home[field];
    if (until === undefined) continue;
    if (home.hidden) {
      problems.push(
        atField(article, ['home', field], {
          what: `bài vừa ghim lên trang chủ vừa có hidden: true (home.${field} and home.hidden)`,
          fix: `xóa dòng hidden để ghim bài, hoặc xóa dòng ${field} để không đưa bài lên trang chủ`,
          severity: 'error',
        }),
      );
    } else if (until <= from) {
      problems.push(
        atField(article, ['home', field], {
          what: `ghim đến ${formatDateline(until)}, không sau giờ đăng ${formatDateline(from)}: không có tác dụng (pinned until before publish)`,
          fix: `đặt ${field} sau ${instantToVietnamIso(from)}, hoặc xóa dòng này`,
          severity: 'error',
        }),
      );
    }
  }
  return problems;
}
