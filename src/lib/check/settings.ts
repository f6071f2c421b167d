import type { z } from 'astro/zod';
import { categoriesSchema, siteSchema, type Category, type Site } from '../article/schema.ts';
import { categoriesFrom } from '../settings/parse-settings.ts';
import { FRONT_MATTER, type Problem } from './problem.ts';
import { issuesToProblems, unknownCategory, vietnameseMessages } from './schema-issues.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

/** A file of the content folder; no text when there is no such file. */
export interface SourceFile {
  path: string;
  text?: string | undefined;
}

function readSettingsFile<T extends z.ZodType>(
  file: SourceFile,
  schema: T,
): { problems: Problem[]; data?: z.output<T>; source?: YamlSource } {
  if (file.text === undefined) {
    const what = 'không có tệp này (file not found)';
    return {
      problems: [{ file: file.path, line: 1, field: FRONT_MATTER, what, fix: 'khôi phục tệp', severity: 'error' }],
    };
  }
  const read = readYaml(file.path, file.text);
  if ('problem' in read) return { problems: [read.problem] };
  const result = schema.safeParse(read.source.data, { error: vietnameseMessages, reportInput: true });
  if (!result.success) return { problems: issuesToProblems(result.error.issues, file.path, read.source) };
  return { problems: [], data: result.data, source: read.source };
}

/**
 * `categories.yaml` and `site.yaml` as the site reads them (src/lib/settings), each
 * problem at its line: the categories and the site when they are right.
 */
export function checkSettings(
  categoriesFile: SourceFile,
  siteFile: SourceFile,
): { problems: Problem[]; categories?: Category[]; site?: Site } {
  const categoriesRead = readSettingsFile(categoriesFile, categoriesSchema);
  const siteRead = readSettingsFile(siteFile, siteSchema);
  const problems = [...categoriesRead.problems, ...siteRead.problems];
  const categories = categoriesRead.data && categoriesFrom(categoriesRead.data);
  const site = siteRead.data;
  if (categories && site && !categories.some((category) => category.slug === site.defaultCategory)) {
    problems.push({
      file: siteFile.path,
      line: siteRead.source!.lineOf(['defaultCategory']),
      field: 'defaultCategory',
      ...unknownCategory(
        site.defaultCategory,
        categories.map((category) => category.slug),
      ),
      severity: 'error',
    });
  }
  return { problems, ...(categories && { categories }), ...(site && { site }) };
}
