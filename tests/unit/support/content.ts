import { readFileSync } from 'node:fs';
import type { ConvertRules } from '../../../src/lib/convert/parse.ts';
import { compileRules } from '../../../src/lib/convert/rules.ts';
import {
  defaultCategoryOf,
  parseCategories,
  parseChromeRules,
  parseSite,
} from '../../../src/lib/settings/parse-settings.ts';

const root = new URL('../../../', import.meta.url);

/** A file of the project, as text (`content/site.yaml`, `seeds/….txt`). */
export function readProjectFile(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

/** The converter's rules exactly as `npm run convert` builds them from `content/`, for a run at `now`. */
export function loadContentRules(now = new Date()): ConvertRules {
  const site = parseSite(readProjectFile('content/site.yaml'));
  const categories = parseCategories(readProjectFile('content/categories.yaml'));
  const chrome = parseChromeRules(readProjectFile('content/chrome.yaml'));
  return compileRules({ categories, defaultCategory: defaultCategoryOf(site, categories).slug, chrome }, now);
}
