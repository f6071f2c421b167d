/**
 * npm run new -- "Tiêu đề bài viết" [--category slug] [--content content]
 *
 * Starts an article: a draft in content/articles/, named by the slug of its title (with
 * -2, -3… when that name is taken: an article is never overwritten), dated now in Vietnam
 * time (`SITE_NOW` sets that time), with the lead and the body left for the editor to
 * write. Prints the new file's path. Exit 0, or 2 when the command line is wrong.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleIdOf } from '../src/lib/article/article-id.ts';
import { freeArticleName, newArticle } from '../src/lib/article/new-article.ts';
import { articleSlugOf } from '../src/lib/article/slug.ts';
import { unknownCategory } from '../src/lib/check/schema-issues.ts';
import { defaultCategoryOf, parseCategories, parseSite } from '../src/lib/settings/parse-settings.ts';
import { buildTime } from '../src/lib/site/build-time.ts';
import { articlesDirOf, listArticleFiles } from './lib/content.ts';
import { writeFileAtomic } from './lib/files.ts';

const USAGE = `Cách dùng: npm run new -- "Tiêu đề bài viết" [--category slug] [--content content]
  --category SLUG  chuyên mục của bài (mặc định: defaultCategory trong content/site.yaml)
  --content DIR    thư mục nội dung (mặc định: content)`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        category: { type: 'string' },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    usageError((error as Error).message);
  }
}

async function main(): Promise<void> {
  const { values: flags, positionals } = parseCommandLine();
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  // A title typed without quotes arrives as several words: they are still one title.
  const title = positionals.join(' ').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (title === '') usageError('Thiếu tiêu đề bài viết.');
  const slug = articleSlugOf(title);
  if (slug === '') usageError(`Tiêu đề "${title}" không có chữ hay số nào để đặt tên tệp.`);

  const read = (name: string) => readFile(join(flags.content, name), 'utf8');
  const categories = parseCategories(await read('categories.yaml'));
  const category = flags.category ?? defaultCategoryOf(parseSite(await read('site.yaml')), categories).slug;
  const slugs = categories.map((known) => known.slug);
  if (!slugs.includes(category)) {
    const { what, fix } = unknownCategory(category, slugs);
    usageError(`--category: ${what} — ${fix}`);
  }
  let now: Date;
  try {
    now = buildTime(process.env.SITE_NOW, () => new Date());
  } catch (error) {
    usageError((error as Error).message);
  }

  const articlesDir = articlesDirOf(flags.content);
  const name = freeArticleName(slug, (await listArticleFiles(articlesDir)).map(articleIdOf));
  const path = `${articlesDir}/${name}.md`;
  writeFileAtomic(path, newArticle({ title, category, now }));
  console.log(path);
  console.error(
    'Bài mới là bản nháp (draft: true): viết sapo và nội dung, kiểm tra bằng npm run check, rồi xóa dòng draft để đăng.',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
