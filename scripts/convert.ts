/**
 * npm run convert -- [--in seeds] [--out content/articles] [--force] [--dry-run] [--report FILE]
 *
 * Raw article dumps → front-mattered markdown. Parsing is pure (src/lib/convert); this
 * file reads, writes and prints. Exit 0 when nothing failed, 1 when any file failed
 * (the others are still converted), 2 for a usage error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { articleSchemaFor } from '../src/lib/article/schema.ts';
import { slugOf } from '../src/lib/article/slug.ts';
import { decode } from '../src/lib/convert/decode.ts';
import { claimOutputName } from '../src/lib/convert/output-name.ts';
import { parseArticle, type Problem } from '../src/lib/convert/parse.ts';
import { toMarkdown } from '../src/lib/convert/to-markdown.ts';
import { listFiles, writeFileAtomic } from './lib/files.ts';
import { loadConvertRules } from './lib/settings.ts';

const USAGE = `Cách dùng: npm run convert -- [--in seeds] [--out content/articles] [--force] [--dry-run] [--report FILE]
  --in DIR       thư mục chứa tệp thô *.txt (mặc định: seeds)
  --out DIR      thư mục ghi bài viết .md (mặc định: content/articles)
  --force        chuyển lại cả tệp đã có bài (ghi đè bài biên tập viên đã sửa)
  --dry-run      chỉ kiểm tra, không ghi gì
  --report FILE  ghi báo cáo JSON cho từng tệp`;

interface FileReport {
  file: string;
  status: 'converted' | 'skipped' | 'failed';
  output?: string;
  errors?: string[];
  warnings?: string[];
  dropped?: { line: number; text: string; reason: string }[];
}

function parseFlags() {
  try {
    const { values } = parseArgs({
      options: {
        in: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'content/articles' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        report: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const describe = (problem: Problem) =>
  problem.line === undefined ? problem.message : `dòng ${problem.line}: ${problem.message}`;

/**
 * Existing articles by the raw file they came from, every name already in use, and the
 * articles whose front matter cannot be read (their raw file cannot be matched to them).
 */
async function readExistingArticles(outDir: string) {
  const byRawFile = new Map<string, string>();
  const names = new Set<string>();
  const unreadable: string[] = [];
  const paths = await listFiles(outDir, '.md').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const path of paths) {
    names.add(path.replace(/^.*\//, '').replace(/\.md$/, ''));
    try {
      const { data } = matter(await readFile(join(outDir, path), 'utf8'));
      const rawFile = (data as { legacy?: { file?: unknown } }).legacy?.file;
      if (typeof rawFile === 'string') byRawFile.set(rawFile, path);
    } catch (error) {
      unreadable.push(
        `${join(outDir, path)}: lỗi: front matter không đọc được: ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }
  return { byRawFile, names, unreadable };
}

async function main(): Promise<number> {
  const flags = parseFlags();
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const dryRun = flags['dry-run'];
  const rules = await loadConvertRules('content');
  const schema = articleSchemaFor(rules.categories.map((category) => category.slug));
  const rawFiles = await listFiles(flags.in, '.txt').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    console.error(`Không có thư mục tệp thô: ${flags.in}\n\n${USAGE}`);
    process.exit(2);
  });
  const existing = await readExistingArticles(flags.out);
  for (const problem of existing.unreadable) console.error(problem);
  const reports: FileReport[] = [];

  for (const file of rawFiles) {
    const shownPath = join(flags.in, file);
    const previous = existing.byRawFile.get(file);
    if (previous && !flags.force) {
      reports.push({ file, status: 'skipped', output: join(flags.out, previous) });
      continue;
    }
    const decoded = decode(await readFile(shownPath));
    const parsed = decoded.ok ? parseArticle(decoded.text, file, rules) : undefined;
    if (!parsed?.ok) {
      const errors = parsed ? parsed.errors.map(describe) : [(decoded as { reason: string }).reason];
      for (const error of errors) console.error(`${shownPath}: lỗi: ${error}`);
      reports.push({ file, status: 'failed', errors });
      continue;
    }
    const checked = schema.safeParse(parsed.article.frontMatter);
    if (!checked.success) {
      const errors = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      for (const error of errors) console.error(`${shownPath}: lỗi front matter: ${error}`);
      reports.push({ file, status: 'failed', errors });
      continue;
    }
    const name = previous ?? `${claimOutputName(slugOf(parsed.article.frontMatter.title), file, existing.names)}.md`;
    const output = join(flags.out, name);
    if (!dryRun) await writeFileAtomic(output, toMarkdown(parsed.article));
    const warnings = parsed.warnings.map(describe);
    for (const warning of warnings) console.warn(`${shownPath}: cảnh báo: ${warning}`);
    reports.push({
      file,
      status: 'converted',
      output,
      ...(warnings.length > 0 && { warnings }),
      dropped: parsed.dropped,
    });
  }

  if (flags.report) await writeFileAtomic(flags.report, `${JSON.stringify({ files: reports }, null, 2)}\n`);
  const count = (status: FileReport['status']) => reports.filter((report) => report.status === status).length;
  console.log(
    `${dryRun ? '(thử, không ghi) ' : ''}Đã chuyển ${count('converted')}, bỏ qua ${count('skipped')} (đã có bài), lỗi ${count('failed')} — trên ${rawFiles.length} tệp trong ${flags.in}`,
  );
  return count('failed') > 0 || existing.unreadable.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
