/**
 * A worker thread of `npm run import:nukeviet`: maps rows to articles, checks and writes
 * them with their photos, so that the HTML → markdown of a large import runs on every
 * core. The main thread queries the database and names the files (names are claimed in
 * row order, so a clash resolves the same way on every run); each job comes back as one
 * report per row, in order.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { articleIdOf } from '../../src/lib/article/article-id.ts';
import { articleSchemaFor } from '../../src/lib/article/schema.ts';
import { toMarkdown } from '../../src/lib/convert/to-markdown.ts';
import type { PlacedImage } from '../../src/lib/import/body-html.ts';
import {
  articleFromRow,
  uploadPathOf,
  type ImportContext,
  type NewsRow,
} from '../../src/lib/import/nukeviet-article.ts';
import { fileExists } from './content.ts';
import { writeFileAtomic } from './files.ts';

export interface ImportSetup {
  context: ImportContext;
  categorySlugs: string[];
  /** The portal's uploads/ folder, when photos are to be copied. */
  uploads: string | undefined;
}

export interface ImportJob {
  rows: { row: NewsRow; output: string }[];
}

export interface RowReport {
  id: number;
  status: 'imported' | 'skipped' | 'failed';
  title?: string;
  output?: string;
  errors?: string[];
  warnings?: string[];
  /** Photos copied beside the article. */
  images?: string[];
}

const { context, categorySlugs, uploads } = workerData as ImportSetup;
const { module } = context;
const schema = articleSchemaFor(categorySlugs);

function importRow(row: NewsRow, output: string): RowReport {
  const name = articleIdOf(output);
  const copies: { from: string; to: string }[] = [];
  const placeImage = (src: string): PlacedImage => {
    const inUploads = uploadPathOf(src, module);
    if (inUploads === undefined) return { reason: `không nằm trong uploads/${module}/ của trang` };
    if (uploads === undefined) return { reason: 'không chép (thêm --uploads thư-mục-uploads)' };
    const from = join(uploads, module, inUploads);
    if (!fileExists(from)) return { reason: `không có tệp ${from}` };
    copies.push({ from, to: join(dirname(output), name, inUploads) });
    return { path: `./${name}/${inUploads}` };
  };
  const outcome = articleFromRow(row, context, placeImage);
  const { title } = row;
  const warnings = outcome.warnings.length > 0 ? { warnings: outcome.warnings } : {};
  if (!outcome.ok) return { id: row.id, status: 'failed', title, errors: outcome.errors, ...warnings };
  const checked = schema.safeParse(outcome.article.frontMatter);
  if (!checked.success) {
    const errors = checked.error.issues.map((issue) => `front matter: ${issue.path.join('.')}: ${issue.message}`);
    return { id: row.id, status: 'failed', title, errors, ...warnings };
  }
  try {
    for (const { from, to } of copies) writeFileAtomic(to, readFileSync(from));
    writeFileAtomic(output, toMarkdown(outcome.article));
  } catch (error) {
    return { id: row.id, status: 'failed', title, errors: [`không ghi được ${output}: ${(error as Error).message}`] };
  }
  const images = copies.length > 0 ? { images: copies.map((copy) => copy.to) } : {};
  return { id: row.id, status: 'imported', title: outcome.article.frontMatter.title, output, ...warnings, ...images };
}

parentPort!.on('message', ({ rows }: ImportJob) => {
  parentPort!.postMessage(rows.map(({ row, output }) => importRow(row, output)));
});
