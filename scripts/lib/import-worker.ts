/**
 * A worker thread of `npm run import:nukeviet`: maps rows to articles, checks and writes
 * them with their photos, so that the HTML → markdown of a large import runs on every
 * core. The main thread queries the database and names the files (names are claimed in
 * row order, so a clash resolves the same way on every run); each job comes back as one
 * report per row, in order.
 */
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
import { copyFileAtomic, writeFileAtomic } from './files.ts';

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
  /** Destination → source: a cover photo that is also in the body is copied once. */
  const copies = new Map<string, string>();
  const placeImage = (src: string): PlacedImage => {
    const inUploads = uploadPathOf(src, module);
    if (inUploads === undefined) return { reason: `không nằm trong uploads/${module}/ của trang` };
    if (uploads === undefined) return { reason: 'không chép (thêm --uploads thư-mục-uploads)' };
    const from = join(uploads, module, inUploads);
    if (!fileExists(from)) return { reason: `không có tệp ${from}` };
    copies.set(join(dirname(output), name, inUploads), from);
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
    for (const [to, from] of copies) copyFileAtomic(from, to);
    writeFileAtomic(output, toMarkdown(outcome.article));
  } catch (error) {
    return { id: row.id, status: 'failed', title, errors: [`không ghi được ${output}: ${(error as Error).message}`] };
  }
  const images = copies.size > 0 ? { images: [...copies.keys()] } : {};
  return { id: row.id, status: 'imported', title: outcome.article.frontMatter.title, output, ...warnings, ...images };
}

parentPort!.on('message', ({ rows }: ImportJob) => {
  parentPort!.postMessage(rows.map(({ row, output }) => importRow(row, output)));
});
