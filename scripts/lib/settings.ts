import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConvertSettings } from '../../src/lib/convert/rules.ts';
import {
  defaultCategoryOf,
  parseCategories,
  parseChromeRules,
  parseSite,
} from '../../src/lib/settings/parse-settings.ts';

/** Reads the newsroom's data files under `content/` into what the converter works from. */
export async function loadConvertSettings(contentDir: string): Promise<ConvertSettings> {
  const read = (name: string) => readFile(join(contentDir, name), 'utf8');
  const [site, categories, chrome] = await Promise.all([
    read('site.yaml').then(parseSite),
    read('categories.yaml').then(parseCategories),
    read('chrome.yaml').then(parseChromeRules),
  ]);
  return { categories, defaultCategory: defaultCategoryOf(site, categories).slug, chrome };
}
