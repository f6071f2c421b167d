import { formatDateline } from '../article/format-dateline.ts';
import { routes } from '../site/routes.ts';
import { closestMatch } from '../text/edit-distance.ts';
import { bodyReferences } from './body-references.ts';
import { BODY, type Problem } from './problem.ts';
import type { PublicationFields } from '../article/publication.ts';
import type { ArticleBody } from './read-article.ts';

/** What a link is checked against. */
export interface LinkTargets {
  now: Date;
  /** The site's public URL: a link to it is a link inside the site. */
  siteUrl: string;
  /** Every address with a page on the site as built at `time`, old addresses included. */
  pagesAt(time: Date): ReadonlySet<string>;
  /** The id of every article file, published or not. */
  articleIds: ReadonlySet<string>;
  categories: readonly string[];
  /** Whether the public folder has a file at this address (`/tai-lieu/bao-cao.pdf`). */
  isPublicFile(path: string): boolean;
}

/** The slug in `path` where a route puts it, when `path` is under that route's prefix. */
function slugIn(path: string, route: (slug: string) => string): string | undefined {
  const prefix = route('\0').split('\0')[0]!;
  return path.startsWith(prefix) ? path.slice(prefix.length).split('/')[0] : undefined;
}

/** Why a page the site does not have is not there, and what to write instead. */
function explain(path: string, targets: LinkTargets, when: string): Pick<Problem, 'what' | 'fix'> {
  const slug = slugIn(path, routes.article);
  // An article has one page: `/bai-viet/a/b/` is no article's.
  const article = slug !== undefined && `${path.replace(/\/$/, '')}/` === routes.article(slug) ? slug : undefined;
  if (article !== undefined && targets.articleIds.has(article)) {
    return {
      what: `bài ${article} chưa lên trang ${when} (unpublished article)`,
      fix: `đăng bài đó trước (bỏ draft: true, hoặc sửa giờ hẹn), hoặc bỏ liên kết`,
    };
  }
  if (article !== undefined) {
    const meant = closestMatch(article, targets.articleIds);
    return {
      what: `không có bài viết nào ở ${path} (unknown article)`,
      fix: meant
        ? `sửa thành ${routes.article(meant)}`
        : 'địa chỉ của bài là /bai-viet/<tên tệp, không có .md>/: sửa lại, hoặc bỏ liên kết',
    };
  }
  const category = slugIn(path, (slug) => routes.category(slug));
  if (category !== undefined && !targets.categories.includes(category)) {
    return {
      what: `không có chuyên mục ${JSON.stringify(category)} (unknown category)`,
      fix: `dùng một trong: ${targets.categories.map((slug) => routes.category(slug)).join(', ')}`,
    };
  }
  const tag = slugIn(path, (slug) => routes.tag(slug));
  if (tag !== undefined) {
    return {
      what: `không có trang chủ đề ${JSON.stringify(tag)} ${when} (unknown tag)`,
      fix: 'một chủ đề có trang khi một bài đã đăng ghi nó trong tags: sửa đường dẫn, hoặc bỏ liên kết',
    };
  }
  return { what: `không có trang ${path} (broken link)`, fix: 'sửa đường dẫn cho đúng, hoặc bỏ liên kết' };
}

/**
 * Every link of an article's body that leads inside the site (a path, relative or from
 * `/`, or the site's own URL) must lead to a page that exists when the article is read:
 * now, or when it is scheduled to go on the site (a series scheduled together may link
 * to each other). In a draft, or an article already taken off, a broken link harms no
 * reader yet: it is a warning.
 */
export function checkLinks(article: ArticleBody & { data: PublicationFields }, targets: LinkTargets): Problem[] {
  const { draft, date, publishAt, expires } = article.data;
  const { now } = targets;
  const goesOnline = publishAt ?? date;
  const scheduled = !draft && goesOnline > now;
  const time = scheduled ? goesOnline : now;
  const when = scheduled ? `lúc bài này được đăng, ${formatDateline(time)}` : 'lúc này';
  const severity = draft || (expires && expires <= now) ? 'warning' : 'error';
  const base = new URL(routes.article(article.id), targets.siteUrl);

  return bodyReferences(article.body).flatMap((reference): Problem[] => {
    // `#doan-2` is a place in this very page.
    if (reference.kind !== 'link' || reference.target.startsWith('#')) return [];
    let url: URL;
    try {
      url = new URL(reference.target, base);
    } catch {
      return [];
    }
    if (url.origin !== base.origin) return [];
    let path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // Not percent-encoding after all: the path is taken as written.
    }
    const pages = targets.pagesAt(time);
    // A static host serves `/a` from `/a/` too.
    if (pages.has(path) || pages.has(`${path}/`) || targets.isPublicFile(path)) return [];
    return [
      {
        file: article.file,
        line: article.bodyLine + reference.line,
        field: BODY,
        ...explain(path, targets, when),
        severity,
      },
    ];
  });
}
