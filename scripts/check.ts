/**
 * npm run check -- [--content content] [--public public]
 *
 * Checks the content as the build will read it — every article, categories.yaml and
 * site.yaml — and prints one line per problem, `file:line — field — what is wrong — how
 * to fix it`, for editors. The checks are pure (src/lib/check); this file reads and
 * prints. Exit 0 when nothing stops the build (warnings about drafts aside), 1 when
 * something does, 2 for a usage error. `SITE_NOW` sets the time the content is judged at.
 */
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatProblem } from '../src/lib/check/problem.ts';
import { fileExists, readContent } from './lib/content.ts';
import { parseFlagsOrExit, siteNowOrExit } from './lib/flags.ts';

const USAGE = `Cách dùng: npm run check -- [--content content] [--public public]
  --content DIR  thư mục nội dung: articles/, categories.yaml, site.yaml (mặc định: content)
  --public DIR   thư mục tệp tĩnh, nơi tìm ảnh viết bắt đầu bằng / (mặc định: public)`;

function parseFlags() {
  return parseFlagsOrExit(
    {
      content: { type: 'string', default: 'content' },
      public: { type: 'string', default: 'public' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
}

async function main(): Promise<number> {
  const flags = parseFlags();
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const now = siteNowOrExit();
  const content = await readContent(flags.content);
  const problems = checkContent(content, { now, publicDir: flags.public, exists: fileExists });
  const errors = problems.filter((problem) => problem.severity === 'error');
  for (const problem of problems) {
    if (problem.severity === 'error') console.error(formatProblem(problem));
    else console.warn(formatProblem(problem));
  }
  const warnings = problems.length - errors.length;
  const warned = warnings > 0 ? `, ${warnings} cảnh báo (warning)` : '';
  const checked = `${content.articles.length} bài trong ${flags.content}`;
  if (errors.length === 0) {
    console.log(`Đã kiểm tra ${checked}: không có lỗi${warned}.`);
    return 0;
  }
  const files = new Set(errors.map((problem) => problem.file)).size;
  console.log(
    `Đã kiểm tra ${checked}: ${errors.length} lỗi (error) trong ${files} tệp${warned}. Sửa theo từng dòng trên rồi chạy lại npm run check.`,
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
