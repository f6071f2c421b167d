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
import type { DroppedLine } from '../../src/lib/convert/chrome.ts';
import { convertDump } from '../../src/lib/convert/convert-dump.ts';
import type { Problem } from '../../src/lib/convert/parse.ts';
import { compileRules, type ConvertSettings } from '../../src/lib/convert/rules.ts';
import { toMarkdown } from '../../src/lib/convert/to-markdown.ts';

export interface WorkerSetup {
  settings: ConvertSettings;
  inDir: string;
}

export interface ConvertJob {
  id: number;
  files: string[];
}

export type ConvertOutcome =
  | { file: string; ok: true; article: Article; markdown: string; warnings: Problem[]; dropped: DroppedLine[] }
  | { file: string; ok: false; errors: Problem[] };

export interface JobResult {
  id: number;
  outcomes: ConvertOutcome[];
}

const { settings, inDir } = workerData as WorkerSetup;
const rules = compileRules(settings);
const schema = articleSchemaFor(settings.categories.map((category) => category.slug));

async function convertOne(file: string): Promise<ConvertOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(inDir, file));
  } catch (error) {
    return { file, ok: false, errors: [{ message: `không đọc được tệp: ${(error as Error).message}` }] };
  }
  const parsed = convertDump(bytes, file, rules);
  if (!parsed.ok) return { file, ok: false, errors: parsed.errors };
  const checked = schema.safeParse(parsed.article.frontMatter);
  if (!checked.success) {
    const errors = checked.error.issues.map((issue) => ({
      message: `front matter: ${issue.path.join('.')}: ${issue.message}`,
    }));
    return { file, ok: false, errors };
  }
  const { article, warnings, dropped } = parsed;
  return { file, ok: true, article, markdown: toMarkdown(article), warnings, dropped };
}

parentPort!.on('message', async ({ id, files }: ConvertJob) => {
  const outcomes = await Promise.all(files.map(convertOne));
  parentPort!.postMessage({ id, outcomes } satisfies JobResult);
});
