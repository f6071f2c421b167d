/**
 * A worker thread of `npm run convert`: reads raw dumps and turns them into markdown, so
 * that the parsing of a large migration runs on every core. It compiles the rules once,
 * answers each batch with one outcome per file, in order, and never writes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../src/lib/article/model.ts';
import { articleSchemaFor } from '../../src/lib/article/schema.ts';
import { articleSlugOf } from '../../src/lib/article/slug.ts';
import type { DroppedLine } from '../../src/lib/convert/chrome.ts';
import { convertDump } from '../../src/lib/convert/convert-dump.ts';
import type { Problem } from '../../src/lib/convert/parse.ts';
import type { SourceCredit } from '../../src/lib/convert/source.ts';
import { compileRules, type ConvertSettings } from '../../src/lib/convert/rules.ts';
import { toMarkdown } from '../../src/lib/convert/to-markdown.ts';

export interface WorkerSetup {
  settings: ConvertSettings;
  inDir: string;
  /** The run's time (`SITE_NOW` or the clock), the same in every worker. */
  now: Date;
}

export interface ConvertJob {
  id: number;
  files: string[];
}

/** What was read out of a dump, for reviewing a migration without opening each article. */
export interface Extracted {
  title: string;
  date: string;
  category: string;
  cover?: string;
  captions: string[];
  source?: SourceCredit;
  author?: string;
  paragraphs: number;
}

/**
 * One file's outcome, as small as the main thread needs: it only names and writes, so
 * the slug and the encoded markdown are made here, on the worker's core.
 */
export type ConvertOutcome =
  | {
      file: string;
      ok: true;
      slug: string;
      extracted: Extracted;
      markdown: Uint8Array;
      warnings: string[];
      dropped: DroppedLine[];
    }
  | { file: string; ok: false; errors: string[] };

export interface JobResult {
  id: number;
  outcomes: ConvertOutcome[];
}

const { settings, inDir, now } = workerData as WorkerSetup;
const rules = compileRules(settings, now);
const schema = articleSchemaFor(settings.categories.map((category) => category.slug));

const describe = (problem: Problem) =>
  problem.line === undefined ? problem.message : `dòng ${problem.line}: ${problem.message}`;

function extractedFrom({ frontMatter, body }: Article): Extracted {
  return {
    title: frontMatter.title,
    date: frontMatter.date,
    category: frontMatter.category,
    ...(frontMatter.cover && { cover: frontMatter.cover.caption }),
    captions: body.flatMap((block) => (block.kind === 'figure' ? [block.caption] : [])),
    ...(frontMatter.source && { source: frontMatter.source }),
    ...(frontMatter.author && { author: frontMatter.author }),
    paragraphs: body.filter((block) => block.kind === 'paragraph').length,
  };
}

const encoder = new TextEncoder();

async function convertOne(file: string): Promise<ConvertOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(inDir, file));
  } catch (error) {
    return { file, ok: false, errors: [`không đọc được tệp: ${(error as Error).message}`] };
  }
  const parsed = convertDump(bytes, file, rules);
  if (!parsed.ok) return { file, ok: false, errors: parsed.errors.map(describe) };
  const checked = schema.safeParse(parsed.article.frontMatter);
  if (!checked.success) {
    const errors = checked.error.issues.map((issue) => `front matter: ${issue.path.join('.')}: ${issue.message}`);
    return { file, ok: false, errors };
  }
  const { article, warnings, dropped } = parsed;
  return {
    file,
    ok: true,
    slug: articleSlugOf(article.frontMatter.title),
    extracted: extractedFrom(article),
    markdown: encoder.encode(toMarkdown(article)),
    warnings: warnings.map(describe),
    dropped,
  };
}

parentPort!.on('message', async ({ id, files }: ConvertJob) => {
  const outcomes = await Promise.all(files.map(convertOne));
  // The encoded articles move to the main thread instead of being copied.
  const buffers = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.markdown.buffer as ArrayBuffer] : []));
  parentPort!.postMessage({ id, outcomes } satisfies JobResult, buffers);
});
