/**
 * A worker thread of `npm run import:nukeviet`: maps rows to articles, checks and writes
 * them with their photos, so that the HTML → markdown of a large import runs on every
 * core. The main thread queries the database and names the files (names are claimed in
 * row order, so a clash resolves the same way on every run); each job comes back as one
 * report per row, in order.
 */
import { dirname, join, relative, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
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
  /** Where the portal's photos are kept here: its `uploads/<module>/` folder, mirrored. */
  images: string;
  /** Whether a photo already there is copied again (`--force`), as an article is written again. */
  force: boolean;
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
  /** The article's photos in the images folder (copied by this run or an earlier one). */
  images?: string[];
}

const { context, categorySlugs, uploads, images, force } = workerData as ImportSetup;
const { module } = context;
const schema = articleSchemaFor(categorySlugs);
/** Photos of the images folder this thread has copied or found there: a photo of many articles is copied once. */
const stored = new Set<string>();
/** The images folder as a path from an articles folder, as markdown writes it. */
const imagesFrom = (folder: string) => relative(folder, images).split(sep).join('/');

function importRow(row: NewsRow, output: string): RowReport {
  /** Destination → source: a cover photo that is also in the body is copied once. */
  const copies = new Map<string, string>();
  /** The article's photos in the images folder. */
  const photos = new Set<string>();
  let fromArticle: string | undefined;
  const placeImage = (src: string): PlacedImage => {
    const inUploads = uploadPathOf(src, module);
    if (inUploads === undefined) return { reason: `không nằm trong uploads/${module}/ của trang` };
    if (uploads === undefined) return { reason: 'không chép (thêm --uploads thư-mục-uploads)' };
    const to = join(images, inUploads);
    if (!stored.has(to) && !copies.has(to)) {
      const from = join(uploads, module, inUploads);
      if (!fileExists(from)) return { reason: `không có tệp ${from}` };
      copies.set(to, from);
    }
    photos.add(to);
    fromArticle ??= imagesFrom(dirname(output));
    return { path: `${fromArticle}/${inUploads}` };
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
    for (const [to, from] of copies) {
      // A photo already there may be an editor's: replaced only with --force, like an article.
      if (force || !fileExists(to)) copyFileAtomic(from, to);
      stored.add(to);
    }
    writeFileAtomic(output, toMarkdown(outcome.article));
  } catch (error) {
    return { id: row.id, status: 'failed', title, errors: [`không ghi được ${output}: ${(error as Error).message}`] };
  }
  const shown = photos.size > 0 ? { images: [...photos] } : {};
  return { id: row.id, status: 'imported', title: outcome.article.frontMatter.title, output, ...warnings, ...shown };
}

parentPort!.on('message', ({ rows }: ImportJob) => {
  parentPort!.postMessage(rows.map(({ row, output }) => importRow(row, output)));
});
