import { escapeMarkup } from '../text/escape-markup.ts';

/**
 * A page that sends readers and crawlers from an old address to the article's new one:
 * for hosts that do not read `_redirects`. Search engines take the canonical link and
 * the immediate refresh as a permanent move.
 */
export function redirectPage(target: { path: string; url: string }, text: { title: string; link: string }): string {
  const path = escapeMarkup(target.path);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeMarkup(text.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeMarkup(target.url)}">
<meta http-equiv="refresh" content="0; url=${path}">
</head>
<body>
<p><a href="${path}">${escapeMarkup(text.link)}</a></p>
</body>
</html>
`;
}

/**
 * Where an old address's page is written so that a static host serves it at that very
 * address: `/bai-123.html` as that file, `/news/123/` (or `/news/123`) as its folder's
 * `index.html`.
 */
export function redirectFile(from: string): string {
  const path = from.replace(/^\/+/, '');
  return /\.[a-z0-9]{2,5}$/i.test(path) ? path : `${path.replace(/\/+$/, '')}/index.html`;
}
