import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { ChromeRule } from '../convert/chrome.ts';
import { categoriesSchema, siteSchema, type Category, type Site } from '../article/schema.ts';

/** A settings file that does not say what the site needs; the message names the file and the field. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

function parseWith<T extends z.ZodType>(schema: T, text: string, file: string): z.output<T> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new SettingsError(`${file}: YAML không hợp lệ: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${file}: ${issue.path.join('.') || '(gốc)'}: ${issue.message}`,
    );
    throw new SettingsError(problems.join('\n'));
  }
  return result.data;
}

/** `content/site.yaml`: the newsroom's name, URL, contact and the host it publishes to. */
export function parseSite(text: string, file = 'content/site.yaml'): Site {
  return parseWith(siteSchema, text, file);
}

/** `content/categories.yaml` → categories in menu order. */
export function parseCategories(text: string, file = 'content/categories.yaml'): Category[] {
  return categoriesFrom(parseWith(categoriesSchema, text, file));
}

/** The categories of a validated `categories.yaml`, each with its slug, in menu order. */
export function categoriesFrom(categories: z.output<typeof categoriesSchema>): Category[] {
  return Object.entries(categories).map(([slug, category]) => ({ slug, ...category }));
}

const chromeSchema = z.array(
  z.strictObject({
    /** Regular expression for a line of portal chrome. */
    pattern: z.string().refine((pattern) => {
      try {
        new RegExp(pattern, 'iu');
        return true;
      } catch {
        return false;
      }
    }, 'không phải biểu thức chính quy (regex) hợp lệ'),
    /** The line starts the portal's footer: drop it and everything after it. */
    endsArticle: z.boolean().default(false),
  }),
);

/** `content/chrome.yaml`: the old portal's lines that are not article text. */
export function parseChromeRules(text: string, file = 'content/chrome.yaml'): ChromeRule[] {
  return parseWith(chromeSchema, text, file);
}

/** The category articles fall into when no keywords match; it must be one the newsroom declared. */
export function defaultCategoryOf(site: Site, categories: readonly Category[]): Category {
  const category = categories.find((candidate) => candidate.slug === site.defaultCategory);
  if (!category) {
    throw new SettingsError(
      `content/site.yaml: defaultCategory: "${site.defaultCategory}" không có trong content/categories.yaml`,
    );
  }
  return category;
}
