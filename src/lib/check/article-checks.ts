import { dirname, join } from 'node:path/posix';
import { formatDateline } from '../article/format-dateline.ts';
import { bodyPlaceholderLine, BODY_PLACEHOLDER, isLeadPlaceholder, LEAD_PLACEHOLDER } from '../article/new-article.ts';
import { instantToVietnamIso } from '../article/vietnam-time.ts';
import { bodyReferences } from './body-references.ts';
import { BODY, type Problem } from './problem.ts';
import type { CheckedArticle } from './read-article.ts';
import type { FieldPath } from './yaml-source.ts';

/** A problem with one of the article's front-matter fields, at that field's line. */
function atField(article: CheckedArticle, path: FieldPath, problem: Omit<Problem, 'file' | 'line' | 'field'>): Problem {
  return { file: article.file, line: article.lineOf(path), field: path.join('.'), ...problem };
}

function inBody(article: CheckedArticle, line: number, problem: Omit<Problem, 'file' | 'line' | 'field'>): Problem {
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
 * A publish date in the future (see {@link futureDate}); and an `expires` that is not
 * after the publish time takes the article off before it is on.
 */
export function checkDates(article: CheckedArticle, now: Date): Problem[] {
  const { date, publishAt, expires } = article.data;
  const problems: Problem[] = [];
  const future = futureDate(article.data, now);
  if (future) problems.push(atField(article, ['date'], { ...future, severity: 'error' }));
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
 * Every photo the article shows exists where the build will look for it (`cover.image`,
 * markdown and HTML images in the body), and every photo in the body has a caption: it is
 * the photo's alternative text.
 */
export function checkImages(article: CheckedArticle, exists: (path: string) => boolean, publicDir: string): Problem[] {
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
  const cover = article.data.cover?.image;
  const coverMissing = cover === undefined ? undefined : missing(cover);
  if (coverMissing) problems.push(atField(article, ['cover', 'image'], coverMissing));
  for (const reference of bodyReferences(article.body)) {
    if (reference.kind !== 'image') continue;
    const notFound = missing(reference.target);
    if (notFound) problems.push(inBody(article, reference.line, notFound));
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
