/**
 * npm run convert -- [--in seeds] [--out content/articles] [--force] [--dry-run] [--report FILE]
 *
 * Raw article dumps → front-mattered markdown. Parsing is pure (src/lib/convert); this
 * file reads, writes and prints. Exit 0 when nothing failed, 1 when any file failed
 * (the others are still converted), 2 for a usage error.
 */
import { join } from 'node:path';
import type { DroppedLine } from '../src/lib/convert/chrome.ts';
import { claimOutputName } from '../src/lib/convert/output-name.ts';
import { readExistingArticles } from './lib/existing-articles.ts';
import { listFiles, writeFileAtomic } from './lib/files.ts';
import { createProgress } from './lib/progress.ts';
import { createConvertPool } from './lib/convert-pool.ts';
import type { ConvertOutcome, Extracted } from './lib/convert-worker.ts';
import { loadConvertSettings } from './lib/settings.ts';
import { parseFlagsOrExit, siteNowOrExit } from './lib/flags.ts';

const USAGE = `Cách dùng: npm run convert -- [--in seeds] [--out content/articles] [--force] [--dry-run] [--report FILE]
  --in DIR       thư mục chứa tệp thô *.txt, *.html (mặc định: seeds)
  --out DIR      thư mục ghi bài viết .md (mặc định: content/articles)
  --force        chuyển lại cả tệp đã có bài (ghi đè bài biên tập viên đã sửa)
  --dry-run      chỉ kiểm tra, không ghi gì
  --report FILE  ghi báo cáo JSON cho từng tệp`;

/** Files per batch handed to a worker: enough to keep it busy, few enough to hold in memory. */
const BATCH_SIZE = 64;
/** Batches parsed ahead of the one being written. */
const BATCHES_AHEAD = 8;

/** A raw file's outcome, and the article to write when there is one. */
interface ConvertedFile {
  report: FileReport;
  markdown?: Uint8Array;
}

/** Dumps come as text, or as the portal's HTML pages saved whole. */
const DUMP_EXTENSIONS = ['.txt', '.html', '.htm'];

interface FileReport {
  file: string;
  status: 'converted' | 'skipped' | 'failed';
  output?: string;
  extracted?: Extracted;
  errors?: string[];
  warnings?: string[];
  dropped?: DroppedLine[];
}

function parseFlags() {
  return parseFlagsOrExit(
    {
      in: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'content/articles' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
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
  const dryRun = flags['dry-run'];
  // The same time `npm run check` judges the articles at, so a date it would refuse is refused here.
  const now = siteNowOrExit();
  const settings = await loadConvertSettings('content');
  const rawFiles = await listFiles(flags.in, DUMP_EXTENSIONS).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    console.error(`Không có thư mục tệp thô: ${flags.in}\n\n${USAGE}`);
    process.exit(2);
  });
  const existing = await readExistingArticles(flags.out, 'file');
  for (const problem of existing.unreadable) console.error(problem);
  const reports: FileReport[] = [];
  const progress = createProgress(rawFiles.length, 'Đang chuyển');
  const isConverted = (file: string) => existing.byLegacy.has(file) && !flags.force;

  const batches: string[][] = [];
  for (let start = 0; start < rawFiles.length; start += BATCH_SIZE)
    batches.push(rawFiles.slice(start, start + BATCH_SIZE));
  // Worker threads read and parse (every core busy); this thread names and writes while
  // they parse the next batches. Names are claimed in file order, so a clash resolves
  // the same way on every run.
  const pool = rawFiles.some((file) => !isConverted(file))
    ? createConvertPool({ settings, inDir: flags.in, now })
    : undefined;
  const jobs: Promise<ConvertOutcome[]>[] = [];
  const startJobs = (upTo: number) => {
    for (let index = jobs.length; index < Math.min(upTo, batches.length); index++) {
      const files = batches[index]!.filter((file) => !isConverted(file));
      jobs.push(pool && files.length > 0 ? pool.convert(files) : Promise.resolve([]));
    }
  };
  try {
    for (let index = 0; index < batches.length; index++) {
      startJobs(index + BATCHES_AHEAD);
      const outcomes = (await jobs[index]!).values();
      const converted = batches[index]!.map((file) =>
        isConverted(file) ? skipped(file) : named(outcomes.next().value!),
      );
      converted.forEach(write);
      reportBatch(converted);
    }
  } finally {
    await pool?.close();
  }
  progress.done();

  function reportBatch(converted: ConvertedFile[]): void {
    for (const { report } of converted) {
      const shownPath = join(flags.in, report.file);
      // A problem is printed as it happens, so it is not lost above a long progress run.
      for (const error of report.errors ?? []) console.error(`${shownPath}: lỗi: ${error}`);
      for (const warning of report.warnings ?? []) console.warn(`${shownPath}: cảnh báo: ${warning}`);
      reports.push(report);
      progress.tick();
    }
  }

  function skipped(file: string): ConvertedFile {
    return { report: { file, status: 'skipped', output: join(flags.out, existing.byLegacy.get(file)!) } };
  }

  function named(outcome: ConvertOutcome): ConvertedFile {
    const { file } = outcome;
    if (!outcome.ok) return { report: { file, status: 'failed', errors: outcome.errors } };
    const previous = existing.byLegacy.get(file);
    const name = previous ?? `${claimOutputName(outcome.slug, file, existing.names)}.md`;
    const { extracted, warnings, dropped, markdown } = outcome;
    const report: FileReport = {
      file,
      status: 'converted',
      output: join(flags.out, name),
      extracted,
      ...(warnings.length > 0 && { warnings }),
      dropped,
    };
    return { report, markdown };
  }

  function write({ report, markdown }: ConvertedFile): void {
    if (dryRun || markdown === undefined) return;
    try {
      writeFileAtomic(report.output!, markdown);
    } catch (error) {
      Object.assign(report, {
        status: 'failed',
        errors: [`không ghi được ${report.output}: ${(error as Error).message}`],
      });
    }
  }

  if (flags.report) writeFileAtomic(flags.report, `${JSON.stringify({ files: reports }, null, 2)}\n`);
  const count = (status: FileReport['status']) => reports.filter((report) => report.status === status).length;
  const warned = reports.filter((report) => report.warnings).length;
  console.log(
    `${dryRun ? '(thử, không ghi) ' : ''}Đã chuyển ${count('converted')}, bỏ qua ${count('skipped')} (đã có bài), lỗi ${count('failed')}, có cảnh báo ${warned} — trên ${rawFiles.length} tệp trong ${flags.in}`,
  );
  if (count('failed') > 0 && !flags.report) console.log('Thêm --report báo-cáo.json để xem chi tiết từng tệp.');
  return count('failed') > 0 || existing.unreadable.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
