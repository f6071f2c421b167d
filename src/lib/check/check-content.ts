import { join } from 'node:path/posix';
import { articleIdOf } from '../article/article-id.ts';
import { fieldDocs } from '../article/fields.ts';
import { articleSchema, articleSchemaFor, type Category, type Site } from '../article/schema.ts';
import { buildCatalog } from '../catalog/build-catalog.ts';
import { sitePaths } from '../catalog/site-pages.ts';
import { redirectFile } from '../site/redirect-page.ts';
import { routes } from '../site/routes.ts';
import { checkAliases, checkDuplicateIds, checkFileNames } from './addresses.ts';
import { checkCaptionOnlyFigures, checkDates, checkFrontPage, checkImages, checkUnwritten } from './article-checks.ts';
import { checkLinks } from './links.ts';
import { byPosition, type Problem } from './problem.ts';
import { readArticle, type ArticleBody, type CheckedArticle } from './read-article.ts';
import { checkSettings, type SourceFile } from './settings.ts';

export type { SourceFile };

/** The content folder, read: paths as the editor would open them (`content/articles/abc.md`). */
export interface ContentFiles {
  /** Every markdown file of the articles folder: `.md`, and any `.MD` or `.markdown` the site would skip. */
  articles: readonly { path: string; text: string }[];
  categories: SourceFile;
  site: SourceFile;
}

export interface CheckOptions {
  /** The build's time: what is published, and what is in the future, is judged at it. */
  now: Date;
  /** The folder the site serves as it is at `/`. */
  publicDir: string;
  /** Whether a file (not a folder) exists at a path. */
  exists(path: string): boolean;
}

/**
 * Every problem of the content in one pass, file by file and line by line: the settings,
 * each article read as the content collection reads it, and what only the whole site
 * shows (two articles at one address, links between pages). An article with a wrong front
 * matter still has its body's photos and links checked; only the checks of its fields wait.
 */
export function checkContent(content: ContentFiles, options: CheckOptions): Problem[] {
  const settings = checkSettings(content.categories, content.site);
  const slugs = settings.categories?.map((category) => category.slug);
  const schema = slugs ? articleSchemaFor(slugs) : articleSchema;
  const fields = fieldDocs(articleSchema);
  const markdown = content.articles.filter((file) => file.path.endsWith('.md'));

  const problems = [
    ...settings.problems,
    ...checkFileNames(content.articles.map((file) => file.path)),
    ...checkDuplicateIds(markdown.map((file) => file.path)),
  ];
  const articles: CheckedArticle[] = [];
  /** Files whose front matter is wrong: their bodies' photos and links are still checked. */
  const bodies: ArticleBody[] = [];
  for (const file of markdown) {
    const read = readArticle(file.path, file.text, schema, fields);
    problems.push(...read.problems);
    if (read.article) articles.push(read.article);
    else if (read.body) bodies.push(read.body);
  }
  for (const body of bodies) {
    problems.push(...checkImages(body, options.exists, options.publicDir), ...checkCaptionOnlyFigures(body));
  }
  for (const article of articles) {
    problems.push(
      ...checkDates(article, options.now),
      ...checkUnwritten(article),
      ...checkImages(article, options.exists, options.publicDir),
      ...checkCaptionOnlyFigures(article),
      ...checkFrontPage(article),
    );
  }
  if (settings.categories && settings.site) {
    const ids = new Set(markdown.map((file) => articleIdOf(file.path)));
    problems.push(...checkSite(articles, bodies, ids, settings.categories, settings.site, options));
  }
  return problems.sort(byPosition);
}

/**
 * Old addresses and links, against the pages the site's own code makes: the catalog the
 * build makes, and the routes of every listing it paginates.
 */
function checkSite(
  articles: readonly CheckedArticle[],
  bodies: readonly ArticleBody[],
  articleIds: ReadonlySet<string>,
  categories: readonly Category[],
  site: Site,
  options: CheckOptions,
): Problem[] {
  const { now, publicDir, exists } = options;
  const entries = (aliases: (article: CheckedArticle) => string[] | undefined) =>
    articles.map((article) => ({ id: article.id, data: { ...article.data, aliases: aliases(article) } }));
  const catalogAt = (time: Date, withAliases: ReturnType<typeof entries>) =>
    buildCatalog(withAliases, categories, { preview: false, now: time });

  // An old address may be no page the site has now or will have when a draft is published.
  const withoutAliases = entries(() => undefined);
  const ownPages = sitePaths(catalogAt(now, withoutAliases), site);
  const taken = new Set([...ownPages, ...articles.map((article) => routes.article(article.id))].map(redirectFile));
  const aliases = checkAliases(articles, (file) => taken.has(file) || exists(join(publicDir, file)));

  const published = entries((article) => aliases.kept.get(article.file));
  const pagesByTime = new Map<number, ReadonlySet<string>>();
  const pagesAt = (time: Date) => {
    let pages = pagesByTime.get(time.getTime());
    if (!pages) {
      const catalog = catalogAt(time, published);
      pages = new Set([...sitePaths(catalog, site), ...catalog.redirects.map((redirect) => redirect.from)]);
      pagesByTime.set(time.getTime(), pages);
    }
    return pages;
  };
  const targets = {
    now,
    siteUrl: site.url,
    pagesAt,
    articleIds,
    categories: categories.map((category) => category.slug),
    isPublicFile: (path: string) => exists(join(publicDir, path)),
  };
  // A body whose front matter is wrong is judged as if it went on the site now.
  const unread = bodies.map((body) => ({ ...body, data: { date: now } }));
  return [...aliases.problems, ...[...articles, ...unread].flatMap((article) => checkLinks(article, targets))];
}
